package dev.nnscript.dsl.spec;

import dev.nnscript.dsl.diagnostic.SourcePosition;
import java.util.AbstractList;
import java.util.RandomAccess;

/**
 * A long list of parameters written on one line ({@code w=[0.1, -0.2, ?, ...]}), kept compact: the
 * values in one array and the written text once, so a layer of 200,000 weights is a few arrays rather
 * than a million small objects. {@link #get} makes an entry's {@link ParameterSpec} when asked (for a
 * message); {@link #isUnknown} and {@link #value} read without making one. Immutable.
 */
public final class ParameterList extends AbstractList<ParameterSpec> implements RandomAccess {

    private final double[] values;
    private final boolean[] unknown;
    /** The text the entries were written in; entry i is {@code text[starts[i] .. ends[i])}. */
    private final String text;
    private final int[] starts;
    private final int[] ends;
    private final String file;
    private final int line;
    /** The column of {@code text}'s first character; the text is on one line. */
    private final int column;

    /** The arrays are taken, not copied: the caller builds them for this list and drops them. */
    public ParameterList(double[] values, boolean[] unknown, String text, int[] starts, int[] ends,
            SourcePosition textStart) {
        if (unknown.length != values.length || starts.length != values.length || ends.length != values.length) {
            throw new IllegalArgumentException("entry arrays of different lengths");
        }
        this.values = values;
        this.unknown = unknown;
        this.text = text;
        this.starts = starts;
        this.ends = ends;
        this.file = textStart.file();
        this.line = textStart.line();
        this.column = textStart.column();
    }

    @Override
    public int size() {
        return values.length;
    }

    public boolean isUnknown(int index) {
        return unknown[index];
    }

    /** Entry {@code index}'s value; 0 for an unknown entry. */
    public double value(int index) {
        return values[index];
    }

    @Override
    public ParameterSpec get(int index) {
        SourcePosition at = new SourcePosition(file, line, column + starts[index]);
        return unknown[index] ? ParameterSpec.unknown(at)
                : ParameterSpec.known(new WrittenNumber(values[index], text.substring(starts[index], ends[index]), at));
    }
}
