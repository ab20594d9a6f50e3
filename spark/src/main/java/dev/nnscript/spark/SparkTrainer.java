package dev.nnscript.spark;

import dev.nnscript.core.network.Network;
import dev.nnscript.core.train.ProgressListener;
import dev.nnscript.core.train.Trainer;
import dev.nnscript.core.train.TrainingConfig;
import dev.nnscript.core.train.TrainingResult;
import dev.nnscript.dsl.script.DataOptions;
import dev.nnscript.dsl.script.EffectiveSettings;
import dev.nnscript.dsl.script.Script;
import dev.nnscript.dsl.script.UnknownParameters;
import java.nio.file.Path;
import java.util.Objects;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.storage.StorageLevel;

/**
 * Trains a {@code .nn} script's network on a Spark DataFrame, data-parallel: each step's gradient
 * is summed over the partitions and the step is taken on the driver by core's trainer, with the
 * script's settings (loss, optimizer, learning rate, batch, epochs or steps, stop rules, seed,
 * frozen parameters). On one partition the result is the single-machine trainer's, bit for bit; on
 * several, the same up to the order the partitions' sums are added in.
 *
 * <pre>{@code
 * SparkTrained trained = SparkTrainer.of(Path.of("iris.nn")).label("species").fit(df);
 * trained.save(Path.of("iris-trained.nn"));
 * }</pre>
 *
 * <p>Mini-batches are cut from the seed as on one machine; each costs a Spark job, so large batches
 * (or {@code batch=full}) suit Spark. {@code holdout=} and {@code scale=} are not done here: split
 * with {@code randomSplit} and scale the columns before {@code fit}.
 */
public final class SparkTrainer {

    private final Script script;
    private final String name;
    private String label;
    private TrainingConfig config;
    private ProgressListener listener = ProgressListener.NONE;

    private SparkTrainer(Script script, String name) {
        this.script = script;
        this.name = name;
        this.label = script.dataSource().map(d -> d.options().label()).orElse(null);
        this.config = script.trainingConfig();
    }

    /** @throws IllegalArgumentException with the file's diagnostics when it does not load */
    public static SparkTrainer of(Path file) {
        return new SparkTrainer(Scripts.load(file), file.toString());
    }

    /** From {@code .nn} source text. */
    public static SparkTrainer of(String source) {
        return new SparkTrainer(Scripts.parse(source, "script"), "script");
    }

    public static SparkTrainer of(Script script) {
        return new SparkTrainer(script, "script");
    }

    /**
     * The column naming each row's class (a softmax network's output name, or an integer for outputs
     * named 0, 1, ...); by default the script's {@code label=}. Without one, the targets are the
     * columns named as the outputs.
     */
    public SparkTrainer label(String column) {
        this.label = column;
        return this;
    }

    /** Other settings than the script's (start from {@link #config()}); a new seed draws new starting weights. */
    public SparkTrainer config(TrainingConfig value) {
        this.config = Objects.requireNonNull(value, "config");
        return this;
    }

    /** The settings training will use: the script's, unless {@link #config(TrainingConfig)} set others. */
    public TrainingConfig config() {
        return config;
    }

    /** Told about every step, on the driver; returning false stops training after that step. */
    public SparkTrainer listener(ProgressListener value) {
        this.listener = Objects.requireNonNull(value, "listener");
        return this;
    }

    /**
     * Trains on every row of {@code data} (cached for the run, then released).
     *
     * @throws IllegalArgumentException when the script, the columns or the values do not fit, with a
     *     one-line message saying which and what to do
     */
    public SparkTrained fit(Dataset<Row> data) {
        refuseDataOptions();
        Network start = startingNetwork();
        if (label != null && !start.outputLayer().isSoftmax()) {
            // As nnrun refuses label= there: the targets would be made up from the labels, and the
            // outputs' own columns ignored.
            throw new IllegalArgumentException("SparkTrainer: the label '" + label + "' names a class column, which"
                    + " only a softmax network has; this network's outputs (" + String.join(", ", start.outputNames())
                    + ") are columns of numbers: leave out the label");
        }
        JavaRDD<PartitionRows> rows = TrainingRows.of(data, start, label).persist(StorageLevel.MEMORY_ONLY());
        try {
            TrainingResult result = Trainer.train(start, new SparkGradientSource(rows, start, config), config, listener);
            Script trained = script.withTrainedNetwork(result.network()).withTraining(EffectiveSettings.of(config));
            return new SparkTrained(trained, result);
        } catch (Exception e) { // Spark's job failures are checked exceptions thrown from Scala
            throw dataProblem(e);
        } finally {
            rows.unpersist(false);
        }
    }

    private void refuseDataOptions() {
        DataOptions options = script.dataSource().map(d -> d.options()).orElse(DataOptions.NONE);
        if (options.holdoutOrZero() > 0 || options.scale() != null) {
            throw new IllegalArgumentException(name + ": holdout= and scale= are not supported on Spark: "
                    + "split the DataFrame with randomSplit and scale its columns before fit, "
                    + "and take them off the data line");
        }
    }

    /** The script's network, its unknown parameters drawn again when the seed is not the script's. */
    private Network startingNetwork() {
        Network start = script.network().copy();
        if (config.seed() != script.training().seedOrDefault() && script.hasUnknowns()) {
            UnknownParameters.draw(start, script.unknowns(), config.seed());
        }
        return start;
    }

    /** A problem found on an executor arrives wrapped by Spark: its own message is the one to show. */
    private static RuntimeException dataProblem(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof TrainingRows.DataException) {
                return new IllegalArgumentException("SparkTrainer: " + t.getMessage(), e);
            }
        }
        return e instanceof RuntimeException r ? r : new IllegalStateException("SparkTrainer: " + e.getMessage(), e);
    }
}
