package dev.nnscript.dsl.script;

import dev.nnscript.dsl.diagnostic.SourcePosition;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Where a script's training data comes from: an inline table or a CSV file. Positions say where the
 * script wrote it, for messages about the data; they are not part of what the data are, so equality
 * ignores them.
 */
public sealed interface DataSource {

    DataOptions options();

    /** The {@code data} line, or null when the source was not written in a script. */
    SourcePosition position();

    /**
     * An inline {@code data ... end} table, as text: numbers are in their shortest round-trip
     * form, labels as written.
     *
     * @param cellPositions where each cell of {@code rows} was written (the same shape), or empty
     *     when unknown
     */
    record InlineTable(List<String> columns, List<List<String>> rows, DataOptions options, SourcePosition position,
            List<List<SourcePosition>> cellPositions) implements DataSource {

        public InlineTable {
            columns = List.copyOf(columns);
            rows = rows.stream().map(List::copyOf).toList();
            Objects.requireNonNull(options, "options");
            cellPositions = cellPositions.stream().map(List::copyOf).toList();
            if (!cellPositions.isEmpty() && cellPositions.size() != rows.size()) {
                throw new IllegalArgumentException(rows.size() + " rows but positions for " + cellPositions.size());
            }
        }

        /** A table not written in a script (no positions). */
        public InlineTable(List<String> columns, List<List<String>> rows, DataOptions options) {
            this(columns, rows, options, null, List.of());
        }

        /** Where cell {@code column} of row {@code row} was written, else the data line, else null. */
        public SourcePosition cellPosition(int row, int column) {
            if (cellPositions.isEmpty() || column >= cellPositions.get(row).size()) {
                return position;
            }
            return cellPositions.get(row).get(column);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof InlineTable t && columns.equals(t.columns) && rows.equals(t.rows)
                    && options.equals(t.options);
        }

        @Override
        public int hashCode() {
            return Objects.hash(columns, rows, options);
        }
    }

    /**
     * {@code data "iris.csv"}: {@code written} is the path as in the script (the printer writes it
     * back), {@code resolved} the file it names, relative to the script's folder.
     */
    record CsvFile(String written, Path resolved, DataOptions options, SourcePosition position) implements DataSource {

        public CsvFile {
            Objects.requireNonNull(written, "written");
            Objects.requireNonNull(resolved, "resolved");
            Objects.requireNonNull(options, "options");
        }

        /** A file not named in a script (such as a command-line option): no position. */
        public CsvFile(String written, Path resolved, DataOptions options) {
            this(written, resolved, options, null);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof CsvFile f && written.equals(f.written) && resolved.equals(f.resolved)
                    && options.equals(f.options);
        }

        @Override
        public int hashCode() {
            return Objects.hash(written, resolved, options);
        }
    }
}
