package dev.nnscript.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnscript.core.activation.Activations;
import dev.nnscript.dsl.builder.Cell;
import dev.nnscript.dsl.builder.Freeze;
import dev.nnscript.dsl.builder.FreezeTarget;
import dev.nnscript.dsl.builder.NodeActivation;
import dev.nnscript.dsl.builder.Parameter;
import dev.nnscript.dsl.builder.ScriptBuilder;
import dev.nnscript.dsl.builder.TrainingSettingsBuilder;
import dev.nnscript.dsl.builder.Unknown;
import dev.nnscript.dsl.builder.Weights;
import dev.nnscript.dsl.diagnostic.SourcePosition;
import dev.nnscript.dsl.print.ScriptPrinter;
import dev.nnscript.dsl.script.DataOptions;
import dev.nnscript.dsl.script.InitChoice;
import dev.nnscript.dsl.script.LossKind;
import dev.nnscript.dsl.script.OptimizerKind;
import dev.nnscript.dsl.script.ReportKind;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The typed Java builder (no Groovy involved) gives the parser's script, and points mistakes at the Java line. */
class ScriptBuilderTest {

    private static final NodeActivation RELU = NodeActivation.of(Activations.RELU);

    @Test
    void buildsTheSameScriptAsTheParser() {
        LoadResult built = new ScriptBuilder()
                .network("ReLU in action")
                .input("dosage")
                .hidden(RELU, Weights.of(1.70), Parameter.of(-0.85), Freeze.of(FreezeTarget.bias()))
                .hidden(RELU, Weights.of(12.6), Parameter.of(0))
                .layer()
                .hiddenLayer(2, NodeActivation.of(new Activations.LeakyRelu(0.1)),
                        new InitChoice(InitChoice.Kind.UNIFORM, List.of(-0.5, 0.5)), Freeze.ALL)
                .output("effectiveness", RELU, Weights.of(-40.8, 2.70), Unknown.UNKNOWN,
                        Freeze.of(FreezeTarget.weight(2)))
                .data(List.of("dosage", "effectiveness"), List.of(Cell.row(0, 0), Cell.row(0.5, 1)), DataOptions.NONE)
                .train(new TrainingSettingsBuilder().steps(10).seed(4).build())
                .predict(0.5)
                .report(ReportKind.LOSS)
                .load(Path.of(""));
        LoadResult parsed = NnScripts.parse("""
                network "ReLU in action"
                input dosage
                hidden relu w=1.70 b=-0.85 freeze b
                hidden relu w=12.6 b=0
                layer
                hidden 2 leaky_relu(0.1) init=uniform(-0.5, 0.5) freeze
                output effectiveness relu w=[-40.8, 2.70] b=? freeze w[2]
                data dosage, effectiveness
                  0, 0
                  0.5, 1
                end
                train steps=10 seed=4
                predict 0.5
                report loss
                """, "model.nn");
        assertEquals(parsed.diagnostics(), built.diagnostics());
        assertEquals(parsed.script(), built.script());
    }

    /** The example in ScriptBuilder's class comment, as written there. */
    @Test
    void classCommentExampleIsTheReluNetwork() {
        NodeActivation relu = NodeActivation.of(Activations.RELU);
        LoadResult r = new ScriptBuilder()
                .input("dosage")
                .hidden(relu, Weights.of(1.70), Parameter.of(-0.85))
                .hidden(relu, Weights.of(12.6), Parameter.of(0.0))
                .output("effectiveness", relu, Weights.of(-40.8, 2.70), Parameter.of(-16))
                .load(Path.of(""));
        assertEquals(List.of(), r.diagnostics());
        assertEquals(1.01, r.script().network().predict(new double[] {0.5})[0], 1e-9);
        assertEquals(NnScripts.parse("""
                input dosage
                hidden relu w=1.70 b=-0.85
                hidden relu w=12.6 b=0.0
                output effectiveness relu w=[-40.8, 2.70] b=-16
                """, "relu.nn").script(), r.script());
    }

    /** Golden: every setting the typed API offers prints back as the .nn text that says the same. */
    @Test
    void printsAsTheGoldenText() {
        String golden = """
                network "iris"
                input petal_length, petal_width
                hidden 4 tanh init=xavier
                hidden 3 elu(0.5) init=normal(0, 0.1)
                output setosa, versicolor, virginica softmax init=zeros freeze
                data "data/iris.csv" label=species holdout=0.2 scale=minmax
                train loss=cross-entropy optimizer=momentum lr=0.05 momentum=0.9 batch=full epochs=20 \
                min_step=0.0001 target_loss=0.01 seed=7 relu_at_zero=1 shuffle=false
                report loss, accuracy, parameters
                """;
        LoadResult built = new ScriptBuilder()
                .network("iris")
                .input("petal_length", "petal_width")
                .hiddenLayer(4, NodeActivation.of(Activations.TANH), InitChoice.XAVIER, null)
                .hiddenLayer(3, NodeActivation.of(new Activations.Elu(0.5)),
                        new InitChoice(InitChoice.Kind.NORMAL, List.of(0.0, 0.1)), null)
                .outputLayer(List.of("setosa", "versicolor", "virginica"), NodeActivation.SOFTMAX,
                        new InitChoice(InitChoice.Kind.ZEROS, List.of()), Freeze.ALL)
                .dataFile("data/iris.csv", new DataOptions("species", 0.2, "minmax"))
                .train(new TrainingSettingsBuilder().loss(LossKind.CROSS_ENTROPY).optimizer(OptimizerKind.MOMENTUM)
                        .learningRate(0.05).momentum(0.9).fullBatch().epochs(20).minStep(0.0001).targetLoss(0.01)
                        .seed(7).reluAtZero(1).shuffle(false).build())
                .report(ReportKind.LOSS, ReportKind.ACCURACY, ReportKind.PARAMETERS)
                .load(Path.of(""));
        LoadResult parsed = NnScripts.parse(golden, "iris.nn");
        assertEquals(List.of(), built.diagnostics());
        assertEquals(parsed.script(), built.script());
        assertEquals(ScriptPrinter.print(parsed.script()), ScriptPrinter.print(built.script()));
        assertEquals(List.of("network \"iris\"", "input petal_length, petal_width"),
                ScriptPrinter.print(built.script()).lines().limit(2).toList());
    }

    @Test
    void unknownWeightsAndClassLabels() {
        LoadResult built = new ScriptBuilder()
                .input("x")
                .hidden(RELU, Weights.UNKNOWN, Parameter.of(0))
                .hidden(RELU, Weights.of(Unknown.UNKNOWN), Unknown.UNKNOWN)
                .outputLayer(List.of("zero", "one"), NodeActivation.SOFTMAX)
                .data(List.of("x", "digit"), List.of(List.of(Cell.of(0.5), Cell.label("zero"))),
                        new DataOptions("digit", null, null))
                .load(Path.of(""));
        LoadResult parsed = NnScripts.parse("""
                input x
                hidden relu w=? b=0
                hidden relu w=[?] b=?
                output zero, one softmax
                data x, digit label=digit
                  0.5, zero
                end
                """, "model.nn");
        assertEquals(parsed.diagnostics(), built.diagnostics());
        assertEquals(parsed.script(), built.script());
    }

    @Test
    void mistakesPointAtTheJavaLine() {
        ScriptBuilder builder = new ScriptBuilder().input("x");
        int line = lineHere(); builder.hidden(NodeActivation.SOFTMAX, Weights.of(1), Parameter.of(0));
        builder.output("y", NodeActivation.of(Activations.IDENTITY), Weights.of(1), Parameter.of(0));
        LoadResult result = builder.load(Path.of(""));
        assertEquals(1, result.diagnostics().size());
        assertEquals(new SourcePosition("ScriptBuilderTest.java", line, 1), result.diagnostics().get(0).position());
        assertEquals(NnScripts.parse("input x\nhidden softmax w=1 b=0\noutput y identity w=1 b=0\n", "m.nn")
                .diagnostics().get(0).message(), result.diagnostics().get(0).message());
    }

    @Test
    void settingsAreCheckedAsInAnNnFile() {
        LoadResult result = new ScriptBuilder().input("x")
                .output("y", NodeActivation.of(Activations.IDENTITY), Weights.of(1), Parameter.of(0))
                .train(new TrainingSettingsBuilder().learningRate(0).epochs(5).steps(5).build())
                .load(Path.of(""));
        assertEquals(List.of("lr must be a learning rate greater than 0, not 0.0", "give epochs or steps, not both"),
                result.diagnostics().stream().map(d -> d.message()).toList());
    }

    @Test
    void severalTrainCallsMergeAndASettingIsGivenOnce() {
        ScriptBuilder builder = new ScriptBuilder().input("x")
                .output("y", NodeActivation.of(Activations.IDENTITY), Weights.of(1), Parameter.of(0))
                .train(new TrainingSettingsBuilder().batchSize(2).build());
        int line = lineHere(); builder.train(new TrainingSettingsBuilder().batchSize(3).seed(1).build());
        LoadResult result = builder.load(Path.of(""));
        assertEquals(List.of("training setting 'batch' is given twice (first on line " + (line - 1) + ")"),
                result.diagnostics().stream().map(d -> d.message()).toList());
    }

    @Test
    void namesMustBeNamesAsInTheGrammar() {
        LoadResult result = new ScriptBuilder().input("my dose")
                .outputLayer(List.of("1.5", "7"), NodeActivation.SOFTMAX).load(Path.of(""));
        assertEquals(List.of("'my dose' is not a name; a name is a letter or '_', then letters, digits or '_'",
                        "'1.5' is not a name; a name is a letter or '_', then letters, digits or '_'"),
                result.diagnostics().stream().map(d -> d.message()).toList());
    }

    @Test
    void reluDerivativeAtZeroIsATrainingSetting() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> NodeActivation.of(new Activations.Relu(1.0)));
        assertTrue(e.getMessage().contains("training setting"), e.getMessage());
        assertEquals("leaky_relu(0.1)", NodeActivation.of(new Activations.LeakyRelu(0.1)).toString());
    }

    private static int lineHere() {
        return Arrays.stream(new Throwable().getStackTrace()).skip(1).findFirst().orElseThrow().getLineNumber();
    }
}
