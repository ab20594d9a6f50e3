package dev.nnscript.dsl.assemble;

import dev.nnscript.core.activation.Activation;
import dev.nnscript.core.network.DenseLayer;
import dev.nnscript.dsl.script.InitChoice;
import dev.nnscript.dsl.script.LayerUnknowns;
import dev.nnscript.dsl.spec.FreezeSpec;
import dev.nnscript.dsl.spec.ParameterSpec;
import dev.nnscript.dsl.spec.WeightsSpec;
import dev.nnscript.dsl.validate.ActivationChoice;
import dev.nnscript.dsl.validate.NodeLine;
import dev.nnscript.dsl.validate.PlannedLayer;
import dev.nnscript.dsl.validate.ResolvedLayer;
import java.util.Arrays;

/**
 * Builds one core layer, with its unknown and frozen masks, from a layer the validator resolved.
 * Unknown parameters are left at 0 here; {@link ScriptAssembler} draws them afterwards.
 */
final class LayerBuilder {

    /** A built layer and which of its parameters are unknown. */
    record Built(DenseLayer layer, LayerUnknowns unknowns) {}

    private LayerBuilder() {}

    static Built build(ResolvedLayer resolved, int inputs) {
        return resolved.planned() instanceof PlannedLayer.Nodes n ? nodes(n, resolved, inputs)
                : whole((PlannedLayer.Whole) resolved.planned(), resolved, inputs);
    }

    private static Built nodes(PlannedLayer.Nodes planned, ResolvedLayer resolved, int inputs) {
        int outputs = planned.nodes().size();
        double[] w = new double[inputs * outputs];
        double[] b = new double[outputs];
        boolean[] unknownW = new boolean[w.length];
        boolean[] unknownB = new boolean[outputs];
        boolean[] frozenW = new boolean[w.length];
        boolean[] frozenB = new boolean[outputs];
        Activation[] activations = new Activation[outputs];
        boolean softmax = false;
        for (int o = 0; o < outputs; o++) {
            NodeLine node = planned.nodes().get(o);
            ActivationChoice a = resolved.activations().get(o);
            softmax = a.softmax();
            activations[o] = a.elementWise();
            weights(node.weights(), inputs, o * inputs, w, unknownW);
            parameter(node.bias(), o, b, unknownB);
            freeze(node.freeze(), inputs, o, frozenW, frozenB);
        }
        DenseLayer layer = (softmax ? DenseLayer.softmax(inputs, w, b) : DenseLayer.of(inputs, w, b, activations))
                .withFrozen(frozenW, frozenB);
        return new Built(layer, new LayerUnknowns(InitChoice.defaultFor(layer), unknownW, unknownB));
    }

    private static Built whole(PlannedLayer.Whole planned, ResolvedLayer resolved, int inputs) {
        int outputs = (int) resolved.outputs();
        ActivationChoice a = resolved.activations().get(0);
        DenseLayer layer = a.softmax()
                ? DenseLayer.softmax(inputs, new double[inputs * outputs], new double[outputs])
                : DenseLayer.uniform(inputs, outputs, a.elementWise());
        boolean frozen = planned.freeze() != null;
        boolean[] frozenW = new boolean[inputs * outputs];
        boolean[] frozenB = new boolean[outputs];
        Arrays.fill(frozenW, frozen);
        Arrays.fill(frozenB, frozen);
        layer = layer.withFrozen(frozenW, frozenB);
        InitChoice init = resolved.init() == null ? InitChoice.defaultFor(layer) : resolved.init();
        boolean[] unknownW = new boolean[inputs * outputs];
        boolean[] unknownB = new boolean[outputs];
        Arrays.fill(unknownW, true);
        Arrays.fill(unknownB, true);
        return new Built(layer, new LayerUnknowns(init, unknownW, unknownB));
    }

    private static void weights(WeightsSpec spec, int inputs, int offset, double[] w, boolean[] unknown) {
        if (spec.form() == WeightsSpec.Form.ALL_UNKNOWN) {
            Arrays.fill(unknown, offset, offset + inputs, true);
            return;
        }
        for (int i = 0; i < inputs; i++) {
            unknown[offset + i] = spec.isUnknown(i);
            w[offset + i] = spec.value(i);
        }
    }

    private static void parameter(ParameterSpec p, int index, double[] values, boolean[] unknown) {
        if (p.isUnknown()) {
            unknown[index] = true;
        } else {
            values[index] = p.number().value();
        }
    }

    private static void freeze(FreezeSpec freeze, int inputs, int node, boolean[] frozenW, boolean[] frozenB) {
        if (freeze == null) {
            return;
        }
        int offset = node * inputs;
        if (freeze.freezesEverything()) {
            Arrays.fill(frozenW, offset, offset + inputs, true);
            frozenB[node] = true;
        }
        for (FreezeSpec.Target t : freeze.targets()) {
            if (t.what().equals("b")) {
                frozenB[node] = true;
            } else if (t.index() == null) {
                Arrays.fill(frozenW, offset, offset + inputs, true);
            } else {
                frozenW[offset + (int) t.index().value() - 1] = true;
            }
        }
    }
}
