package dev.nnscript.cli.script;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.nnscript.dsl.script.DataOptions;
import dev.nnscript.dsl.script.DataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlannedRowsTest {

    @TempDir
    Path folder;

    @Test
    void anInlineTableHasItsRows() {
        DataSource table = new DataSource.InlineTable(List.of("x", "y"),
                List.of(List.of("0", "0"), List.of("0.5", "1"), List.of("1", "0")), DataOptions.NONE);
        assertEquals(OptionalLong.of(3), PlannedRows.of(table));
    }

    /** A CSV file's line breaks less the header's: counted up to 64 KiB, estimated from its first 64 KiB past that. */
    @Test
    void aCsvFileHasItsLinesLessTheHeader() throws IOException {
        Path file = Files.writeString(folder.resolve("rows.csv"), "x,y\n" + "0.25,0.5\n".repeat(7_000));
        assertEquals(OptionalLong.of(7_000), PlannedRows.of(csv(file)));
        Path longer = Files.writeString(folder.resolve("longer.csv"), "x,y\n" + "0.25,0.5\n".repeat(200_000));
        assertEquals(200_000, PlannedRows.of(csv(longer)).getAsLong(), 100);
        Path empty = Files.writeString(folder.resolve("empty.csv"), "");
        assertEquals(OptionalLong.of(0), PlannedRows.of(csv(empty)));
    }

    /** What is not a regular file (a pipe, a folder, a missing file) is not read ahead: no estimate. */
    @Test
    void whatIsNotARegularFileHasNoEstimate() {
        assertEquals(OptionalLong.empty(), PlannedRows.of(csv(folder)));
        assertEquals(OptionalLong.empty(), PlannedRows.of(csv(folder.resolve("missing.csv"))));
    }

    private static DataSource csv(Path file) {
        return new DataSource.CsvFile(file.toString(), file, DataOptions.NONE);
    }
}
