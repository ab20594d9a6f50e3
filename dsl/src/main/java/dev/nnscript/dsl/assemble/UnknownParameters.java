package dev.nnscript.dsl.assemble;

import dev.nnscript.core.network.Network;
import dev.nnscript.dsl.script.LayerUnknowns;
import java.util.List;

/**
 * Draws every unknown parameter from its layer's initializer and the seed.
 *
 * <p>Until core's initializers are on the main branch, unknowns stay 0 here; the masks in the
 * script still say which they are.
 */
final class UnknownParameters {

    private UnknownParameters() {}

    static void draw(Network network, List<LayerUnknowns> unknowns, long seed) {
        // Filled by core's Initialization once it is merged (see the dsl report).
    }
}
