package dev.nnscript.dsl.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnscript.core.network.DenseLayer;
import dev.nnscript.core.network.Network;
import dev.nnscript.dsl.LoadResult;
import dev.nnscript.dsl.NnScripts;
import dev.nnscript.dsl.script.Script;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The printer keeps a script's comments and blank lines in canonical places. */
class CommentPrintingTest {

    private static Script parse(String text) {
        LoadResult result = NnScripts.parse(text, "commented.nn");
        assertTrue(result.succeeded(), () -> result.formattedDiagnostics() + "\n" + text);
        return result.script();
    }

    private static String format(String text) {
        String printed = ScriptPrinter.print(parse(text));
        assertEquals(printed, ScriptPrinter.print(parse(printed)), "formatting twice changes nothing");
        return printed;
    }

    @Test
    void headerLeadingAndTrailingCommentsStayWhereTheyWere() {
        String source = """
                # relu-in-action.nn
                #
                # the header, apart from the first statement

                # leads the network line
                network "ReLU in action"
                input dosage   # the only input\t
                hidden relu w=1.70 b=-0.85 # first bend
                hidden relu w=12.6 b=0.00
                # the output node
                output effectiveness relu w=[-40.8, 2.70] b=-16
                # the end
                """;
        assertEquals("""
                # relu-in-action.nn
                #
                # the header, apart from the first statement

                # leads the network line
                network "ReLU in action"
                input dosage  # the only input
                hidden relu w=1.7 b=-0.85  # first bend
                hidden relu w=12.6 b=0
                # the output node
                output effectiveness relu w=[-40.8, 2.7] b=-16
                # the end
                """, format(source));
    }

    @Test
    void blankLinesBecomeOneAndNoneAtTheEnds() {
        String source = "\n\n\ninput x\n\n\n\n# about y\n\noutput y identity w=1 b=0\n\n\n# bye\n\n\n";
        assertEquals("input x\n\n# about y\n\noutput y identity w=1 b=0\n\n# bye\n", format(source));
    }

    @Test
    void commentsFollowTheirStatementIntoCanonicalOrder() {
        String source = """
                train lr=0.1 steps=3  # few steps
                # the data
                data x, y
                  0, 1  # the first row
                  # between rows
                  1, 0
                  # before end
                end  # the table ends
                # leads the input
                input x
                report loss, parameters  # two reports
                output y identity w=? b=?  # learned
                """;
        assertEquals("""
                # leads the input
                input x
                output y identity  # learned
                # the data
                data x, y
                  0, 1  # the first row
                # between rows
                  1, 0
                # before end
                end  # the table ends
                train lr=0.1 steps=3  # few steps
                report loss  # two reports
                report parameters
                """, format(source));
    }

    @Test
    void nodeCommentsGoAboveAWholeLayerLine() {
        String source = """
                input x
                # a layer of two
                hidden relu w=? b=?  # first
                hidden relu w=? b=?  # second
                output y identity w=[1, 2] b=0
                """;
        assertEquals("""
                input x
                # a layer of two
                # first
                # second
                hidden 2 relu
                output y identity w=[1, 2] b=0
                """, format(source));
    }

    @Test
    void trainingKeepsCommentsAndMovesWholeLayerCommentsAboveItsNodes() {
        Script script = parse("""
                input x
                hidden 2 relu  # two nodes
                layer  # a second layer
                hidden relu w=[1, 2] b=0  # its node
                # the output
                output y identity w=? b=?
                train seed=1 steps=1
                """);
        Network n = script.network();
        DenseLayer last = n.layer(2).copy(); // as training leaves it: every value learned
        last.weights()[0] = 0.5;
        last.biases()[0] = -0.25;
        Network trained = new Network(n.name(), n.inputNames(), n.outputNames(), List.of(n.layer(0), n.layer(1), last));
        String printed = ScriptPrinter.print(script.withTrainedNetwork(trained));
        String[] lines = printed.split("\n");
        assertEquals("# two nodes", lines[1]);
        assertTrue(lines[2].startsWith("hidden relu w=") && lines[3].startsWith("hidden relu w="), printed);
        assertEquals("layer  # a second layer", lines[4]);
        assertEquals("hidden relu w=[1, 2] b=0  # its node", lines[5]);
        assertEquals("# the output", lines[6]);
        assertEquals("output y identity w=0.5 b=-0.25", lines[7]);
    }

    @Test
    void networksBuiltInCodeHaveNoComments() {
        Script script = parse("# a comment\ninput x\n\noutput y identity w=1 b=0  # trailing\n");
        assertEquals("input x\noutput y identity w=1 b=0\n", ScriptPrinter.print(script.network()));
    }
}
