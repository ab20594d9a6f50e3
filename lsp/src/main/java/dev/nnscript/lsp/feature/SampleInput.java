package dev.nnscript.lsp.feature;

import dev.nnscript.core.network.Network;
import dev.nnscript.dsl.data.CsvRowReader;
import dev.nnscript.dsl.data.ScriptData;
import dev.nnscript.dsl.diagnostic.DiagnosticList;
import dev.nnscript.dsl.script.DataSource;
import dev.nnscript.dsl.script.Script;
import java.util.Arrays;
import java.util.List;

/**
 * The input a hover evaluates a node at: the first row of the script's data (inline table or CSV
 * file, columns picked by input name), or every input 0 when there is no data or its first row
 * cannot be read.
 *
 * @param origin how the values were chosen, for the hover's text
 */
public record SampleInput(double[] values, String origin) {

    public static SampleInput of(Script script) {
        Network network = script.network();
        double[] zeros = new double[network.inputCount()];
        try {
            double[] row = script.data() instanceof DataSource.InlineTable t ? inline(t, network.inputNames())
                    : script.data() instanceof DataSource.CsvFile csv ? csv(csv, script) : null;
            if (row != null) {
                return new SampleInput(row, "the first data row");
            }
        } catch (RuntimeException e) {
            // A row that does not read (a bad cell) leaves the zeros; the diagnostics say why.
        }
        return new SampleInput(zeros, script.data() == null ? "no data: every input 0" : "every input 0");
    }

    private static double[] inline(DataSource.InlineTable table, List<String> inputs) {
        if (table.rows().isEmpty()) {
            return null;
        }
        List<String> first = table.rows().get(0);
        double[] row = new double[inputs.size()];
        for (int i = 0; i < row.length; i++) {
            int column = table.columns().indexOf(inputs.get(i));
            if (column < 0 || column >= first.size()) {
                return null;
            }
            row[i] = Double.parseDouble(first.get(column));
        }
        return row;
    }

    private static double[] csv(DataSource.CsvFile csv, Script script) {
        try (CsvRowReader reader = CsvRowReader.open(csv.resolved(), csv.written(),
                ScriptData.wanted(script.network(), csv.options().label()), new DiagnosticList())) {
            if (reader == null) {
                return null;
            }
            double[] inputs = new double[reader.inputCount()];
            double[] targets = new double[reader.outputCount()];
            return reader.next(inputs, targets) ? inputs : null;
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SampleInput s && Arrays.equals(values, s.values) && origin.equals(s.origin);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(values) + origin.hashCode();
    }

    @Override
    public String toString() {
        return Arrays.toString(values) + " (" + origin + ")";
    }
}
