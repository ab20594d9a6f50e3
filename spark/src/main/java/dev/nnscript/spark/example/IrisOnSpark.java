package dev.nnscript.spark.example;

import dev.nnscript.spark.NnModel;
import dev.nnscript.spark.SparkTrained;
import dev.nnscript.spark.SparkTrainer;
import java.nio.file.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;

/**
 * The module's example, for spark-submit: trains a {@code .nn} script on a CSV file's rows, saves
 * the trained script, scores the rows with it and prints the share classified right.
 *
 * <pre>
 * spark-submit --class dev.nnscript.spark.example.IrisOnSpark spark/target/spark-VERSION-all.jar \
 *     spark/examples/iris-spark.nn examples/data/iris.csv iris-trained.nn
 * </pre>
 */
public final class IrisOnSpark {

    private IrisOnSpark() {}

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: IrisOnSpark SCRIPT.nn DATA.csv OUT.nn");
            System.exit(2);
        }
        SparkSession spark = SparkSession.builder().appName("nnscript iris").getOrCreate();
        try {
            System.out.println(run(spark, Path.of(args[0]), args[1], Path.of(args[2])));
        } finally {
            spark.stop();
        }
    }

    /** Trains, saves, scores; returns the line main prints. */
    public static String run(SparkSession spark, Path script, String csv, Path out) throws Exception {
        Dataset<Row> rows = spark.read().option("header", true).option("inferSchema", true).csv(csv);
        SparkTrained trained = SparkTrainer.of(script).fit(rows);
        trained.save(out);
        NnModel model = NnModel.fromFile(out);
        Dataset<Row> scored = model.transform(rows);
        long right = scored.filter(functions.col("prediction").equalTo(functions.col("species"))).count();
        return String.format("trained %d steps, loss %s; %d of %d rows classified right; saved %s",
                trained.result().steps(), trained.result().finalLoss(), right, scored.count(), out);
    }
}
