package dev.nnscript.dsl.builder;

import java.util.List;

/**
 * A {@code freeze} clause: no targets freezes everything on the line ({@link #ALL}); otherwise
 * the listed targets. A line without a clause passes null.
 */
public record Freeze(List<FreezeTarget> targets) {

    /** A bare {@code freeze}. */
    public static final Freeze ALL = new Freeze(List.of());

    public Freeze {
        targets = List.copyOf(targets);
    }

    public static Freeze of(FreezeTarget... targets) {
        return new Freeze(List.of(targets));
    }
}
