package dev.nnscript.dsl.builder;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A node's incoming weights, one per node of the layer before it ({@code w=[-40.8, 2.70]},
 * {@code w=[?, 2.70]}), or {@link #UNKNOWN}: all unknown, whatever their count ({@code w=?}).
 */
public final class Weights {

    /** {@code w=?}. */
    public static final Weights UNKNOWN = new Weights(null);

    /** The entries in order, or null for {@link #UNKNOWN}. */
    private final List<Parameter> entries;

    private Weights(List<Parameter> entries) {
        this.entries = entries;
    }

    /** {@code w=[-40.8, 2.70]}. */
    public static Weights of(Number... values) {
        return new Weights(Arrays.stream(values).map(Parameter::of).toList());
    }

    /** {@code w=[?, 2.70]}: {@code Weights.of(Unknown.UNKNOWN, Parameter.of(2.70))}. */
    public static Weights of(Parameter... entries) {
        return of(List.of(entries));
    }

    public static Weights of(List<? extends Parameter> entries) {
        return new Weights(List.copyOf(entries));
    }

    /** The entries in order; empty for {@link #UNKNOWN}. */
    public List<Parameter> entries() {
        return entries == null ? List.of() : entries;
    }

    public boolean allUnknown() {
        return entries == null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Weights w && Objects.equals(entries, w.entries);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(entries);
    }

    @Override
    public String toString() {
        return entries == null ? "?" : entries.toString();
    }
}
