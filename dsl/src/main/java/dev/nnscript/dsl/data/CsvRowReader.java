package dev.nnscript.dsl.data;

import dev.nnscript.dsl.diagnostic.DiagnosticList;
import dev.nnscript.dsl.diagnostic.SourcePosition;
import dev.nnscript.dsl.source.FileErrors;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a CSV file with a header row one row at a time (so millions of rows stream in constant
 * memory), matching columns to a network's names with {@link ColumnRoles}. Commons CSV does the
 * quoting and line ends (LF, CRLF); a UTF-8 byte-order mark is skipped. Problems become diagnostics
 * at {@code file:line:col}, pointing at the cell: ragged rows, cells that are not numbers, unknown
 * class labels.
 *
 * <p>Call order: {@link #open}, then {@link #next} until it returns false, then {@link #close}.
 */
public final class CsvRowReader implements AutoCloseable, DataRowSource {

    /** The file being read, to locate a byte that is not UTF-8; null for a stream. */
    private final Path file;
    private final String fileName;
    private final RecordingReader text;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private RowConverter converter;
    private final DiagnosticList diagnostics;
    private long line;
    private boolean stopAtBadRow;
    private boolean badRow;
    /** Reading stopped at an error, reported. */
    private boolean readFailed;
    /** The character offset of the last record read, from the start of the file (after a byte-order mark). */
    private long recordStart;

    private CsvRowReader(Path file, String fileName, RecordingReader text, CSVParser parser, RowConverter converter,
            DiagnosticList diagnostics) {
        this.file = file;
        this.fileName = fileName;
        this.text = text;
        this.parser = parser;
        this.records = parser.iterator();
        this.converter = converter;
        this.diagnostics = diagnostics;
    }

    /**
     * Opens {@code file} and reads its header; null after reporting why it cannot be used.
     *
     * @param fileName the name diagnostics use for the file
     */
    public static CsvRowReader open(Path file, String fileName, ColumnRoles.Wanted wanted, DiagnosticList diagnostics) {
        InputStream in;
        try {
            in = Files.newInputStream(file);
        } catch (NoSuchFileException e) {
            diagnostics.error(SourcePosition.startOf(fileName), "data file not found: " + file);
            return null;
        } catch (IOException e) {
            diagnostics.error(SourcePosition.startOf(fileName), "cannot read the data file: " + FileErrors.reason(e));
            return null;
        }
        return open(in, file, fileName, wanted, diagnostics);
    }

    /**
     * Reads CSV from a stream (standard input, say), UTF-8 with an optional byte-order mark, and its
     * header; null after reporting why it cannot be used. The reader closes {@code in}.
     *
     * @param fileName the name diagnostics use for the stream
     */
    public static CsvRowReader open(InputStream in, String fileName, ColumnRoles.Wanted wanted,
            DiagnosticList diagnostics) {
        return open(in, null, fileName, wanted, diagnostics);
    }

    private static CsvRowReader open(InputStream in, Path file, String fileName, ColumnRoles.Wanted wanted,
            DiagnosticList diagnostics) {
        CSVParser parser;
        RecordingReader text;
        try {
            text = new RecordingReader(reader(in));
            parser = CSVFormat.DEFAULT.builder().setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(false).get()
                    .parse(text);
        } catch (IOException e) {
            reportReadError(e, file, fileName, 1, diagnostics);
            try {
                in.close();
            } catch (IOException ignored) {
                // Already reported why the data cannot be read.
            }
            return null;
        }
        CsvRowReader reader = new CsvRowReader(file, fileName, text, parser, null, diagnostics);
        List<String> header = reader.nextCells();
        if (header == null) {
            if (!reader.readFailed) { // else reading the header failed, and that was reported
                diagnostics.error(SourcePosition.startOf(fileName), "the data file is empty; it needs a header row");
            }
            reader.close();
            return null;
        }
        SourcePosition at = new SourcePosition(fileName, (int) reader.line, 1);
        ColumnRoles roles = ColumnRoles.resolve(header, wanted, at, diagnostics);
        if (roles == null) {
            reader.close();
            return null;
        }
        reader.converter = new RowConverter(roles, header, wanted);
        return reader;
    }

    public int inputCount() {
        return converter.inputCount();
    }

    public int outputCount() {
        return converter.outputCount();
    }

    /**
     * Reads the next good row into {@code inputs[0..inputCount)} and {@code targets[0..outputCount)};
     * bad rows are reported and skipped (or end reading: {@link #stoppingAtBadRow}). False at the end
     * of the file (or on a read error, reported).
     */
    @Override
    public boolean next(double[] inputs, double[] targets) {
        List<String> cells;
        while (!(stopAtBadRow && badRow) && (cells = nextCells()) != null) {
            long row = line;
            long start = recordStart;
            // The record's text is looked at only for a message, while the record is still kept.
            if (converter.convert(cells, c -> CsvCellLocator.locate(fileName, text.from(start), row, c), diagnostics,
                    inputs, 0, targets, 0)) {
                return true;
            }
            badRow = true;
        }
        return false;
    }

    /**
     * Makes {@link #next} stop at the first bad row (reported) rather than report it and go on: for
     * a run that streams results, whose answer a bad row ends.
     */
    public CsvRowReader stoppingAtBadRow() {
        stopAtBadRow = true;
        return this;
    }

    /** True after {@link #next} stopped at a bad row ({@link #stoppingAtBadRow}). */
    @Override
    public boolean stoppedEarly() {
        return stopAtBadRow && badRow;
    }

    @Override
    public long line() {
        return line;
    }

    @Override
    public long charactersBefore() {
        return recordStart;
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException e) {
            // Closing a file we only read loses nothing.
        }
    }

    /** The next non-blank record's cells, or null at the end. */
    private List<String> nextCells() {
        try {
            while (true) {
                long start = parser.getCurrentLineNumber() + 1;
                if (!records.hasNext()) {
                    return null;
                }
                CSVRecord record = records.next();
                line = start;
                recordStart = record.getCharacterPosition();
                text.keepFrom(recordStart);
                if (record.size() > 1 || !record.get(0).isBlank()) {
                    return record.toList();
                }
            }
        } catch (UncheckedIOException e) {
            readFailed = true;
            reportReadError(e.getCause() == null ? e : e.getCause(), file, fileName,
                    (int) Math.max(1, Math.min(line + 1, Integer.MAX_VALUE)), diagnostics);
            return null;
        }
    }

    /**
     * Reports a read error at {@code line}; a file that is not UTF-8 is reported at its first bad
     * byte when it can be read a second time (a file on disk, not a stream).
     */
    private static void reportReadError(Throwable e, Path file, String fileName, int line,
            DiagnosticList diagnostics) {
        if (e instanceof DataLimitException limit) {
            diagnostics.error(new SourcePosition(fileName, (int) Math.min(limit.line(), Integer.MAX_VALUE),
                    (int) Math.min(limit.column(), Integer.MAX_VALUE)), limit.getMessage());
        } else if (e instanceof CharacterCodingException && file != null) {
            reportNotUtf8(file, fileName, diagnostics);
        } else {
            diagnostics.error(new SourcePosition(fileName, line, 1), "cannot read the data file: " + why(e));
        }
    }

    /** Reports the first byte that is not UTF-8, found by a second, streaming pass over the file. */
    private static void reportNotUtf8(Path file, String fileName, DiagnosticList diagnostics) {
        Utf8Check.Located bad;
        try {
            bad = Utf8Check.firstInvalidByte(file, fileName);
        } catch (IOException e) {
            bad = null;
        }
        if (bad == null) {
            diagnostics.error(SourcePosition.startOf(fileName), "cannot read the data file: " + why(new CharacterCodingException()));
        } else {
            diagnostics.error(bad.position(), bad.message());
        }
    }

    /** A read error in words; Commons CSV's and the decoder's own messages are not for users. */
    private static String why(Throwable e) {
        if (e instanceof CharacterCodingException) {
            return "the file is not UTF-8 text; save it as UTF-8";
        }
        String message = e instanceof IOException io ? FileErrors.reason(io)
                : e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.contains("EOF reached before encapsulated token finished")
                ? "a quoted field that starts on this line has no closing quote" : message;
    }

    /** UTF-8, strict, with a leading byte-order mark skipped. */
    private static Reader reader(InputStream bytes) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(bytes,
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)));
        in.mark(1);
        if (in.read() != '\uFEFF') {
            in.reset();
        }
        return in;
    }
}
