// iris-spark.groovy: the Java example (IrisOnSpark) from Groovy. Arguments: SCRIPT.nn DATA.csv OUT.nn
import dev.nnscript.spark.NnModel
import dev.nnscript.spark.SparkTrainer
import java.nio.file.Path
import org.apache.spark.sql.SparkSession
import static org.apache.spark.sql.functions.col

def (script, csv, out) = args
def spark = SparkSession.builder().appName('nnscript iris').getOrCreate()
def rows = spark.read().option('header', true).option('inferSchema', true).csv(csv)
def trained = SparkTrainer.of(Path.of(script)).fit(rows)
trained.save(Path.of(out))
def scored = NnModel.fromFile(Path.of(out)).transform(rows)
def right = scored.filter(col('prediction').equalTo(col('species'))).count()
def line = "trained ${trained.result().steps()} steps; $right of ${scored.count()} rows classified right; saved $out"
println line
line
