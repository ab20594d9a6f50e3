package dev.nnscript.dsl.validate;

import dev.nnscript.dsl.diagnostic.SourcePosition;
import dev.nnscript.dsl.spec.ActivationSpec;
import dev.nnscript.dsl.spec.FreezeSpec;
import dev.nnscript.dsl.spec.NameSpec;
import dev.nnscript.dsl.spec.ParameterSpec;
import dev.nnscript.dsl.spec.StatementSpec;
import dev.nnscript.dsl.spec.WeightsSpec;

/**
 * A hidden or output node line, seen the same way: hidden nodes have no name.
 *
 * @param name the output name, or null for a hidden node
 * @param freeze the freeze clause, or null
 */
public record NodeLine(NameSpec name, ActivationSpec activation, WeightsSpec weights, ParameterSpec bias,
        FreezeSpec freeze, SourcePosition position) {

    static NodeLine of(StatementSpec.HiddenNode n) {
        return new NodeLine(null, n.activation(), n.weights(), n.bias(), n.freeze(), n.position());
    }

    static NodeLine of(StatementSpec.OutputNode n) {
        return new NodeLine(n.name(), n.activation(), n.weights(), n.bias(), n.freeze(), n.position());
    }
}
