package dev.nnscript.cli.serve;

import java.util.Arrays;

/**
 * The loss curve the page draws while training runs: (step, loss) pairs, at most {@link #LIMIT}.
 * When full, every other pair is dropped and only every second step after is kept from then on,
 * so a long run keeps points spread over all of it; the latest step is always the last point.
 * Thread-safe.
 */
final class LossPoints {

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

    synchronized long[] steps() {
        if (latestKept()) {
            return Arrays.copyOf(steps, size);
        }
        long[] kept = Arrays.copyOf(steps, size + 1);
        kept[size] = lastStep;
        return kept;
    }

    synchronized double[] losses() {
        if (latestKept()) {
            return Arrays.copyOf(losses, size);
        }
        double[] kept = Arrays.copyOf(losses, size + 1);
        kept[size] = lastLoss;
        return kept;
    }

    /** Whether the latest step is among the kept ones (or there is none yet). */
    private boolean latestKept() {
        return lastStep == 0 || size > 0 && steps[size - 1] == lastStep;
    }
}
