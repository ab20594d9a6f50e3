package dev.nnscript.dsl.spec;

import dev.nnscript.dsl.diagnostic.SourcePosition;
import java.util.List;
import java.util.Objects;

/**
 * A node's incoming weights as written: {@code w=1.7} (one number), {@code w=[-40.8, 2.70]} (a
 * list, one per node of the previous layer), or {@code w=?} (all unknown, whatever their count).
 *
 * @param position where {@code w} is written
 */
public record WeightsSpec(Form form, List<ParameterSpec> entries, SourcePosition position) {

    /** How the weights were written. */
    public enum Form { SINGLE, LIST, ALL_UNKNOWN }

    public WeightsSpec {
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(position, "position");
        // A ParameterList is immutable already, and copying would make an object per entry.
        entries = entries instanceof ParameterList ? entries : List.copyOf(entries);
        if (form == Form.SINGLE && entries.size() != 1) {
            throw new IllegalArgumentException("a single weight has one entry, not " + entries.size());
        }
    }

    public static WeightsSpec allUnknown(SourcePosition position) {
        return new WeightsSpec(Form.ALL_UNKNOWN, List.of(), position);
    }

    /** Whether entry {@code index} is {@code ?}, without making an entry object for a compact list. */
    public boolean isUnknown(int index) {
        return entries instanceof ParameterList list ? list.isUnknown(index) : entries.get(index).isUnknown();
    }

    /** Entry {@code index}'s value (0 when unknown), without making an entry object for a compact list. */
    public double value(int index) {
        if (entries instanceof ParameterList list) {
            return list.value(index);
        }
        ParameterSpec entry = entries.get(index);
        return entry.isUnknown() ? 0.0 : entry.number().value();
    }
}
