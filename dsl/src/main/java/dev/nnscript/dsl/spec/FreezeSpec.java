package dev.nnscript.dsl.spec;

import dev.nnscript.dsl.diagnostic.SourcePosition;
import java.util.List;
import java.util.Objects;

/**
 * A {@code freeze} clause: no targets freezes everything on the line; otherwise targets such as
 * {@code w}, {@code b} or {@code w[2]}.
 */
public record FreezeSpec(List<Target> targets, SourcePosition position) {

    public FreezeSpec {
        Objects.requireNonNull(position, "position");
        targets = List.copyOf(targets);
    }

    /** A bare {@code freeze}. */
    public static FreezeSpec all(SourcePosition position) {
        return new FreezeSpec(List.of(), position);
    }

    public boolean freezesEverything() {
        return targets.isEmpty();
    }

    /**
     * One target: {@code what} is {@code w} or {@code b} when valid (the validator says so
     * otherwise); {@code index} is the 1-based weight number in {@code w[2]}, or null.
     */
    public record Target(String what, WrittenNumber index, SourcePosition position) {

        public Target {
            Objects.requireNonNull(what, "what");
            Objects.requireNonNull(position, "position");
        }
    }
}
