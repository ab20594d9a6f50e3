package dev.nnscript.dsl.data;

import dev.nnscript.dsl.diagnostic.DiagnosticList;
import dev.nnscript.dsl.diagnostic.RepeatedErrors;
import dev.nnscript.dsl.spec.CellSpec;
import dev.nnscript.dsl.spec.NameSpec;
import dev.nnscript.dsl.spec.StatementSpec;
import java.util.List;

/** Checks and converts an inline {@code data ... end} table into input and target arrays. */
public final class InlineTableReader {

    private InlineTableReader() {}

    /** The table as rows of numbers, or null after reporting every problem found. */
    public static DataRows read(StatementSpec.InlineData table, ColumnRoles.Wanted wanted, DiagnosticList diagnostics) {
        List<String> header = table.columns().stream().map(NameSpec::name).toList();
        ColumnRoles roles = ColumnRoles.resolve(header, wanted, table.position(), diagnostics);
        if (roles == null) {
            return null;
        }
        if (table.rows().isEmpty()) {
            diagnostics.error(table.position(), "the data table has no rows");
            return null;
        }
        RowConverter converter = new RowConverter(roles, header, wanted);
        int rows = table.rows().size();
        double[] inputs = new double[rows * converter.inputCount()];
        double[] targets = new double[rows * converter.outputCount()];
        boolean ok = true;
        DiagnosticList rowProblems = new DiagnosticList();
        for (int r = 0; r < rows; r++) {
            List<CellSpec> cells = table.rows().get(r);
            ok &= converter.convert(cells.stream().map(CellSpec::text).toList(), c -> cells.get(c).position(),
                    rowProblems, inputs, r * converter.inputCount(), targets, r * converter.outputCount());
        }
        diagnostics.addAll(RepeatedErrors.group(rowProblems.toList()));
        return ok ? new DataRows(inputs, targets, rows, converter.inputCount(), converter.outputCount()) : null;
    }
}
