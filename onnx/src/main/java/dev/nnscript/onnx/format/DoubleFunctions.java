package dev.nnscript.onnx.format;

import ai.onnx.proto.OnnxMl.AttributeProto;
import ai.onnx.proto.OnnxMl.FunctionProto;
import ai.onnx.proto.OnnxMl.NodeProto;
import ai.onnx.proto.OnnxMl.OperatorSetIdProto;
import ai.onnx.proto.OnnxMl.TensorProto;
import java.util.List;
import java.util.Optional;

/**
 * Model-local ONNX functions (domain {@value #DOMAIN}) for the activations onnxruntime runs only on
 * floats, written from operators it runs on doubles, so float64 models keep their exact weights and
 * run there. Export writes each one a network needs into the model; import accepts a call only when
 * the model's function is exactly the one defined here, so a foreign function of the same name is
 * never trusted.
 *
 * <ul>
 * <li>{@code Softplus(z) = Relu(z) + Log(1 + Exp(-|z|))}: nnscript's max(z, 0) + log1p(e^-|z|),
 *     with log(1 + x) for log1p (an absolute difference of about 1e-16);
 * <li>{@code LeakyRelu(z, slope) = Where(z > 0, z, z * slope)}: bit for bit, the slope a DOUBLE
 *     input rather than ONNX's float attribute;
 * <li>{@code Elu(z, alpha) = Where(z > 0, z, alpha * (Exp(z) - 1))}: e^z - 1 for expm1;
 * <li>{@code Silu(z) = z / (1 + Exp(-z))}: not {@code Mul(z, Sigmoid(z))}, which onnxruntime
 *     fuses into a float-only kernel.
 * </ul>
 */
public final class DoubleFunctions {

    public static final String DOMAIN = "dev.nnscript";
    public static final long VERSION = 1;

    /** The functions, by their ONNX name; the names of the activations they compute beside. */
    public static final List<String> NAMES = List.of("Softplus", "LeakyRelu", "Elu", "Silu");

    private DoubleFunctions() {}

    /** The function computing the activation named {@code activation} (a {@code .nn} name), if it has one. */
    public static Optional<String> forActivation(String activation) {
        return Optional.ofNullable(switch (activation) {
            case "softplus" -> "Softplus";
            case "leaky_relu" -> "LeakyRelu";
            case "elu" -> "Elu";
            case "silu" -> "Silu";
            default -> null;
        });
    }

    /** Whether the function takes a parameter (a DOUBLE scalar) as its second input. */
    public static boolean takesParameter(String name) {
        return name.equals("LeakyRelu") || name.equals("Elu");
    }

    public static OperatorSetIdProto opset() {
        return OperatorSetIdProto.newBuilder().setDomain(DOMAIN).setVersion(VERSION).build();
    }

    /** The definition of function {@code name}, one of {@link #NAMES}. */
    public static FunctionProto definition(String name) {
        FunctionProto.Builder f = FunctionProto.newBuilder().setName(name).setDomain(DOMAIN)
                .addOpsetImport(OperatorSetIdProto.newBuilder().setDomain("").setVersion(OnnxFormat.OPSET))
                .addInput("z").addOutput("a");
        switch (name) {
            case "Softplus" -> f.addNode(constant("one", 1.0))
                    .addNode(node("Relu", "r", "z")).addNode(node("Abs", "m", "z")).addNode(node("Neg", "n", "m"))
                    .addNode(node("Exp", "e", "n")).addNode(node("Add", "s", "one", "e")).addNode(node("Log", "l", "s"))
                    .addNode(node("Add", "a", "r", "l"));
            case "LeakyRelu" -> f.addInput("slope").addNode(constant("zero", 0.0))
                    .addNode(node("Greater", "p", "z", "zero")).addNode(node("Mul", "q", "z", "slope"))
                    .addNode(node("Where", "a", "p", "z", "q"));
            case "Elu" -> f.addInput("alpha").addNode(constant("zero", 0.0)).addNode(constant("one", 1.0))
                    .addNode(node("Greater", "p", "z", "zero")).addNode(node("Exp", "e", "z"))
                    .addNode(node("Sub", "d", "e", "one")).addNode(node("Mul", "q", "alpha", "d"))
                    .addNode(node("Where", "a", "p", "z", "q"));
            case "Silu" -> f.addNode(constant("one", 1.0)).addNode(node("Neg", "n", "z"))
                    .addNode(node("Exp", "e", "n")).addNode(node("Add", "s", "one", "e"))
                    .addNode(node("Div", "a", "z", "s"));
            default -> throw new IllegalArgumentException("no function " + name);
        }
        return f.build();
    }

    private static NodeProto node(String op, String output, String... inputs) {
        return NodeProto.newBuilder().setOpType(op).addAllInput(List.of(inputs)).addOutput(output).build();
    }

    private static NodeProto constant(String output, double value) {
        TensorProto t = TensorProto.newBuilder().setDataType(TensorProto.DataType.DOUBLE.getNumber())
                .addDoubleData(value).build();
        return NodeProto.newBuilder().setOpType("Constant").addOutput(output)
                .addAttribute(AttributeProto.newBuilder().setName("value").setType(AttributeProto.AttributeType.TENSOR)
                        .setT(t)).build();
    }
}
