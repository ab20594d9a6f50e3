package dev.nnscript.cli.train;

import dev.nnscript.core.loss.Loss;
import dev.nnscript.core.loss.Losses;
import dev.nnscript.core.optim.OptimizerConfig;
import dev.nnscript.core.train.TrainingConfig;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The {@code nnrun train} flags that override a script's own training settings. Unset flags leave
 * the script's (or the language's default) values alone.
 */
public final class TrainingOverrides {

    @Option(names = "--data", paramLabel = "DATA.csv",
            description = "Train on this CSV file instead of the script's data (columns matched by name).")
    public Path data;

    @Option(names = "--loss", paramLabel = "LOSS",
            description = "ssr, mse, mae, cross-entropy or binary-cross-entropy.")
    String loss;

    @Option(names = "--optimizer", paramLabel = "OPTIMIZER", description = "sgd, momentum, nesterov or adam.")
    String optimizer;

    @Option(names = "--lr", paramLabel = "RATE", description = "The learning rate, > 0.")
    Double learningRate;

    @Option(names = "--epochs", paramLabel = "N", description = "Train for N passes over the data.")
    Long epochs;

    @Option(names = "--steps", paramLabel = "N", description = "Train for N updates.")
    Long steps;

    @Option(names = "--batch", paramLabel = "N|full", description = "Rows per step, or full for all rows.")
    String batch;

    @Option(names = "--seed", paramLabel = "N", description = "The seed every random choice flows from.")
    Long seed;

    @Option(names = "--threads", paramLabel = "N",
            description = "Threads for large batches' matrix products (default: the processors, at most 4)."
                + " The trained numbers are the same for any count.")
    Integer threads;

    /**
     * The script's settings with these flags applied.
     *
     * @param scriptSetLearningRate whether the script wrote {@code lr=}; if not, changing the
     *     optimizer also changes the learning rate to the new optimizer's default
     * @throws IllegalArgumentException with a message for the user when a flag's value is invalid
     */
    public TrainingConfig applyTo(TrainingConfig script, boolean scriptSetLearningRate) {
        TrainingConfig.Builder config = script.toBuilder();
        if (loss != null) {
            config.loss(lossNamed(loss));
        }
        if (optimizer != null) {
            OptimizerConfig chosen = optimizerNamed(optimizer);
            config.optimizer(chosen);
            if (!scriptSetLearningRate) {
                config.learningRate(chosen.defaultLearningRate());
            }
        }
        if (learningRate != null) {
            config.learningRate(learningRate);
        }
        if (epochs != null && steps != null) {
            throw new IllegalArgumentException("give --epochs or --steps, not both");
        }
        if (epochs != null) {
            config.epochs(epochs);
        }
        if (steps != null) {
            config.maxSteps(steps);
        }
        if (batch != null) {
            config.batchSize(batchSize(batch));
        }
        if (seed != null) {
            config.seed(seed);
        }
        if (threads != null) {
            if (threads < 1) {
                throw new IllegalArgumentException("--threads takes a positive whole number, not " + threads);
            }
            config.threads(threads);
        }
        return config.build();
    }

    private static Loss lossNamed(String name) {
        return Losses.byName(name).orElseThrow(() -> new IllegalArgumentException(
                "unknown loss '" + name + "' (losses: " + String.join(", ", Losses.NAMES) + ")"));
    }

    private static OptimizerConfig optimizerNamed(String name) {
        return switch (name) {
            case "sgd" -> OptimizerConfig.sgd();
            case "momentum" -> OptimizerConfig.momentum(OptimizerConfig.Momentum.DEFAULT_MOMENTUM);
            case "nesterov" -> OptimizerConfig.nesterov(OptimizerConfig.Momentum.DEFAULT_MOMENTUM);
            case "adam" -> OptimizerConfig.adam();
            default -> throw new IllegalArgumentException(
                    "unknown optimizer '" + name + "' (optimizers: sgd, momentum, nesterov, adam)");
        };
    }

    private static int batchSize(String text) {
        if (text.equals("full")) {
            return TrainingConfig.FULL_BATCH;
        }
        try {
            int size = Integer.parseInt(text);
            if (size > 0) {
                return size;
            }
        } catch (NumberFormatException ignored) {
            // falls through to the message below
        }
        throw new IllegalArgumentException("--batch takes a positive whole number or 'full', not '" + text + "'");
    }
}
