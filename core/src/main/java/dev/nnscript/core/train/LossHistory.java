package dev.nnscript.core.train;

/** The most recent step losses in a ring buffer sized once. */
final class LossHistory {

    private final double[] ring;
    private long count;
    /** Where the next entry goes: count modulo the capacity, kept so adding needs no division. */
    private int next;

    LossHistory(int capacity) {
        this.ring = new double[capacity];
    }

    void add(double loss) {
        ring[next] = loss;
        next = next + 1 == ring.length ? 0 : next + 1;
        count++;
    }

    /** Forgets the last entry (a step that was undone). */
    void dropLast() {
        count--;
        next = next == 0 ? ring.length - 1 : next - 1;
    }

    /** The 1-based step of the oldest kept entry. */
    long firstStep() {
        return Math.max(0, count - ring.length) + 1;
    }

    /** The kept entries, oldest first. */
    double[] toArray() {
        int n = (int) Math.min(count, ring.length);
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = ring[(int) ((firstStep() - 1 + i) % ring.length)];
        }
        return out;
    }
}
