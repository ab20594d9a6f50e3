package dev.nnscript.dsl.builder;

import java.util.Objects;

/**
 * One target of a {@code freeze} clause: {@code w} (all weights), {@code b} (the bias) or
 * {@code w[2]} (the second incoming weight, 1-based as the StatQuest drawings number them).
 *
 * @param index the 1-based weight number, or null
 */
public record FreezeTarget(String what, Number index) {

    public FreezeTarget {
        Objects.requireNonNull(what, "what");
    }

    public static FreezeTarget weights() {
        return new FreezeTarget("w", null);
    }

    public static FreezeTarget bias() {
        return new FreezeTarget("b", null);
    }

    /** @param index 1-based */
    public static FreezeTarget weight(int index) {
        return new FreezeTarget("w", index);
    }

    @Override
    public String toString() {
        return index == null ? what : what + "[" + index + "]";
    }
}
