package dev.nnscript.spark;

import dev.nnscript.core.train.ProgressListener;
import dev.nnscript.core.train.Trainer;
import dev.nnscript.core.train.TrainingConfig;
import dev.nnscript.core.train.TrainingResult;
import dev.nnscript.dsl.data.ScriptData;
import dev.nnscript.dsl.script.Script;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.ml.classification.MultilayerPerceptronClassificationModel;
import org.apache.spark.ml.classification.MultilayerPerceptronClassifier;
import org.apache.spark.ml.feature.VectorAssembler;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;

/**
 * Run by hand, never in CI (docs/performance.md, "Spark"): scoring rows/s on local[2] against
 * {@code nnrun --inputs}, training samples/s against core on one machine, and SparkTrainer against
 * Spark's MultilayerPerceptronClassifier on the same digits split. Arguments: the repository root and
 * a scratch folder. Each figure is the better of two runs after a warm-up run.
 */
public final class SparkBenchmark {

    private static final String DIGITS = """
            network "Digits"
            input p0..p63
            hidden 32 %s
            output 0..9 softmax
            data "%s" label=digit
            train loss=cross-entropy optimizer=adam lr=0.01 batch=full steps=%d seed=1
            """;

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]).toAbsolutePath();
        Path scratch = Path.of(args[1]).toAbsolutePath();
        Files.createDirectories(scratch);
        SparkSession spark = SparkSession.builder().master("local[2]").appName("nnscript benchmark")
                .config("spark.ui.enabled", "false").getOrCreate();
        spark.sparkContext().setLogLevel("ERROR");
        Path csv = root.resolve("examples/data/digits.csv");
        Dataset<Row> digits = spark.read().option("header", true).option("inferSchema", true).csv(csv.toString())
                .repartition(2).cache();
        digits.count();
        scoring(spark, root, scratch, digits);
        training(scratch, csv, digits);
        againstMlpc(scratch, csv, digits);
        spark.stop();
    }

    private static Path script(Path scratch, Path csv, String activation, int steps) throws Exception {
        Path file = scratch.resolve("digits-" + activation + "-" + steps + ".nn");
        Files.writeString(file, DIGITS.formatted(activation, csv, steps));
        return file;
    }

    /** 64 copies of the 1797 digits (115,008 rows): Spark scores a cached DataFrame; nnrun a CSV file. */
    private static void scoring(SparkSession spark, Path root, Path scratch, Dataset<Row> digits) throws Exception {
        Path model = scratch.resolve("digits-trained.nn");
        SparkTrainer.of(script(scratch, root.resolve("examples/data/digits.csv"), "tanh", 100)).fit(digits).save(model);
        Dataset<Row> many = digits;
        for (int i = 0; i < 6; i++) {
            many = many.union(many);
        }
        many = many.repartition(2).cache();
        long rows = many.count();
        NnModel nn = NnModel.fromFile(model);
        double best = Double.MAX_VALUE;
        for (int run = 0; run < 3; run++) {
            long t0 = System.nanoTime();
            nn.transform(many).agg(functions.sum("0"), functions.count("prediction")).collect();
            double seconds = (System.nanoTime() - t0) / 1e9;
            best = run == 0 ? best : Math.min(best, seconds);
        }
        Path inputs = scratch.resolve("digits-many.csv");
        many.drop("digit").coalesce(1).write().mode("overwrite").option("header", true).csv(scratch.resolve("many").toString());
        try (var parts = Files.list(scratch.resolve("many"))) {
            Files.copy(parts.filter(p -> p.getFileName().toString().endsWith(".csv")).findFirst().orElseThrow(), inputs,
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        double nnrun = Double.MAX_VALUE;
        for (int run = 0; run < 3; run++) {
            ProcessBuilder process = new ProcessBuilder(root.resolve("nnrun").toString(), model.toString(), "--inputs",
                    inputs.toString()).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.INHERIT);
            long t0 = System.nanoTime();
            int code = process.start().waitFor();
            double seconds = (System.nanoTime() - t0) / 1e9;
            if (code != 0) {
                throw new IllegalStateException("nnrun exited " + code);
            }
            nnrun = run == 0 ? nnrun : Math.min(nnrun, seconds);
        }
        System.out.printf("scoring %d rows, 64-32-10: NnModel on local[2] (cached DataFrame) %.3f s = %.0f rows/s; "
                + "nnrun --inputs (CSV file to CSV, whole process) %.3f s = %.0f rows/s; ratio %.1f%n",
                rows, best, rows / best, nnrun, rows / nnrun, nnrun / best);
    }

    /** Full-batch Adam on all 1797 digits: SparkTrainer over 2 partitions against core on this machine. */
    private static void training(Path scratch, Path csv, Dataset<Row> digits) throws Exception {
        int steps = 200;
        Path file = script(scratch, csv, "tanh", steps);
        SparkTrainer.of(script(scratch, csv, "tanh", 20)).fit(digits);
        Script script = dev.nnscript.dsl.NnScripts.load(file).script();
        var rows = ScriptData.load(script, file.toString()).trainingRows();
        double spark = Double.MAX_VALUE;
        double core = Double.MAX_VALUE;
        for (int run = 0; run < 3; run++) {
            long t0 = System.nanoTime();
            TrainingResult onSpark = SparkTrainer.of(file).fit(digits).result();
            double s = (System.nanoTime() - t0) / 1e9;
            TrainingConfig config = script.trainingConfig();
            long t1 = System.nanoTime();
            TrainingResult onCore = Trainer.train(script.network(), rows, config, ProgressListener.NONE);
            double c = (System.nanoTime() - t1) / 1e9;
            if (run > 0) {
                spark = Math.min(spark, s);
                core = Math.min(core, c);
            }
            if (Math.abs(onSpark.finalLoss() - onCore.finalLoss()) > 1e-9) {
                throw new IllegalStateException(onSpark + " vs " + onCore);
            }
        }
        double samples = (double) steps * rows.rows();
        System.out.printf("training 64-32-10 full batch, %d steps of %d rows: SparkTrainer local[2], 2 partitions "
                + "%.3f s = %.0f samples/s (%.1f ms a step); core, one JVM (%d threads) %.3f s = %.0f samples/s; ratio %.1f%n",
                steps, rows.rows(), spark, samples / spark, 1000 * spark / steps,
                TrainingConfig.defaults().threads(), core, samples / core, spark / core);
    }

    /** The same 80/20 split for both; a sigmoid hidden layer, which MLPC has. */
    private static void againstMlpc(Path scratch, Path csv, Dataset<Row> digits) throws Exception {
        Dataset<Row>[] split = digits.randomSplit(new double[] {0.8, 0.2}, 7);
        Dataset<Row> train = split[0].cache();
        Dataset<Row> test = split[1].cache();
        train.count();
        test.count();
        List<String> pixels = new ArrayList<>();
        for (int i = 0; i < 64; i++) {
            pixels.add("p" + i);
        }
        VectorAssembler features = new VectorAssembler().setInputCols(pixels.toArray(new String[0])).setOutputCol("features");
        Dataset<Row> mlpTrain = features.transform(train).withColumn("label", functions.col("digit").cast("double"));
        Dataset<Row> mlpTest = features.transform(test).withColumn("label", functions.col("digit").cast("double"));
        MultilayerPerceptronClassifier mlpc = new MultilayerPerceptronClassifier().setLayers(new int[] {64, 32, 10})
                .setMaxIter(300).setSeed(1L);
        Path file = script(scratch, csv, "sigmoid", 300);
        mlpc.fit(mlpTrain);
        SparkTrainer.of(script(scratch, csv, "sigmoid", 20)).fit(train);
        long t0 = System.nanoTime();
        MultilayerPerceptronClassificationModel theirs = mlpc.fit(mlpTrain);
        double theirTime = (System.nanoTime() - t0) / 1e9;
        long theirRight = theirs.transform(mlpTest).filter("prediction = label").count();
        long t1 = System.nanoTime();
        SparkTrained ours = SparkTrainer.of(file).fit(train);
        double ourTime = (System.nanoTime() - t1) / 1e9;
        long ourRight = ours.model().transform(test)
                .filter(functions.col("prediction").equalTo(functions.col("digit").cast("string"))).count();
        long n = test.count();
        System.out.printf("digits 64-32(sigmoid)-10, %d training and %d test rows: SparkTrainer (Adam, 300 full-batch "
                + "steps) test accuracy %.3f in %.1f s; MultilayerPerceptronClassifier (L-BFGS, maxIter 300) %.3f in %.1f s%n",
                train.count(), n, (double) ourRight / n, ourTime, (double) theirRight / n, theirTime);
    }
}
