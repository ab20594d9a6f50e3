package dev.nnscript.dsl.script;

/**
 * A place in canonical text that comments attach to: one printed line, named by what it prints
 * rather than by where the source had it, so comments follow their statement when the printer
 * reorders statements or training replaces the network's values.
 *
 * @param kind which statement
 * @param layer the layer index for {@link Kind#LAYER}, {@link Kind#BREAK} and {@link Kind#NODE}, else 0
 * @param index the node of {@link Kind#NODE}, the 0-based row, train, predict or report number, else 0
 */
public record CommentAnchor(Kind kind, int layer, int index) {

    /** The statements comments can belong to. */
    public enum Kind {
        NETWORK, INPUT,
        /** A whole-layer line ({@code hidden 16 relu}, {@code output a, b softmax}). */
        LAYER,
        /** A {@code layer} line that starts hidden layer {@code layer}. */
        BREAK,
        /** One node line ({@code hidden relu w=... b=...}, {@code output y identity w=... b=...}). */
        NODE,
        /** The {@code data} line, CSV or inline. */
        DATA,
        /** A row of an inline table. */
        ROW,
        /** The {@code end} line of an inline table. */
        END,
        TRAIN, PREDICT, REPORT
    }

    /**
     * Written out rather than generated: loading every script with comments hashes anchors, and a
     * record's generated {@code equals}/{@code hashCode} first build method handles at run time
     * ({@code java.lang.runtime.ObjectMethods}), about a tenth of a one-shot {@code nnrun} run.
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof CommentAnchor anchor && kind == anchor.kind && layer == anchor.layer
                && index == anchor.index;
    }

    @Override
    public int hashCode() {
        return (kind.hashCode() * 31 + layer) * 31 + index;
    }

    public static CommentAnchor of(Kind kind) {
        return new CommentAnchor(kind, 0, 0);
    }

    public static CommentAnchor numbered(Kind kind, int index) {
        return new CommentAnchor(kind, 0, index);
    }

    public static CommentAnchor layer(int layer) {
        return new CommentAnchor(Kind.LAYER, layer, 0);
    }

    public static CommentAnchor layerBreak(int layer) {
        return new CommentAnchor(Kind.BREAK, layer, 0);
    }

    public static CommentAnchor node(int layer, int node) {
        return new CommentAnchor(Kind.NODE, layer, node);
    }
}
