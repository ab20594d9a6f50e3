package dev.nnscript.dsl.data;

import dev.nnscript.core.network.DenseLayer;
import dev.nnscript.core.network.Network;
import dev.nnscript.core.train.Dataset;
import dev.nnscript.dsl.diagnostic.DiagnosticList;
import dev.nnscript.dsl.diagnostic.RepeatedErrors;
import dev.nnscript.dsl.diagnostic.SourcePosition;
import dev.nnscript.dsl.print.ScriptNumberFormat;
import dev.nnscript.dsl.script.DataOptions;
import dev.nnscript.dsl.script.DataSource;
import dev.nnscript.dsl.script.Script;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;

/**
 * Reads a script's data (an inline table or a CSV file) into core {@link Dataset}s, inputs and
 * targets in the network's order, and applies its options: {@code holdout=} sets rows aside by the
 * seed, {@code scale=minmax} is worked out from the training rows (see {@link DataResult} for how to
 * train with it). The CLI and the Groovy API both load data here, so both get the same rows.
 */
public final class ScriptData {

    private ScriptData() {}

    /**
     * Loads with the script's own seed.
     *
     * @param fileName the script's name, for diagnostics that belong to no data line
     */
    public static DataResult load(Script script, String fileName) {
        return load(script, fileName, script.training().seedOrDefault());
    }

    /** Loads, picking held-out rows with {@code seed} (a command line may override the script's). */
    public static DataResult load(Script script, String fileName, long seed) {
        return load(script, fileName, seed, DataSize.freeMemory());
    }

    /** As {@link #load(Script, String, long)}, refusing files whose rows need more than {@code memoryBudget} bytes. */
    static DataResult load(Script script, String fileName, long seed, long memoryBudget) {
        DiagnosticList diagnostics = new DiagnosticList();
        DataSource source = script.data();
        if (source == null) {
            diagnostics.error(SourcePosition.startOf(fileName), "the script has no data line");
            return new DataResult(null, diagnostics.toList());
        }
        SourcePosition line = source.position() == null ? SourcePosition.startOf(fileName) : source.position();
        DataOptions options = source.options();
        checkScaling(script.network(), options, line, diagnostics);
        ColumnRoles.Wanted wanted = wanted(script.network(), options.label());
        Dataset all = source instanceof DataSource.CsvFile csv
                ? csv(csv, wanted, memoryBudget, diagnostics)
                : inline((DataSource.InlineTable) source, wanted, line, diagnostics);
        if (diagnostics.hasErrors() || all == null) {
            return new DataResult(null, RepeatedErrors.group(diagnostics.toList()));
        }
        if (options.holdoutOrZero() > 0 && HoldoutSplit.heldOutCount(all.rows(), options.holdoutOrZero()) == 0) {
            diagnostics.warning(line, "holdout=" + ScriptNumberFormat.format(options.holdout()) + " holds out no rows: the data have only "
                    + all.rows() + (all.rows() == 1 ? " row" : " rows"));
        }
        HoldoutSplit split = HoldoutSplit.of(all, options.holdoutOrZero(), seed);
        InputScaling scaling = options.scalesMinMax() ? InputScaling.minMaxOf(split.training())
                : InputScaling.none(all.inputCount());
        return new DataResult(split.training(), split.heldOut(), scaling, diagnostics.toList());
    }

    /** What data for {@code network} must hold. */
    public static ColumnRoles.Wanted wanted(Network network, String label) {
        return new ColumnRoles.Wanted(network.inputNames(), network.outputNames(), network.outputLayer().isSoftmax(),
                label);
    }

    /** Scaling rewrites every first-layer parameter, which a frozen one must not allow. */
    static void checkScaling(Network network, DataOptions options, SourcePosition at,
            DiagnosticList diagnostics) {
        DenseLayer first = network.layer(0);
        if (options.scalesMinMax() && (any(first.frozenWeights()) || any(first.frozenBiases()))) {
            diagnostics.error(at, "scale=minmax rewrites the first layer's weights and biases, so none of them "
                    + "may be frozen; remove scale=minmax or the freeze in the first layer");
        }
    }

    private static boolean any(boolean[] mask) {
        for (boolean m : mask) {
            if (m) {
                return true;
            }
        }
        return false;
    }

    private static Dataset csv(DataSource.CsvFile csv, ColumnRoles.Wanted wanted, long memoryBudget,
            DiagnosticList diagnostics) {
        return csv(csv, wanted, memoryBudget, diagnostics, true);
    }

    /**
     * A regular file is read by {@link SimpleCsvRows} first when {@code plainFirst}; if it stops
     * before the end (a line it does not take), what it read is dropped and {@link CsvRowReader}
     * reads the whole file, reporting what is wrong. Both give the same rows, bit for bit.
     */
    static Dataset csv(DataSource.CsvFile csv, ColumnRoles.Wanted wanted, long memoryBudget,
            DiagnosticList diagnostics, boolean plainFirst) {
        if (missingAtDataLine(csv, diagnostics)) {
            return null;
        }
        if (plainFirst && Files.isRegularFile(csv.resolved())) {
            try (SimpleCsvRows plain = SimpleCsvRows.open(csv.resolved(), wanted)) {
                if (plain != null) {
                    DiagnosticList plainDiagnostics = new DiagnosticList();
                    Dataset rows = rows(csv, plain, new DataRowBuffer(plain.inputCount(), plain.outputCount()),
                            memoryBudget, plainDiagnostics);
                    if (!plain.stoppedEarly()) {
                        diagnostics.addAll(plainDiagnostics.toList());
                        return rows;
                    }
                    // What it read is dropped: the rows were not copied into a data set.
                }
            } catch (IOException e) {
                // CsvRowReader opens the file again and reports what is wrong.
            }
        }
        try (CsvRowReader reader = CsvRowReader.open(csv.resolved(), csv.written(), wanted, diagnostics)) {
            if (reader == null) {
                return null;
            }
            return rows(csv, reader, new DataRowBuffer(reader.inputCount(), reader.outputCount()), memoryBudget,
                    diagnostics);
        }
    }

    /**
     * Every row of {@code reader} into {@code rows}, refusing a file too large for memory; null
     * when the reader stopped early (its caller reads the file again).
     */
    private static Dataset rows(DataSource.CsvFile csv, DataRowSource reader, DataRowBuffer rows, long memoryBudget,
            DiagnosticList diagnostics) {
        while (reader.next(rows.inputRow(), rows.targetRow())) {
            if (rows.count() == DataSize.SAMPLE_ROWS && tooLarge(csv, reader, rows, memoryBudget, diagnostics)) {
                return null;
            }
            if (rows.capacityValuesAfterKeep() > rows.capacityValues()
                    && grownTooLarge(csv, rows, memoryBudget, diagnostics)) {
                return null;
            }
            if (!rows.keep()) {
                diagnostics.error(new SourcePosition(csv.written(), (int) Math.min(reader.line(), Integer.MAX_VALUE), 1),
                        "the data file has more rows than one data set can hold (" + rows.count()
                                + " rows read); use fewer rows");
                return null;
            }
        }
        if (reader.stoppedEarly()) {
            return null;
        }
        if (rows.count() == 0 && !diagnostics.hasErrors()) {
            diagnostics.error(SourcePosition.startOf(csv.written()), "the data file has a header but no rows");
        }
        return rows.toDataset();
    }

    /**
     * A file the script names that is not there is the script's mistake: reported at its data
     * line, so the message shows that line and a caret, not a position in a file that does not exist.
     */
    static boolean missingAtDataLine(DataSource.CsvFile csv, DiagnosticList diagnostics) {
        if (csv.position() == null || Files.exists(csv.resolved())) {
            return false;
        }
        diagnostics.error(csv.position(), "data file not found: " + csv.resolved());
        return true;
    }

    private static boolean tooLarge(DataSource.CsvFile csv, DataRowSource reader, DataRowBuffer rows, long memoryBudget,
            DiagnosticList diagnostics) {
        long fileSize;
        try {
            fileSize = Files.size(csv.resolved());
        } catch (IOException e) {
            return false; // Only an estimate; reading goes on and reports real errors itself.
        }
        Optional<String> refusal = DataSize.refusal(fileSize, reader.charactersBefore(), rows.count(),
                rows.width(), memoryBudget);
        refusal.ifPresent(message -> diagnostics.error(SourcePosition.startOf(csv.written()), message));
        return refusal.isPresent();
    }

    private static boolean grownTooLarge(DataSource.CsvFile csv, DataRowBuffer rows, long memoryBudget,
            DiagnosticList diagnostics) {
        Optional<String> refusal = DataSize.growthRefusal(rows.count() + 1, rows.width(), rows.capacityValues(),
                rows.capacityValuesAfterKeep(), memoryBudget);
        refusal.ifPresent(message -> diagnostics.error(SourcePosition.startOf(csv.written()), message));
        return refusal.isPresent();
    }

    private static Dataset inline(DataSource.InlineTable table, ColumnRoles.Wanted wanted, SourcePosition line,
            DiagnosticList diagnostics) {
        ColumnRoles roles = ColumnRoles.resolve(table.columns(), wanted, line, diagnostics);
        if (roles == null) {
            return null;
        }
        RowConverter converter = new RowConverter(roles, table.columns(), wanted);
        DataRowBuffer rows = new DataRowBuffer(converter.inputCount(), converter.outputCount());
        for (int r = 0; r < table.rows().size(); r++) {
            List<String> row = table.rows().get(r);
            int at = r;
            if (converter.convert(row, c -> positionOr(table.cellPosition(at, c), line), diagnostics,
                    rows.inputRow(), 0, rows.targetRow(), 0)) {
                rows.keep();
            }
        }
        if (rows.count() == 0 && !diagnostics.hasErrors()) {
            diagnostics.error(line, "the data table has no rows");
        }
        return rows.toDataset();
    }

    private static SourcePosition positionOr(SourcePosition position, SourcePosition fallback) {
        return position == null ? fallback : position;
    }
}
