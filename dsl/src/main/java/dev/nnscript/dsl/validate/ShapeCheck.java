package dev.nnscript.dsl.validate;

import dev.nnscript.dsl.diagnostic.DiagnosticList;
import dev.nnscript.dsl.script.InitChoice;
import dev.nnscript.dsl.spec.Limits;
import dev.nnscript.dsl.spec.ParameterSpec;
import dev.nnscript.dsl.spec.WeightsSpec;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Layer by layer: activations (softmax only on the output layer and never mixed), weight counts
 * against the previous layer's width, finite parameters, freeze targets, initializers, and sizes
 * (with long arithmetic, against {@link Limits}). Each activation and initializer is resolved here,
 * once, and the layers come back resolved for the assembler.
 *
 * <p>With an unknown input width (no input or output line, or statements lost to syntax errors or
 * misspelled statement words) every width check is skipped, also between later layers: any layer
 * may be the one missing, so one mistake does not cascade into many.
 */
final class ShapeCheck {

    private final DiagnosticList diagnostics;
    private long width;
    private long parameters;

    private ShapeCheck(DiagnosticList diagnostics, long inputWidth) {
        this.diagnostics = diagnostics;
        this.width = inputWidth;
    }

    /** @param inputWidth the input count, or -1 when it cannot be trusted */
    static List<ResolvedLayer> check(List<PlannedLayer> layers, long inputWidth, DiagnosticList diagnostics) {
        ShapeCheck c = new ShapeCheck(diagnostics, inputWidth);
        List<ResolvedLayer> resolved = new ArrayList<>(layers.size());
        for (PlannedLayer layer : layers) {
            ResolvedLayer r = layer instanceof PlannedLayer.Nodes n ? c.nodes(n) : c.whole((PlannedLayer.Whole) layer);
            c.count(layer, r.outputs());
            c.width = c.width < 0 ? -1 : r.outputs();
            resolved.add(r);
        }
        return resolved;
    }

    private ResolvedLayer nodes(PlannedLayer.Nodes layer) {
        NodeLine softmax = null;
        NodeLine other = null;
        boolean mixReported = false;
        List<ActivationChoice> activations = new ArrayList<>(layer.nodes().size());
        for (NodeLine node : layer.nodes()) {
            Optional<ActivationChoice> a = ActivationResolver.resolve(node.activation(), diagnostics);
            activations.add(a.orElse(null));
            if (a.isPresent() && a.get().softmax()) {
                softmax = softmax == null ? node : softmax;
                if (!layer.output()) {
                    diagnostics.error(node.activation().position(), "softmax is only allowed on the output layer");
                }
            } else if (a.isPresent()) {
                other = other == null ? node : other;
            }
            if (softmax != null && other != null && !mixReported) {
                diagnostics.error(node.activation().position(), "softmax cannot be mixed with other activations "
                        + "in one layer: line " + softmax.position().line() + " uses softmax, line "
                        + other.position().line() + " uses '" + other.activation().name() + "'");
                mixReported = true;
            }
            weights(node.weights());
            bias(node.bias());
            FreezeCheck.node(node.freeze(), width, diagnostics);
        }
        return new ResolvedLayer(layer, activations, null, layer.nodes().size());
    }

    private ResolvedLayer whole(PlannedLayer.Whole layer) {
        Optional<ActivationChoice> a = ActivationResolver.resolve(layer.activation(), diagnostics);
        if (a.isPresent() && a.get().softmax() && !layer.output()) {
            diagnostics.error(layer.activation().position(), "softmax is only allowed on the output layer");
        }
        InitChoice init = layer.init() == null ? null : InitResolver.resolve(layer.init(), diagnostics).orElse(null);
        FreezeCheck.wholeLayer(layer.freeze(), diagnostics);
        List<ActivationChoice> activation = Collections.singletonList(a.orElse(null));
        if (layer.output()) {
            return new ResolvedLayer(layer, activation, init, layer.names().size());
        }
        OptionalLong size = WrittenNumberChecks.requireWhole(layer.size(), 1, Limits.MAX_LAYER_WIDTH, "layer size",
                diagnostics);
        return new ResolvedLayer(layer, activation, init, size.isPresent() ? size.getAsLong() : -1);
    }

    private void weights(WeightsSpec w) {
        for (int i = 0; i < w.entries().size(); i++) {
            if (!w.isUnknown(i) && !Double.isFinite(w.value(i))) {
                bias(w.entries().get(i));
            }
        }
        if (width < 0 || w.form() == WeightsSpec.Form.ALL_UNKNOWN) {
            return;
        }
        if (w.form() == WeightsSpec.Form.SINGLE && width > 1) {
            diagnostics.error(w.position(), "this node needs " + width + " weights, one per node of the previous "
                    + "layer; write them as a list, w=[...]");
        } else if (w.form() == WeightsSpec.Form.LIST && w.entries().size() != width) {
            diagnostics.error(w.position(), "expected " + width + (width == 1 ? " weight" : " weights")
                    + " (one per node of the previous layer) but found " + w.entries().size());
        }
    }

    private void bias(ParameterSpec p) {
        if (!p.isUnknown()) {
            WrittenNumberChecks.requireFinite(p.number(), diagnostics);
        }
    }

    /** Adds this layer's weights and biases, saturating, and reports once the total passes the limit. */
    private void count(PlannedLayer layer, long next) {
        if (width < 0 || next < 0 || parameters > Limits.MAX_PARAMETERS) {
            return;
        }
        long layerParameters = (width + 1) * next; // both at most 10^7, so no overflow
        parameters += layerParameters;
        if (parameters > Limits.MAX_PARAMETERS) {
            diagnostics.error(layer.position(), "the network is too large: with this layer it has " + parameters
                    + " parameters, more than the limit of " + Limits.MAX_PARAMETERS);
        }
    }
}
