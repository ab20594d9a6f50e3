package dev.nnscript.dsl.print;

import dev.nnscript.core.network.DenseLayer;
import dev.nnscript.core.network.Network;
import dev.nnscript.dsl.script.DataOptions;
import dev.nnscript.dsl.script.DataSource;
import dev.nnscript.dsl.script.ReportKind;
import dev.nnscript.dsl.script.Script;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes a script or network as canonical {@code .nn} text: a fixed order (network, input, layers,
 * data, train, predict, report), one node per line (or one line for a whole layer whose parameters
 * are all unknown), numbers in their shortest round-trip form. Parsing the text gives back an
 * equal script, bit for bit.
 */
public final class ScriptPrinter {

    private ScriptPrinter() {}

    /** A bare network: every parameter written out. */
    public static String print(Network network) {
        return print(Script.of(network));
    }

    public static String print(Script script) {
        StringBuilder out = new StringBuilder();
        Network network = script.network();
        if (network.name() != null) {
            out.append("network ").append(quote(network.name())).append('\n');
        }
        out.append("input ").append(String.join(", ", network.inputNames())).append('\n');
        LayerPrinter layers = new LayerPrinter(out);
        for (int l = 0; l < network.layers().size(); l++) {
            DenseLayer layer = network.layer(l);
            boolean output = l == network.layers().size() - 1;
            layers.print(layer, script.unknowns().get(l), output ? network.outputNames() : null);
        }
        script.dataSource().ifPresent(data -> data(out, data));
        TrainingPrinter.print(script.training(), out);
        for (List<Double> row : script.predictions()) {
            out.append("predict ").append(row.stream().map(ShortestDouble::format).collect(Collectors.joining(", ")))
                    .append('\n');
        }
        for (ReportKind report : script.reports()) {
            out.append("report ").append(report.text()).append('\n');
        }
        return out.toString();
    }

    private static void data(StringBuilder out, DataSource data) {
        if (data instanceof DataSource.CsvFile csv) {
            out.append("data ").append(quote(csv.written()));
            options(out, csv.options());
            out.append('\n');
            return;
        }
        DataSource.InlineTable table = (DataSource.InlineTable) data;
        out.append("data ").append(String.join(", ", table.columns()));
        options(out, table.options());
        out.append('\n');
        for (List<String> row : table.rows()) {
            out.append("  ").append(String.join(", ", row)).append('\n');
        }
        out.append("end\n");
    }

    private static void options(StringBuilder out, DataOptions options) {
        if (options.label() != null) {
            out.append(" label=").append(options.label());
        }
        if (options.holdout() != null) {
            out.append(" holdout=").append(ShortestDouble.format(options.holdout()));
        }
        if (options.scale() != null) {
            out.append(" scale=").append(options.scale());
        }
    }

    /** A string literal: {@code "..."} with {@code \"} and {@code \\} escaped. */
    static String quote(String s) {
        return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
