package dev.nnscript.cli.plot;

/**
 * One labelled line of a plot: y values at the x values of the {@link OneInputCurves} it belongs to.
 * The role says how to draw it (StatQuest's colours).
 */
public record Curve(String label, Role role, double[] ys) {

    /** What a curve shows, which decides its colour and weight. */
    public enum Role {
        /** A last-hidden-layer node's output times its weight into the output node. */
        CONTRIBUTION,
        /** The output node's weighted sum plus bias, before its activation. */
        SUM,
        /** A network output. */
        OUTPUT
    }
}
