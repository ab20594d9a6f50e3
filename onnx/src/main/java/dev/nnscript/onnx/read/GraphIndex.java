package dev.nnscript.onnx.read;

import ai.onnx.proto.OnnxMl.AttributeProto;
import ai.onnx.proto.OnnxMl.FunctionProto;
import ai.onnx.proto.OnnxMl.GraphProto;
import ai.onnx.proto.OnnxMl.NodeProto;
import ai.onnx.proto.OnnxMl.TensorProto;
import dev.nnscript.onnx.format.DoubleFunctions;
import dev.nnscript.onnx.format.OnnxException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A graph looked up by tensor name: the constant tensors (initializers and {@code Constant} nodes),
 * which nodes read each tensor and which node writes it. The walk ({@link LayerChain}) marks every
 * node it takes, so a node off the chain is reported rather than ignored.
 */
final class GraphIndex {

    private final Map<String, TensorProto> constants = new HashMap<>();
    private final Map<String, List<NodeProto>> consumers = new HashMap<>();
    private final Map<String, NodeProto> producers = new HashMap<>();
    /** By identity: two nodes of a graph may be equal as messages. */
    private final Set<NodeProto> taken = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Map<String, FunctionProto> functions = new HashMap<>();
    private final GraphProto graph;

    /** @param functions the model's local functions; those of nnscript's domain are kept, by name */
    GraphIndex(GraphProto graph, List<FunctionProto> functions) {
        this.graph = graph;
        for (FunctionProto f : functions) {
            if (f.getDomain().equals(DoubleFunctions.DOMAIN)) {
                this.functions.put(f.getName(), f);
            }
        }
        for (TensorProto t : graph.getInitializerList()) {
            constants.put(t.getName(), t);
        }
        for (NodeProto node : graph.getNodeList()) {
            Arity.check(node);
            if (node.getOpType().equals("Constant") && node.getDomain().isEmpty()) {
                constants.put(node.getOutput(0), constantValue(node));
                taken.add(node);
                continue;
            }
            for (String in : node.getInputList()) {
                if (!in.isEmpty() && !constants.containsKey(in)) {
                    consumers.computeIfAbsent(in, k -> new ArrayList<>()).add(node);
                }
            }
            for (String out : node.getOutputList()) {
                producers.put(out, node);
            }
        }
    }

    GraphProto graph() { return graph; }

    /** The model's function {@code name} of nnscript's domain, or null. */
    FunctionProto function(String name) { return functions.get(name); }

    /** The constant tensor named {@code name}, or null. */
    TensorProto constant(String name) { return constants.get(name); }

    boolean isConstant(String name) { return constants.containsKey(name); }

    /** The nodes reading tensor {@code name} (not counting reads of constants). */
    List<NodeProto> consumers(String name) { return consumers.getOrDefault(name, List.of()); }

    /** The node writing tensor {@code name}, or null. */
    NodeProto producer(String name) { return producers.get(name); }

    /** Marks {@code node} as read; a node reached twice means the graph loops back on itself. */
    void take(NodeProto node) {
        if (!taken.add(node)) {
            throw Nodes.refuse(node, "is reached twice; the graph loops back on itself");
        }
    }

    /** The first node the walk did not take, or null. */
    NodeProto firstUntaken() {
        for (NodeProto node : graph.getNodeList()) {
            if (!taken.contains(node)) {
                return node;
            }
        }
        return null;
    }

    private static TensorProto constantValue(NodeProto node) {
        for (AttributeProto a : node.getAttributeList()) {
            if (a.getName().equals("value") && a.hasT()) {
                return a.getT().toBuilder().setName(node.getOutput(0)).build();
            }
        }
        throw new OnnxException(Nodes.describe(node) + " holds no tensor value; only tensor constants can be imported");
    }
}
