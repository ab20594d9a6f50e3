package dev.nnscript.cli.train;

import dev.nnscript.core.network.Network;
import dev.nnscript.core.optim.OptimizerConfig;
import dev.nnscript.core.train.Dataset;
import dev.nnscript.core.train.Evaluation;
import dev.nnscript.core.train.Trainer;
import dev.nnscript.core.train.TrainingConfig;
import dev.nnscript.core.train.TrainingResult;
import dev.nnscript.core.train.TrainingWork;
import java.io.PrintWriter;

/**
 * One training run as the CLI does it: progress on standard error (a bar on a terminal, plain lines
 * otherwise), Ctrl-C stopping after the current step, and the summary at the end.
 */
public final class TrainingSession {

    private final PrintWriter err;
    private final boolean terminal;

    /** @param terminal whether standard error is a terminal (then a progress bar is drawn) */
    public TrainingSession(PrintWriter err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
    }

    public TrainingResult train(Network network, Dataset data, TrainingConfig config) {
        long planned = plannedSteps(data, config);
        // Only a plain sgd run is judged by how its loss moved (see LossTrend); one pass over the rows.
        double startingLoss = config.optimizer() instanceof OptimizerConfig.Sgd
                ? Evaluation.loss(network, data, config.loss()) : Double.NaN;
        TrainingResult result;
        try (CtrlC ctrlC = new CtrlC();
                StepProgress progress = terminal ? new BarProgress(ctrlC, planned) : new PlainProgress(ctrlC, err, planned)) {
            result = Trainer.train(network, data, config, progress);
        }
        TrainingSummary.print(result, config, planned, data.rows(), startingLoss, err);
        return result;
    }

    /** The steps a run does unless a stopping rule ends it early. */
    public static long plannedSteps(Dataset data, TrainingConfig config) {
        return TrainingWork.plannedSteps(data.rows(), config);
    }
}
