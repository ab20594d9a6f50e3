package dev.nnscript.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnscript.dsl.NnScripts;
import dev.nnscript.spark.example.IrisOnSpark;
import groovy.lang.Binding;
import groovy.lang.GroovyShell;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.ml.Pipeline;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.ml.feature.SQLTransformer;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The module's examples run as its README shows them: from Java, from Groovy, in a Pipeline. */
class ExamplesTest {

    private static final Pattern RIGHT = Pattern.compile("(\\d+) of 150 rows classified right");

    @TempDir
    Path dir;

    /** The Java example's trained script, run once for the class (each run is 300 Spark jobs). */
    private static Path javaRun;
    private static String javaLine;

    private static synchronized Path javaRun() throws Exception {
        if (javaRun == null) {
            Path folder = java.nio.file.Files.createTempDirectory("iris-on-spark");
            folder.toFile().deleteOnExit();
            javaRun = folder.resolve("iris-trained.nn");
            javaRun.toFile().deleteOnExit();
            javaLine = IrisOnSpark.run(LocalSpark.session(), example("iris-spark.nn"), iris(), javaRun);
        }
        return javaRun;
    }

    private static Path example(String name) {
        return LocalSpark.root().resolve("spark/examples").resolve(name);
    }

    private static String iris() {
        return LocalSpark.root().resolve("examples/data/iris.csv").toString();
    }

    private static int right(String line) {
        Matcher m = RIGHT.matcher(line);
        assertTrue(m.find(), line);
        return Integer.parseInt(m.group(1));
    }

    @Test
    void theJavaExampleTrainsSavesAndScores() throws Exception {
        Path out = javaRun();
        String line = javaLine;
        assertTrue(line.startsWith("trained 300 steps, loss "), line);
        assertTrue(right(line) >= 145, line);
        assertTrue(NnScripts.load(out).succeeded());
    }

    @Test
    void theGroovyExampleDoesTheSame() throws Exception {
        LocalSpark.session();
        Path out = dir.resolve("iris-groovy.nn");
        String[] args = {example("iris-spark.nn").toString(), iris(), out.toString()};
        Object line = new GroovyShell(new Binding(args)).run(example("iris-spark.groovy").toFile(), args);
        assertTrue(line.toString().startsWith("trained 300 steps; "), line.toString());
        assertTrue(right(line.toString()) >= 145, line.toString());
        assertEquals(NnScripts.load(javaRun()).script().network(), NnScripts.load(out).script().network(),
                "the same rows and seed train the same network");
    }

    @Test
    void aTrainedModelGoesInAPipelineThatSavesAndLoads() throws Exception {
        Dataset<Row> rows = LocalSpark.session().read().option("header", true).option("inferSchema", true).csv(iris());
        NnModel model = NnModel.fromFile(javaRun());
        SQLTransformer asDoubles = new SQLTransformer().setStatement(
                "SELECT sepal_length * 1.0 AS sepal_length, sepal_width, petal_length, petal_width, species FROM __THIS__");
        PipelineModel fitted = new Pipeline().setStages(new PipelineStage[] {asDoubles, model}).fit(rows);
        String path = dir.resolve("pipeline").toString();
        fitted.write().overwrite().save(path);
        PipelineModel loaded = PipelineModel.load(path);
        assertEquals(fitted.transform(rows).collectAsList(), loaded.transform(rows).collectAsList());
        long right = loaded.transform(rows).filter("prediction = species").count();
        assertTrue(right >= 145, right + " of 150");
    }
}
