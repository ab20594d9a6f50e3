package dev.nnscript.dsl.validate;

import dev.nnscript.dsl.diagnostic.DiagnosticList;
import dev.nnscript.dsl.spec.FreezeSpec;

/** Checks freeze clauses: {@code freeze}, {@code freeze w}, {@code freeze b}, {@code freeze w[2], b}. */
final class FreezeCheck {

    private FreezeCheck() {}

    /** @param weightCount the node's weight count, or -1 when unknown (indexes are then not range-checked) */
    static void node(FreezeSpec freeze, long weightCount, DiagnosticList diagnostics) {
        if (freeze == null) {
            return;
        }
        for (FreezeSpec.Target t : freeze.targets()) {
            if (!t.what().equals("w") && !t.what().equals("b")) {
                diagnostics.error(t.position(), "unknown freeze target '" + t.what() + "'; expected w, b or w[N]");
            } else if (t.index() != null && t.what().equals("b")) {
                diagnostics.error(t.position(), "a node has one bias; write 'freeze b' without an index");
            } else if (t.index() != null) {
                long max = weightCount < 0 ? Integer.MAX_VALUE : weightCount;
                WrittenNumberChecks.requireWhole(t.index(), 1, max, "weight index", diagnostics);
            }
        }
    }

    static void wholeLayer(FreezeSpec freeze, DiagnosticList diagnostics) {
        if (freeze != null && !freeze.freezesEverything()) {
            diagnostics.error(freeze.targets().get(0).position(), "a whole-layer line takes only a bare 'freeze'");
        }
    }
}
