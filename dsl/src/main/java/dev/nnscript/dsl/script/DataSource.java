package dev.nnscript.dsl.script;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/** Where a script's training data comes from: an inline table or a CSV file. */
public sealed interface DataSource {

    DataOptions options();

    /**
     * An inline {@code data ... end} table, as text: numbers are in their shortest round-trip
     * form, labels as written.
     */
    record InlineTable(List<String> columns, List<List<String>> rows, DataOptions options) implements DataSource {
        public InlineTable {
            columns = List.copyOf(columns);
            rows = rows.stream().map(List::copyOf).toList();
            Objects.requireNonNull(options, "options");
        }
    }

    /**
     * {@code data "iris.csv"}: {@code written} is the path as in the script (the printer writes it
     * back), {@code resolved} the file it names, relative to the script's folder.
     */
    record CsvFile(String written, Path resolved, DataOptions options) implements DataSource {
        public CsvFile {
            Objects.requireNonNull(written, "written");
            Objects.requireNonNull(resolved, "resolved");
            Objects.requireNonNull(options, "options");
        }
    }
}
