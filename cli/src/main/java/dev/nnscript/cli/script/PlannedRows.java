package dev.nnscript.cli.script;

import dev.nnscript.dsl.script.DataSource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.OptionalLong;

/**
 * The rows a script's data will give, known before the data are loaded: an inline table's rows, or a
 * CSV file's line breaks less its header, counted in files up to 64 KiB and estimated from the
 * first 64 KiB in longer ones (blank lines and line breaks inside quotes make it an overestimate).
 * Only picks the compiler ({@link dev.nnscript.cli.train.CompilerChoice}), so an estimate will do.
 */
final class PlannedRows {

    private static final int SAMPLE = 1 << 16;

    private PlannedRows() {}

    /** Empty for a source that is not an inline table or a regular file (a pipe can be read only once). */
    static OptionalLong of(DataSource source) {
        if (source instanceof DataSource.InlineTable table) {
            return OptionalLong.of(table.rows().size());
        }
        DataSource.CsvFile csv = (DataSource.CsvFile) source;
        if (!Files.isRegularFile(csv.resolved())) {
            return OptionalLong.empty();
        }
        try (InputStream in = Files.newInputStream(csv.resolved())) {
            byte[] start = in.readNBytes(SAMPLE);
            long breaks = lineBreaks(start);
            long size = Files.size(csv.resolved());
            // A longer file: its size at the first 64 KiB's bytes per line (reading it all could take seconds).
            long lines = size <= start.length || start.length == 0 ? breaks : Math.round((double) breaks * size / start.length);
            return OptionalLong.of(Math.max(0, lines - 1));
        } catch (IOException | RuntimeException e) {
            return OptionalLong.empty(); // the data load that follows reports the problem
        }
    }

    private static long lineBreaks(byte[] bytes) {
        long count = 0;
        for (byte b : bytes) {
            if (b == '\n') {
                count++;
            }
        }
        return count;
    }
}
