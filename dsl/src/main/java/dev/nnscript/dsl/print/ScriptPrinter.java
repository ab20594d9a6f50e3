package dev.nnscript.dsl.print;

import dev.nnscript.core.network.DenseLayer;
import dev.nnscript.core.network.Network;
import dev.nnscript.dsl.script.CommentAnchor;
import dev.nnscript.dsl.script.CommentAnchor.Kind;
import dev.nnscript.dsl.script.DataOptions;
import dev.nnscript.dsl.script.DataSource;
import dev.nnscript.dsl.script.Script;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes a script or network as canonical {@code .nn} text: a fixed order (network, input, layers,
 * data, train, predict, report), one node per line (or one line for a whole layer whose parameters
 * are all unknown), numbers in their shortest round-trip form. Parsing the text gives back an
 * equal script, bit for bit. A parsed script's comments and blank lines are kept (see
 * {@link CommentWriter}); a network built in code has none.
 */
public final class ScriptPrinter {

    private ScriptPrinter() {}

    /** A bare network: every parameter written out. */
    public static String print(Network network) {
        return print(Script.of(network));
    }

    public static String print(Script script) {
        StringBuilder text = new StringBuilder();
        CommentWriter out = new CommentWriter(text, script.comments());
        Network network = script.network();
        if (network.name() != null) {
            out.line("network " + quote(network.name()), CommentAnchor.of(Kind.NETWORK));
        }
        out.line("input " + NameRuns.join(network.inputNames()), CommentAnchor.of(Kind.INPUT));
        LayerPrinter layers = new LayerPrinter(out);
        for (int l = 0; l < network.layers().size(); l++) {
            DenseLayer layer = network.layer(l);
            boolean output = l == network.layers().size() - 1;
            layers.print(l, layer, script.unknowns().get(l), output ? network.outputNames() : null);
        }
        script.dataSource().ifPresent(data -> data(out, data));
        String train = TrainingPrinter.line(script.training());
        if (train != null) {
            List<CommentAnchor> trains = out.all(Kind.TRAIN);
            out.merged(train, CommentAnchor.numbered(Kind.TRAIN, 0), trains);
        }
        for (int i = 0; i < script.predictions().size(); i++) {
            out.line("predict " + script.predictions().get(i).stream().map(ScriptNumberFormat::format)
                    .collect(Collectors.joining(", ")), CommentAnchor.numbered(Kind.PREDICT, i));
        }
        for (int i = 0; i < script.reports().size(); i++) {
            out.line("report " + script.reports().get(i).text(), CommentAnchor.numbered(Kind.REPORT, i));
        }
        out.finish();
        return text.toString();
    }

    private static void data(CommentWriter out, DataSource data) {
        CommentAnchor dataLine = CommentAnchor.of(Kind.DATA);
        if (data instanceof DataSource.CsvFile csv) {
            out.line("data " + quote(csv.written()) + options(csv.options()), dataLine);
            return;
        }
        DataSource.InlineTable table = (DataSource.InlineTable) data;
        out.line("data " + String.join(", ", table.columns()) + options(table.options()), dataLine);
        for (int r = 0; r < table.rows().size(); r++) {
            out.line("  " + String.join(", ", table.rows().get(r)), CommentAnchor.numbered(Kind.ROW, r));
        }
        out.line("end", CommentAnchor.of(Kind.END));
    }

    private static String options(DataOptions options) {
        StringBuilder out = new StringBuilder();
        if (options.label() != null) {
            out.append(" label=").append(options.label());
        }
        if (options.holdout() != null) {
            out.append(" holdout=").append(ScriptNumberFormat.format(options.holdout()));
        }
        if (options.scale() != null) {
            out.append(" scale=").append(options.scale());
        }
        return out.toString();
    }

    /** A string literal: {@code "..."} with {@code \"} and {@code \\} escaped. */
    static String quote(String s) {
        return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
