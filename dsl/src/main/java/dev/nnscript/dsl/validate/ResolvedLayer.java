package dev.nnscript.dsl.validate;

import dev.nnscript.dsl.script.InitChoice;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A planned layer with its words resolved once, by the validator: what the assembler builds from.
 *
 * <p>Complete only in a script without errors: where the validator reported an activation or an
 * initializer, that entry is null here, and the assembler takes only error-free scripts.
 *
 * @param activations one per node line of a {@link PlannedLayer.Nodes}, or the one of a
 *     {@link PlannedLayer.Whole}
 * @param init a whole-layer line's written initializer, or null for the layer's default
 * @param outputs the layer's node count, or -1 when a written size is not valid
 */
public record ResolvedLayer(PlannedLayer planned, List<ActivationChoice> activations, InitChoice init,
        long outputs) {

    public ResolvedLayer {
        activations = Collections.unmodifiableList(new ArrayList<>(activations)); // nulls allowed, see above
    }
}
