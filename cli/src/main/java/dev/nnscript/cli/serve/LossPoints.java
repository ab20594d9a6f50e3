package dev.nnscript.cli.serve;

import java.util.Arrays;

/**
 * The loss curve the page draws while training runs: (step, loss) pairs, at most {@link #LIMIT}.
 * When full, every other pair is dropped and only every second step after is kept from then on,
 * so a long run keeps points spread over all of it; the latest step is always the last point.
 * Thread-safe.
 */
final class LossPoints {

    /** Steps and their losses, as many of each. */
    record Curve(long[] steps, double[] losses) {}

    static final int LIMIT = 1000;

    private long[] steps = new long[LIMIT];
    private double[] losses = new double[LIMIT];
    private int size;
    /** Only steps that are a multiple of this are kept. */
    private long stride = 1;
    private long lastStep;
    private double lastLoss = Double.NaN;

    synchronized void add(long step, double loss) {
        lastStep = step;
        lastLoss = loss;
        if (step % stride != 0) {
            return;
        }
        if (size == LIMIT) {
            int kept = 0;
            for (int i = 1; i < size; i += 2) {
                steps[kept] = steps[i];
                losses[kept] = losses[i];
                kept++;
            }
            size = kept;
            stride *= 2;
            if (step % stride != 0) {
                return;
            }
        }
        steps[size] = step;
        losses[size] = loss;
        size++;
    }

    /** The kept points, the latest step last: steps and losses read together. */
    synchronized Curve curve() {
        int n = latestKept() ? size : size + 1;
        long[] keptSteps = Arrays.copyOf(steps, n);
        double[] keptLosses = Arrays.copyOf(losses, n);
        if (n > size) {
            keptSteps[size] = lastStep;
            keptLosses[size] = lastLoss;
        }
        return new Curve(keptSteps, keptLosses);
    }

    /** Whether the latest step is among the kept ones (or there is none yet). */
    private boolean latestKept() {
        return lastStep == 0 || size > 0 && steps[size - 1] == lastStep;
    }
}
