package dev.nnscript.core.train;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Arrays;

/**
 * Sums of doubles, one per index, whose rounded values do not depend on the order the terms come
 * in: each finite term is added exactly ({@link BigDecimal} holds every double exactly) and the
 * sum is rounded to the nearest double once, when read. Spark adds partitions' parts in the order
 * their tasks finish; summed here, the same parts give the same bits in any order.
 *
 * <p>Non-finite terms are added among themselves in floating point, which is order-free for them
 * (NaN absorbs everything, +inf plus -inf is NaN, +inf plus +inf is +inf) and then decide the
 * value, as they would in a floating-point sum. An exact sum beyond the largest double reads as an
 * infinity.
 *
 * <p>An exact sum costs far more than a double addition; it is meant for the few additions that
 * join measured parts, not for an engine loop.
 */
final class ExactSums implements Serializable {

    private static final long serialVersionUID = 1L;

    private final BigDecimal[] finite;
    /** The non-finite terms' floating-point sum; 0.0 while there are none. */
    private final double[] special;

    ExactSums(int size) {
        finite = new BigDecimal[size];
        special = new double[size];
        Arrays.fill(finite, BigDecimal.ZERO);
    }

    int size() {
        return finite.length;
    }

    /** Adds {@code terms[k]} to sum {@code at + k} for every k. */
    void add(double[] terms, int at) {
        for (int k = 0; k < terms.length; k++) {
            add(at + k, terms[k]);
        }
    }

    void add(int index, double term) {
        if (Double.isFinite(term)) {
            if (term != 0.0) {
                finite[index] = finite[index].add(new BigDecimal(term));
            }
        } else {
            special[index] += term;
        }
    }

    /** Adds every sum of {@code other}, which has this size. */
    void add(ExactSums other) {
        for (int k = 0; k < finite.length; k++) {
            finite[k] = finite[k].add(other.finite[k]);
            special[k] += other.special[k];
        }
    }

    /** Sum {@code index} rounded to the nearest double (ties to even). */
    double value(int index) {
        return special[index] != 0.0 ? special[index] : finite[index].doubleValue(); // NaN != 0.0 too
    }

    /** Sums {@code at}, ..., {@code at + into.length - 1}, rounded, into {@code into}. */
    void values(int at, double[] into) {
        for (int k = 0; k < into.length; k++) {
            into[k] = value(at + k);
        }
    }
}
