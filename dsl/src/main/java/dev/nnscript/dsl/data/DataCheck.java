package dev.nnscript.dsl.data;

import dev.nnscript.dsl.diagnostic.Diagnostic;
import dev.nnscript.dsl.diagnostic.DiagnosticList;
import dev.nnscript.dsl.diagnostic.RepeatedErrors;
import dev.nnscript.dsl.diagnostic.SourcePosition;
import dev.nnscript.dsl.script.DataSource;
import dev.nnscript.dsl.script.Script;
import java.util.List;

/**
 * What {@code nnrun check} asks of a script's data: that it would load, without loading it. A CSV
 * file is read row by row and nothing is kept, so a file of any size is checked in constant memory
 * and says the same things training would (a missing column, a bad cell, an unknown label). An
 * inline table was already checked with the script.
 */
public final class DataCheck {

    private DataCheck() {}

    /** Every problem with the script's data, repeated ones grouped; empty when it has none or no data. */
    public static List<Diagnostic> check(Script script) {
        DiagnosticList diagnostics = new DiagnosticList();
        DataSource source = script.data();
        if (source == null) {
            return List.of();
        }
        // Inline tables too: their rows were checked with the script, but not against a freeze.
        SourcePosition line = source.position() != null ? source.position()
                : SourcePosition.startOf(source instanceof DataSource.CsvFile csv ? csv.written() : "data");
        ScriptData.checkScaling(script.network(), source.options(), line, diagnostics);
        if (source instanceof DataSource.CsvFile csv) {
            readEveryRow(csv, ScriptData.wanted(script.network(), csv.options().label()), diagnostics);
        }
        return RepeatedErrors.group(diagnostics.toList());
    }

    private static void readEveryRow(DataSource.CsvFile csv, ColumnRoles.Wanted wanted, DiagnosticList diagnostics) {
        if (ScriptData.missingAtDataLine(csv, diagnostics)) {
            return;
        }
        try (CsvRowReader reader = CsvRowReader.open(csv.resolved(), csv.written(), wanted, diagnostics)) {
            if (reader == null) {
                return;
            }
            double[] inputs = new double[reader.inputCount()];
            double[] targets = new double[reader.outputCount()];
            long rows = 0;
            while (reader.next(inputs, targets)) {
                rows++;
            }
            if (rows == 0 && !diagnostics.hasErrors()) {
                diagnostics.error(SourcePosition.startOf(csv.written()), "the data file has a header but no rows");
            }
        }
    }
}
