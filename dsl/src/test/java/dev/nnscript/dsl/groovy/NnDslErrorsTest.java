package dev.nnscript.dsl.groovy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.nnscript.dsl.LoadResult;
import dev.nnscript.dsl.NnScripts;
import dev.nnscript.dsl.diagnostic.Diagnostic;
import dev.nnscript.dsl.diagnostic.SourcePosition;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A mistake in a {@code network { }} closure gets exactly the message the same mistake gets in a
 * {@code .nn} file, at the Groovy script's line (column 1: Groovy tells lines only).
 */
class NnDslErrorsTest {

    /** The closure body starts on line 2 of the script: line 1 is {@code network {}. */
    private static final int FIRST_BODY_LINE = 2;

    @ParameterizedTest(name = "{0}")
    @MethodSource("mistakes")
    void sameMessageAsTheParser(String name, String groovy, String nn, int bodyLine, String message) {
        NnScriptException e = assertThrows(NnScriptException.class,
                () -> GroovySnippets.run("network {\n" + groovy + "\n}"), name);
        LoadResult parsed = NnScripts.parse(nn, "model.nn");
        assertEquals(List.of(message), messages(e.getDiagnostics()), name);
        assertEquals(List.of(message), messages(parsed.diagnostics()), name);
        Diagnostic d = e.getDiagnostics().get(0);
        assertEquals(new SourcePosition(GroovySnippets.FILE, bodyLine + FIRST_BODY_LINE - 1, 1), d.position(), name);
        assertEquals(GroovySnippets.FILE + ":" + d.position().line() + ":1: error: " + message, e.getMessage(), name);
    }

    static Stream<Arguments> mistakes() {
        String in = "input 'x'\n";
        String nnIn = "input x\n";
        String out = "\noutput 'y', identity, w: 1, b: 0";
        String nnOut = "\noutput y identity w=1 b=0";
        return Stream.of(
                Arguments.of("unknown activation", in + "hidden reluu, w: 1.70, b: -0.85" + out,
                        nnIn + "hidden reluu w=1.70 b=-0.85" + nnOut, 2,
                        "unknown activation 'reluu' (did you mean 'relu'?)"),
                Arguments.of("unknown activation with a number", in + "hidden leaky_rel(0.1), w: 1, b: 0" + out,
                        nnIn + "hidden leaky_rel(0.1) w=1 b=0" + nnOut, 2,
                        "unknown activation 'leaky_rel' (did you mean 'leaky_relu'?)"),
                Arguments.of("misspelled statement with arguments", in + "hiden relu, w: 1, b: 0" + out,
                        nnIn + "hiden relu w=1 b=0" + nnOut, 2,
                        "unknown statement 'hiden' (did you mean 'hidden'?)"),
                Arguments.of("misspelled statement before a weight list", in + "hiden relu, w: 1, b: 0\n"
                        + "hidden relu, w: 1, b: 0\noutput 'y', relu, w: [1, 1], b: 0",
                        nnIn + "hiden relu w=1 b=0\nhidden relu w=1 b=0\noutput y relu w=[1, 1] b=0", 2,
                        "unknown statement 'hiden' (did you mean 'hidden'?)"),
                Arguments.of("misspelled bare statement", in + "hidden relu, w: 1, b: 0\nlayr" + out,
                        nnIn + "hidden relu w=1 b=0\nlayr" + nnOut, 3,
                        "unknown statement 'layr' (did you mean 'layer'?)"),
                Arguments.of("misspelled statement with only numbers", in + "predct 0.5" + out,
                        nnIn + "predct 0.5" + nnOut, 2,
                        "unknown statement 'predct' (did you mean 'predict'?)"),
                Arguments.of("missing w", in + "hidden relu, b: 0" + out, nnIn + "hidden relu b=0" + nnOut, 2,
                        "missing w= (the node's incoming weights; write w=? for unknown weights)"),
                Arguments.of("unknown parameter", in + "hidden relu, w: 1, b: 0, bb: 2" + out,
                        nnIn + "hidden relu w=1 b=0 bb=2" + nnOut, 2,
                        "unknown parameter 'bb' (did you mean 'b'?); a node line takes w=, b= and freeze"),
                Arguments.of("init on a node line", in + "hidden relu, w: 1, b: 0, init: he" + out,
                        nnIn + "hidden relu w=1 b=0 init=he" + nnOut, 2,
                        "init= is only for whole layers, such as 'hidden 16 relu init=he'"),
                Arguments.of("values on a whole layer", in + "hidden 2, relu, w: 1" + "\noutput 'y', identity, w: [1, 1], b: 0",
                        nnIn + "hidden 2 relu w=1" + "\noutput y identity w=[1, 1] b=0", 2,
                        "a whole layer takes no w= or b=; write one 'hidden ACT w=... b=...' line per node to give values"),
                Arguments.of("word in a weight list", in + "hidden relu, w: [a], b: 0" + out,
                        nnIn + "hidden relu w=[a] b=0" + nnOut, 2, "expected a number or '?' but found 'a'"),
                Arguments.of("not a finite number", in + "hidden relu, w: Double.NaN, b: 0" + out,
                        nnIn + "hidden relu w=NaN b=0" + nnOut, 2, "'NaN' is not a finite number"),
                Arguments.of("wrong weight count", in + "hidden relu, w: 1, b: 0\nhidden relu, w: 1, b: 0"
                        + "\noutput 'y', relu, w: [1, 2, 3], b: 0",
                        nnIn + "hidden relu w=1 b=0\nhidden relu w=1 b=0\noutput y relu w=[1, 2, 3] b=0", 4,
                        "expected 2 weights (one per node of the previous layer) but found 3"),
                Arguments.of("unknown freeze target", in + "hidden relu, w: 1, b: 0, freeze: 'c'" + out,
                        nnIn + "hidden relu w=1 b=0 freeze c" + nnOut, 2,
                        "unknown freeze target 'c'; expected w, b or w[N]"),
                Arguments.of("duplicate name", "input 'x', 'x'\noutput 'y', identity, w: [1, 1], b: 0",
                        "\ninput x, x\noutput y identity w=[1, 1] b=0", 1, "duplicate name 'x' (first on line 2)"),
                Arguments.of("unknown training setting", in + "train lrr: 0.1" + out,
                        nnIn + "train lrr=0.1" + nnOut, 2, "unknown training setting 'lrr' (did you mean 'lr'?)"),
                Arguments.of("unknown optimizer", in + "train optimizer: adamm" + out,
                        nnIn + "train optimizer=adamm" + nnOut, 2,
                        "unknown optimizer 'adamm' (did you mean 'adam'?); expected sgd, momentum, nesterov or adam"),
                Arguments.of("learning rate out of range", in + "train lr: -1" + out, nnIn + "train lr=-1" + nnOut, 2,
                        "lr must be a learning rate greater than 0, not -1"),
                Arguments.of("unknown data option", in + "data 'x', 'y', rows: [[0, 1]], holdot: 0.2" + out,
                        nnIn + "data x, y holdot=0.2\n 0, 1\nend" + nnOut, 2,
                        "unknown data option 'holdot' (did you mean 'holdout'?); expected label=, holdout= or scale="),
                Arguments.of("predict width", in + "predict 0.5, 1" + out, nnIn + "predict 0.5, 1" + nnOut, 2,
                        "predict needs 1 value (one per input) but found 2"),
                Arguments.of("unknown report", in + "report los" + out, nnIn + "report los" + nnOut, 2,
                        "unknown report 'los' (did you mean 'loss'?); expected loss, accuracy or parameters"));
    }

    @Test
    void everyProblemIsReportedTogetherInLineOrder() {
        NnScriptException e = assertThrows(NnScriptException.class, () -> GroovySnippets.run("""
                network {
                    input 'dosage'
                    hidden reluu, w: 1.70, b: -0.85
                    layr
                    output 'effectiveness', relu, w: 2, bb: -16
                }
                """));
        assertEquals("""
                model.groovy:3:1: error: unknown activation 'reluu' (did you mean 'relu'?)
                model.groovy:4:1: error: unknown statement 'layr' (did you mean 'layer'?)
                model.groovy:5:1: error: unknown parameter 'bb' (did you mean 'b'?); a node line takes w=, b= and freeze
                model.groovy:5:1: error: missing b= (the node's bias; write b=? for an unknown bias)""",
                e.getMessage());
    }

    /** The likeliest Groovy typo: no comma after the activation. Reported at its line, not as Groovy's exception. */
    @Test
    void aMissingCommaIsReportedAtItsLine() {
        NnScriptException e = assertThrows(NnScriptException.class, () -> GroovySnippets.run("""
                network {
                    input 'dosage'
                    hidden relu w: 1.70, b: -0.85
                    output 'effectiveness', relu, w: 2, b: 0
                }
                """));
        assertEquals("model.groovy:3:1: error: cannot read 'hidden relu': a comma is missing after 'relu'? Write"
                + " statements as 'hidden relu, w: 1.7, b: 0', with a comma before the named values", e.getMessage());
    }

    /** A .nn file holds a string on one line: a name or path with a line break would save a script nothing reads. */
    @Test
    void aLineBreakInANameOrPathIsRefused() {
        NnScriptException e = assertThrows(NnScriptException.class, () -> GroovySnippets.run("""
                network('Dose\\nresponse') {
                    input 'dosage'
                    output 'effectiveness', relu, w: 2, b: 0
                    data file: 'we"ird\\npath.csv'
                }
                """));
        assertEquals("""
                model.groovy:1:1: error: the network name has a line break; a name is written on one line
                model.groovy:4:1: error: the data file's path has a line break; a path is written on one line""",
                e.getMessage());
    }

    @Test
    void rowsThatAreNotAListAreNamed() {
        NnScriptException e = assertThrows(NnScriptException.class, () -> GroovySnippets.run("""
                network {
                    input 'dosage'
                    output 'effectiveness', relu, w: 2, b: 0
                    data 'dosage', 'effectiveness', rows: 'oops'
                }
                """));
        assertEquals("model.groovy:4:1: error: rows: takes a list of rows, each a list of cells, such as"
                + " rows: [[0, 0], [0.5, 1]], not 'oops'", e.getMessage());
    }

    @Test
    void missingStatementsPointAtTheFileStart() {
        NnScriptException e = assertThrows(NnScriptException.class, () -> GroovySnippets.run("""
                def net = network {
                    hidden relu, w: 1, b: 0
                }
                """));
        assertEquals(List.of("model.groovy:1:1: error: missing 'input' line, such as 'input dosage'",
                "model.groovy:1:1: error: missing 'output' line, such as 'output effectiveness relu w=1.0 b=0'"),
                e.getDiagnostics().stream().map(Diagnostic::toString).toList());
    }

    /** DELEGATE_ONLY: a misspelling never quietly resolves against the enclosing script. */
    @Test
    void typosAreNotResolvedAgainstTheScript() {
        NnScriptException e = assertThrows(NnScriptException.class, () -> GroovySnippets.run("""
                def hiden(Map m, Object a) { 'the script method' }
                reluu = 'relu'
                network {
                    input 'x'
                    hiden relu, w: 1, b: 0
                    hidden reluu, w: 1, b: 0
                    output 'y', identity, w: 1, b: 0
                }
                """));
        assertEquals(List.of("unknown statement 'hiden' (did you mean 'hidden'?)",
                "unknown activation 'reluu' (did you mean 'relu'?)"), messages(e.getDiagnostics()));
    }

    @Test
    void localVariablesStillWork() {
        NnNetwork net = (NnNetwork) GroovySnippets.run("""
                def rate = 0.05
                def weights = [-40.8, 2.70]
                network {
                    input 'dosage'
                    hidden relu, w: 1.70, b: -0.85
                    hidden relu, w: 12.6, b: 0.00
                    output 'effectiveness', relu, w: weights, b: -16
                    train lr: rate
                }
                """);
        assertEquals(0.05, net.getScript().training().learningRate());
    }

    @Test
    void networkNameInsideTheClosureIsExplained() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> GroovySnippets.run("network { network 'ReLU'\n input 'x' }"));
        assertEquals("give the network's name before its closure: network('ReLU') { ... }", e.getMessage());
    }

    private static List<String> messages(List<Diagnostic> diagnostics) {
        return diagnostics.stream().map(Diagnostic::message).toList();
    }
}
