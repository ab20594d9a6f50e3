package dev.nnscript.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.nnscript.dsl.builder.Freeze;
import dev.nnscript.dsl.builder.FreezeTarget;
import dev.nnscript.dsl.builder.ScriptBuilder;
import dev.nnscript.dsl.builder.Unknown;
import dev.nnscript.dsl.builder.Word;
import dev.nnscript.dsl.diagnostic.SourcePosition;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The Java builder (no Groovy involved) gives the parser's script, and points mistakes at the Java line. */
class ScriptBuilderTest {

    @Test
    void buildsTheSameScriptAsTheParser() {
        LoadResult built = new ScriptBuilder()
                .network("ReLU in action")
                .input("dosage")
                .hidden("relu", Map.of("w", 1.70, "b", -0.85), Freeze.of(FreezeTarget.bias()))
                .hidden("relu", Map.of("w", 12.6, "b", 0), null)
                .layer()
                .hiddenLayer(2, Word.of("leaky_relu", 0.1), Map.of("init", Word.of("uniform", -0.5, 0.5)), Freeze.ALL)
                .output(List.of("effectiveness"), "relu", Map.of("w", new double[] {-40.8, 2.70}, "b", Unknown.UNKNOWN),
                        Freeze.of(FreezeTarget.weight(2)))
                .data(List.of("dosage", "effectiveness"), List.of(List.of(0, 0), List.of(0.5, 1)), Map.of())
                .train(ordered("steps", 10, "seed", 4))
                .predict(List.of(0.5))
                .report(List.of("loss"))
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

    @Test
    void mistakesPointAtTheJavaLine() {
        ScriptBuilder builder = new ScriptBuilder().input("x");
        int line = lineHere(); builder.hidden("reluu", Map.of("w", 1, "b", 0), null);
        builder.output(List.of("y"), "identity", Map.of("w", 1, "b", 0), null);
        LoadResult result = builder.load(Path.of(""));
        assertEquals(1, result.diagnostics().size());
        assertEquals(new SourcePosition("ScriptBuilderTest.java", line, 1), result.diagnostics().get(0).position());
        assertEquals("unknown activation 'reluu' (did you mean 'relu'?)", result.diagnostics().get(0).message());
    }

    @Test
    void namesMustBeNamesAsInTheGrammar() {
        LoadResult result = new ScriptBuilder().input("my dose")
                .output(List.of("y"), "identity", Map.of("w", 1, "b", 0), null).load(Path.of(""));
        assertEquals(List.of("'my dose' is not a name; a name is a letter or '_', then letters, digits or '_'"),
                result.diagnostics().stream().map(d -> d.message()).toList());
    }

    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    private static int lineHere() {
        return Arrays.stream(new Throwable().getStackTrace()).skip(1).findFirst().orElseThrow().getLineNumber();
    }
}
