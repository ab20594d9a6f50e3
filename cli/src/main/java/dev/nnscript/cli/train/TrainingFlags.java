package dev.nnscript.cli.train;

import dev.nnscript.cli.text.ExactNumbers;
import dev.nnscript.core.train.TrainingConfig;
import dev.nnscript.dsl.diagnostic.Diagnostic;
import dev.nnscript.dsl.script.LossKind;
import dev.nnscript.dsl.script.OptimizerKind;
import dev.nnscript.dsl.script.TrainingSettings;
import dev.nnscript.dsl.validate.TrainingSettingsReader;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The {@code nnrun train} flags that override a script's own training settings. A flag overrides
 * only the setting it names, by the same rule as the Groovy {@code train(...)} (see
 * {@link dev.nnscript.dsl.builder.TrainingSettingsMerge#merge}); unset flags leave the script's (or the
 * language's default) values alone. The loss and optimizer names, in the help and in messages, come
 * from the dsl's {@link LossKind} and {@link OptimizerKind}, so the command line accepts what a script does.
 */
@Command(resourceBundle = "dev.nnscript.cli.train.TrainingFlagsText")
public final class TrainingFlags {

    @Option(names = "--data", paramLabel = "DATA.csv",
            description = "Train on this CSV file instead of the script's data (columns matched by name).")
    public Path data;

    @Option(names = "--loss", paramLabel = "LOSS", descriptionKey = TrainingFlagsText.LOSS)
    String loss;

    @Option(names = "--optimizer", paramLabel = "OPTIMIZER", descriptionKey = TrainingFlagsText.OPTIMIZER)
    String optimizer;

    @Option(names = "--lr", paramLabel = "RATE", description = "The learning rate, > 0.")
    Double learningRate;

    @Option(names = "--epochs", paramLabel = "N", description = "Train for N passes over the data (N >= 1).")
    Long epochs;

    @Option(names = "--steps", paramLabel = "N", description = "Train for N updates (N >= 1).")
    Long steps;

    @Option(names = "--batch", paramLabel = "N|full", description = "Rows per step, or full for all rows.")
    String batch;

    @Option(names = "--seed", paramLabel = "N",
            description = "The seed every random choice flows from: initial weights, held-out rows, shuffling.")
    Long seed;

    @Option(names = "--threads", paramLabel = "N",
            description = "Threads for large batches' matrix products, up to 4 per processor (default: the"
                + " processors, at most 4). The trained numbers are the same for any count.")
    Integer threads;

    /**
     * The script's settings with these flags on top.
     *
     * @throws IllegalArgumentException with a message for the user when a flag's value is invalid
     */
    public TrainingSettings applyTo(TrainingSettings script) {
        if (epochs != null && steps != null) {
            throw new IllegalArgumentException("give --epochs or --steps, not both");
        }
        TrainingSettings flags = new TrainingSettings(
                loss == null ? null : lossNamed(loss),
                optimizer == null ? null : optimizerNamed(optimizer),
                learningRate == null ? null : positiveRate(learningRate),
                null,
                batch == null ? null : batchSize(batch),
                epochs == null ? null : atLeastOne("--epochs", epochs),
                steps == null ? null : atLeastOne("--steps", steps),
                null, null, seed, null, null);
        return dev.nnscript.dsl.builder.TrainingSettingsMerge.merge(script, flags);
    }

    /**
     * {@code config} with the {@code --threads} flag applied.
     *
     * @throws IllegalArgumentException when the count is below 1 or above {@link TrainingConfig#maxThreads()}
     */
    public TrainingConfig withThreads(TrainingConfig config) {
        if (threads == null) {
            return config;
        }
        int most = TrainingConfig.maxThreads();
        if (threads < 1 || threads > most) {
            throw new IllegalArgumentException("--threads takes a whole number from 1 to " + most + " (4 per processor"
                    + " of this machine), not " + threads);
        }
        return config.withThreads(threads);
    }

    /**
     * Whether {@code diagnostic} is a script warning these flags make wrong: "momentum is used only
     * by optimizer=momentum ..." when {@code --optimizer} picks one of those.
     */
    public boolean silences(Diagnostic diagnostic) {
        return !diagnostic.isError() && diagnostic.message().equals(TrainingSettingsReader.MOMENTUM_UNUSED)
                && optimizer != null && OptimizerKind.byText(optimizer).map(OptimizerKind::usesMomentum).orElse(false);
    }

    private static LossKind lossNamed(String name) {
        return LossKind.byText(name).orElseThrow(() -> new IllegalArgumentException(
                "unknown loss '" + name + "' (losses: " + String.join(", ", LossKind.NAMES) + ")"));
    }

    private static OptimizerKind optimizerNamed(String name) {
        return OptimizerKind.byText(name).orElseThrow(() -> new IllegalArgumentException(
                "unknown optimizer '" + name + "' (optimizers: " + String.join(", ", OptimizerKind.NAMES) + ")"));
    }

    private static double positiveRate(double rate) {
        if (!(rate > 0.0)) {
            throw new IllegalArgumentException("--lr takes a learning rate greater than 0, not "
                    + ExactNumbers.format(rate));
        }
        return rate;
    }

    private static long atLeastOne(String flag, long value) {
        if (value < 1) {
            throw new IllegalArgumentException(flag + " must be at least 1, not " + value);
        }
        return value;
    }

    private static int batchSize(String text) {
        if (text.equals("full")) {
            return TrainingSettings.FULL_BATCH;
        }
        try {
            long size = dev.nnscript.cli.text.NumericOptionConverters.whole(text, Long.MIN_VALUE, Long.MAX_VALUE);
            if (size > 0 && size <= Integer.MAX_VALUE) {
                return (int) size;
            }
        } catch (picocli.CommandLine.TypeConversionException notWhole) {
            // falls through to the message below
        }
        throw new IllegalArgumentException("--batch takes a positive whole number or 'full', not '" + text + "'");
    }
}
