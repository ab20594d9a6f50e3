package dev.nnscript.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnscript.core.network.Network;
import dev.nnscript.core.train.GradientPart;
import dev.nnscript.core.train.ProgressListener;
import dev.nnscript.core.train.StopReason;
import dev.nnscript.core.train.Trainer;
import dev.nnscript.core.train.TrainingConfig;
import dev.nnscript.core.train.TrainingResult;
import dev.nnscript.dsl.NnScripts;
import dev.nnscript.dsl.data.ScriptData;
import dev.nnscript.dsl.script.Script;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SparkTrainer against the single-machine trainer on the same rows: the same bits on one
 * partition, within 1e-12 on several.
 */
class TrainingTest {

    @TempDir
    Path dir;

    private static final String IRIS = """
            network "Iris"
            input sepal_length, sepal_width, petal_length, petal_width
            hidden 8 relu
            output setosa, versicolor, virginica softmax
            data "%s" label=species
            train loss=cross-entropy optimizer=adam lr=0.02 %s seed=3
            """;

    private Path script(String train) throws Exception {
        Path file = dir.resolve("iris.nn");
        Files.writeString(file, IRIS.formatted(LocalSpark.root().resolve("examples/data/iris.csv"), train));
        return file;
    }

    /** The iris rows in file order over {@code partitions} partitions. */
    private static Dataset<Row> iris(int partitions) {
        Dataset<Row> rows = LocalSpark.session().read().option("header", true).option("inferSchema", true)
                .csv(LocalSpark.root().resolve("examples/data/iris.csv").toString());
        List<Row> list = rows.collectAsList();
        return LocalSpark.session().createDataFrame(LocalSpark.context().parallelize(list, partitions), rows.schema());
    }

    /** What nnrun train does with the script: core's trainer on the rows dsl reads. */
    private static TrainingResult onOneMachine(Path file) {
        Script script = NnScripts.load(file).script();
        return Trainer.train(script.network(), ScriptData.load(script, file.toString()).trainingRows(),
                script.trainingConfig(), ProgressListener.NONE);
    }

    @Test
    void onePartitionTrainsToNnrunTrainsBits() throws Exception {
        for (String train : List.of("batch=full steps=150", "batch=32 epochs=20")) {
            Path file = script(train);
            SparkTrained spark = SparkTrainer.of(file).fit(iris(1));
            TrainingResult local = onOneMachine(file);
            assertEquals(local, spark.result(), train);
            assertEquals(Double.doubleToLongBits(local.finalLoss()), Double.doubleToLongBits(spark.result().finalLoss()));
            Path saved = dir.resolve("nnrun-trained.nn");
            LocalSpark.nnrun("train", file.toString(), "--out", saved.toString());
            assertEquals(NnScripts.load(saved).script().network(), spark.network(), train + ": as nnrun train saves it");
            assertTrue(spark.result().finalLoss() < 0.2, train + ": " + spark.result());
        }
    }

    @Test
    void fourPartitionsAgreeToSummationOrder() throws Exception {
        for (String train : List.of("batch=full steps=150", "batch=32 epochs=20")) {
            Path file = script(train);
            TrainingResult spark = SparkTrainer.of(file).fit(iris(4)).result();
            TrainingResult local = onOneMachine(file);
            assertEquals(local.steps(), spark.steps(), train);
            assertEquals(local.finalLoss(), spark.finalLoss(), 1e-12, train);
            double[] a = GradientPart.parameters(local.network());
            double[] b = GradientPart.parameters(spark.network());
            for (int k = 0; k < a.length; k++) {
                assertEquals(a[k], b[k], 1e-12, train + ", parameter " + k);
            }
        }
    }

    /** Spark adds the partitions' parts as their tasks finish; the parts add exactly, so order is moot. */
    @Test
    void fourPartitionsGiveTheSameBitsEveryRun() throws Exception {
        Path file = script("batch=full steps=60");
        TrainingResult first = SparkTrainer.of(file).fit(iris(4)).result();
        for (int run = 0; run < 2; run++) {
            TrainingResult again = SparkTrainer.of(file).fit(iris(4)).result();
            assertEquals(first, again);
            assertEquals(Double.doubleToLongBits(first.finalLoss()), Double.doubleToLongBits(again.finalLoss()));
        }
    }

    @Test
    void frozenParametersStayAndTheStepSizeRuleStops() throws Exception {
        Path file = dir.resolve("frozen.nn");
        Files.writeString(file, """
                input a, b
                hidden relu w=[0.5, -0.25] b=0.1 freeze
                hidden relu w=[?, ?] b=?
                output y identity w=[?, ?] b=?
                train loss=mse optimizer=adam lr=0.05 batch=full steps=5000 min_step=0.002 seed=2
                """);
        Dataset<Row> rows = plane(3);
        SparkTrained trained = SparkTrainer.of(file).label(null).fit(rows);
        assertEquals(StopReason.STEP_SIZE_BELOW_THRESHOLD, trained.result().reason(), trained.result().toString());
        assertTrue(trained.result().steps() < 5000);
        Network net = trained.network();
        assertEquals(0.5, net.layer(0).weights()[0]);
        assertEquals(-0.25, net.layer(0).weights()[1]);
        assertEquals(0.1, net.layer(0).biases()[0]);
        Script script = NnScripts.load(file).script();
        assertNotEquals(script.network().layer(1).weights()[0], net.layer(1).weights()[0]);
        TrainingResult one = SparkTrainer.of(file).fit(plane(1)).result();
        TrainingResult local = Trainer.train(script.network(), dev.nnscript.core.train.Dataset.of(
                planeInputs(), planeTargets()), script.trainingConfig(), ProgressListener.NONE);
        assertEquals(local, one);
    }

    @Test
    void theTrainedScriptSavesAndReloadsBitForBit() throws Exception {
        SparkTrained trained = SparkTrainer.of(script("batch=full steps=40")).fit(iris(2));
        Path saved = dir.resolve("out/trained.nn");
        Files.createDirectories(saved.getParent());
        trained.save(saved);
        Script reloaded = NnScripts.load(saved).script();
        assertEquals(trained.network(), reloaded.network());
        assertTrue(Files.readString(saved).contains("steps=40"), Files.readString(saved));
        assertEquals(trained.network(), Scripts.network(trained.model().getNetwork()));

        // A relative data path names the same file from the saved script's folder, as nnrun train
        // --out writes it, so nnrun check and train find the data there.
        Path data = Files.createDirectories(dir.resolve("data")).resolve("iris.csv");
        Files.copy(LocalSpark.root().resolve("examples/data/iris.csv"), data);
        Path relative = dir.resolve("relative.nn");
        Files.writeString(relative, Files.readString(script("batch=full steps=5")).replace(
                LocalSpark.root().resolve("examples/data/iris.csv").toString(), "data/iris.csv"));
        SparkTrainer.of(relative).fit(iris(1)).save(saved);
        assertTrue(Files.readString(saved).contains("data \"../data/iris.csv\""), Files.readString(saved));
        assertEquals(150, ScriptData.load(NnScripts.load(saved).script(), saved.toString()).dataset().rows());
    }

    @Test
    void aNewSeedDrawsNewStartingWeights() throws Exception {
        Path file = script("batch=full steps=10");
        TrainingConfig other = SparkTrainer.of(file).config().withSeed(4);
        SparkTrained reseeded = SparkTrainer.of(file).config(other).fit(iris(1));
        Path four = dir.resolve("four.nn");
        Files.writeString(four, Files.readString(file).replace("seed=3", "seed=4"));
        assertEquals(onOneMachine(four), reseeded.result());
    }

    @Test
    void problemsAreOneLineMessages() throws Exception {
        Path file = script("batch=full steps=5");
        Dataset<Row> iris = iris(2);
        assertEquals("SparkTrainer: the label 'kind' is not a column of the data (columns: sepal_length, "
                + "sepal_width, petal_length, petal_width, species)",
                assertThrows(IllegalArgumentException.class, () -> SparkTrainer.of(file).label("kind").fit(iris))
                        .getMessage());
        Dataset<Row> renamed = iris.withColumnRenamed("petal_width", "pw");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> SparkTrainer.of(file).fit(renamed)).getMessage()
                .startsWith("SparkTrainer: the network's input 'petal_width' is not a column of the data"));
        Dataset<Row> oneSlice = iris(1); // which partition's failure Spark reports first is a race
        Dataset<Row> unknownClass = oneSlice.withColumn("species", org.apache.spark.sql.functions.lit("rose"));
        assertEquals("SparkTrainer: label column 'species' is 'rose' in row 1 of partition 0: labels must name "
                + "an output class (setosa, versicolor, virginica)",
                assertThrows(IllegalArgumentException.class, () -> SparkTrainer.of(file).fit(unknownClass)).getMessage());
        Dataset<Row> withNull = oneSlice.withColumn("sepal_width", org.apache.spark.sql.functions.lit(null).cast("double"));
        assertEquals("SparkTrainer: column 'sepal_width' is null in row 1 of partition 0: training rows must be "
                + "finite numbers (filter or fill them first)",
                assertThrows(IllegalArgumentException.class, () -> SparkTrainer.of(file).fit(withNull)).getMessage());
        Path numeric = dir.resolve("numeric.nn");
        Files.writeString(numeric, "input x\noutput y sigmoid w=? b=?\ndata \"lab.csv\" label=cls\n");
        Dataset<Row> labelled = LocalSpark.session().sql("SELECT 0.5D AS x, 0D AS y, 'y' AS cls");
        assertEquals("SparkTrainer: the label 'cls' names a class column, which only a softmax network has; this"
                + " network's outputs (y) are columns of numbers: leave out the label",
                assertThrows(IllegalArgumentException.class, () -> SparkTrainer.of(numeric).fit(labelled)).getMessage());
        Path held = dir.resolve("held.nn");
        Files.writeString(held, Files.readString(file).replace("label=species", "label=species holdout=0.2"));
        assertEquals(held + ": holdout= and scale= are not supported on Spark: split the DataFrame with randomSplit "
                + "and scale its columns before fit, and take them off the data line",
                assertThrows(IllegalArgumentException.class, () -> SparkTrainer.of(held).fit(iris)).getMessage());
    }

    private static double[][] planeInputs() {
        double[][] x = new double[49][];
        for (int i = 0; i < 49; i++) {
            x[i] = new double[] {i / 7 / 3.0 - 1, i % 7 / 3.0 - 1};
        }
        return x;
    }

    private static double[][] planeTargets() {
        double[][] x = planeInputs();
        double[][] y = new double[49][];
        for (int i = 0; i < 49; i++) {
            y[i] = new double[] {Math.abs(x[i][0] - 2 * x[i][1])};
        }
        return y;
    }

    /** y = |a - 2b| on a 7 x 7 grid, in order over {@code partitions} partitions. */
    private static Dataset<Row> plane(int partitions) {
        double[][] x = planeInputs();
        double[][] y = planeTargets();
        List<Row> rows = new java.util.ArrayList<>();
        for (int i = 0; i < 49; i++) {
            rows.add(RowFactory.create(x[i][0], x[i][1], y[i][0]));
        }
        StructType schema = new StructType().add("a", DataTypes.DoubleType).add("b", DataTypes.DoubleType)
                .add("y", DataTypes.DoubleType);
        return LocalSpark.session().createDataFrame(LocalSpark.context().parallelize(rows, partitions), schema);
    }
}
