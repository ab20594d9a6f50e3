package dev.nnscript.dsl.data;

import dev.nnscript.core.network.Network;
import dev.nnscript.core.train.Dataset;
import dev.nnscript.dsl.diagnostic.DiagnosticList;
import dev.nnscript.dsl.diagnostic.SourcePosition;
import dev.nnscript.dsl.script.DataSource;
import dev.nnscript.dsl.script.Script;
import java.util.Arrays;
import java.util.List;

/**
 * Reads a script's training data (an inline table or a CSV file) into one core {@link Dataset}
 * of all rows, inputs and targets in the network's order. Holdout and scaling options are in
 * {@link DataSource#options()} for the trainer to apply.
 */
public final class ScriptData {

    private ScriptData() {}

    /** @param fileName the script's name, for diagnostics about an inline table */
    public static DataResult load(Script script, String fileName) {
        DiagnosticList diagnostics = new DiagnosticList();
        DataSource source = script.data();
        if (source == null) {
            diagnostics.error(SourcePosition.startOf(fileName), "the script has no data line");
            return new DataResult(null, diagnostics.toList());
        }
        ColumnRoles.Wanted wanted = wanted(script.network(), source.options().label());
        Dataset dataset = source instanceof DataSource.CsvFile csv
                ? csv(csv, wanted, diagnostics)
                : inline((DataSource.InlineTable) source, wanted, fileName, diagnostics);
        return new DataResult(diagnostics.hasErrors() ? null : dataset, diagnostics.toList());
    }

    /** What data for {@code network} must hold. */
    public static ColumnRoles.Wanted wanted(Network network, String label) {
        return new ColumnRoles.Wanted(network.inputNames(), network.outputNames(), network.outputLayer().isSoftmax(),
                label);
    }

    private static Dataset csv(DataSource.CsvFile csv, ColumnRoles.Wanted wanted, DiagnosticList diagnostics) {
        try (CsvRowReader reader = CsvRowReader.open(csv.resolved(), csv.written(), wanted, diagnostics)) {
            if (reader == null) {
                return null;
            }
            Rows rows = new Rows(reader.inputCount(), reader.outputCount());
            while (reader.next(rows.inputRow(), rows.targetRow())) {
                rows.keep();
            }
            if (rows.count == 0 && !diagnostics.hasErrors()) {
                diagnostics.error(SourcePosition.startOf(csv.written()), "the data file has a header but no rows");
            }
            return rows.toDataset();
        }
    }

    private static Dataset inline(DataSource.InlineTable table, ColumnRoles.Wanted wanted, String fileName,
            DiagnosticList diagnostics) {
        SourcePosition at = SourcePosition.startOf(fileName);
        ColumnRoles roles = ColumnRoles.resolve(table.columns(), wanted, at, diagnostics);
        if (roles == null) {
            return null;
        }
        RowConverter converter = new RowConverter(roles, table.columns(), wanted.outputs());
        Rows rows = new Rows(converter.inputCount(), converter.outputCount());
        for (List<String> row : table.rows()) {
            if (converter.convert(row, c -> at, diagnostics, rows.inputRow(), 0, rows.targetRow(), 0)) {
                rows.keep();
            }
        }
        return rows.toDataset();
    }

    /** Growing row-major arrays; the next row is written into scratch rows, then kept. */
    private static final class Rows {
        private final int inputCount;
        private final int outputCount;
        private final double[] inputRow;
        private final double[] targetRow;
        private double[] inputs = new double[64];
        private double[] targets = new double[64];
        private int count;

        Rows(int inputCount, int outputCount) {
            this.inputCount = inputCount;
            this.outputCount = outputCount;
            this.inputRow = new double[inputCount];
            this.targetRow = new double[outputCount];
        }

        double[] inputRow() { return inputRow; }

        double[] targetRow() { return targetRow; }

        void keep() {
            inputs = fit(inputs, (count + 1) * inputCount);
            targets = fit(targets, (count + 1) * outputCount);
            System.arraycopy(inputRow, 0, inputs, count * inputCount, inputCount);
            System.arraycopy(targetRow, 0, targets, count * outputCount, outputCount);
            count++;
        }

        Dataset toDataset() {
            return count == 0 ? null : new Dataset(Arrays.copyOf(inputs, count * inputCount),
                    Arrays.copyOf(targets, count * outputCount), count, inputCount, outputCount);
        }

        private static double[] fit(double[] a, int needed) {
            return needed <= a.length ? a : Arrays.copyOf(a, Math.max(needed, a.length * 2));
        }
    }
}
