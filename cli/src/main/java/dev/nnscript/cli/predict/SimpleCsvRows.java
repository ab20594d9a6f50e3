package dev.nnscript.cli.predict;

import ch.randelshofer.fastdoubleparser.JavaDoubleParser;
import dev.nnscript.dsl.data.ColumnRoles;
import dev.nnscript.dsl.diagnostic.DiagnosticList;
import dev.nnscript.dsl.diagnostic.SourcePosition;
import dev.nnscript.dsl.spec.NumberSyntax;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Batch inference's fast reader for the common file: ASCII text, no quotes, a number in every input
 * cell. It splits lines (LF, CRLF, CR) and cells (commas) in a byte buffer and parses numbers in
 * place with fastdoubleparser (correctly rounded, as Double.parseDouble), without a string per row,
 * several times faster than the dsl's general reader (Commons CSV, a diagnostic per bad cell).
 *
 * <p>It reads nothing the dsl's reader would read differently: at the first line it does not take
 * (a quote, a byte outside ASCII, a cell that is not a number, a ragged row, a very long line) it
 * stops, and the caller reads the rest of the file with {@link dev.nnscript.dsl.data.CsvRowReader},
 * which says what is wrong, if anything. Blank lines are skipped, as there. Call order: {@link #open},
 * {@link #next} until it returns false, then {@link #stoppedEarly()}, {@link #close()}.
 */
final class SimpleCsvRows implements AutoCloseable {

    private static final int BLOCK_BYTES = 1 << 16;
    private static final byte[] BYTE_ORDER_MARK = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final InputStream in;
    private final byte[] buffer = new byte[BLOCK_BYTES];
    private int position;
    private int limit;
    private boolean endOfFile;
    private int lineStart;
    private int lineEnd;
    /** The current line's cells: cell c is [cellFrom[c], cellTo[c]) in the buffer, for c < cellCount. */
    private int[] cellFrom = new int[8];
    private int[] cellTo = new int[8];
    private int cellCount;
    private int[] inputColumns;
    private int columns;
    private boolean stoppedEarly;

    private SimpleCsvRows(InputStream in) {
        this.in = in;
    }

    /**
     * Opens {@code file} and reads its header; null (file closed) when the header is not simple or
     * does not name the inputs cleanly, so the dsl's reader should read the whole file.
     */
    static SimpleCsvRows open(Path file, List<String> inputNames) throws IOException {
        SimpleCsvRows rows = new SimpleCsvRows(Files.newInputStream(file));
        try {
            rows.fill();
            if (rows.startsWith(BYTE_ORDER_MARK)) {
                rows.position = BYTE_ORDER_MARK.length;
            }
            if (rows.readHeader(inputNames)) {
                return rows;
            }
        } catch (IOException | RuntimeException e) {
            rows.close();
            throw e;
        }
        rows.close();
        return null;
    }

    /**
     * Reads the next row's inputs into {@code x[offset ..]}, in the network's input order. False at
     * the end of the file, or at the first line it does not take or cannot read ({@link #stoppedEarly()}).
     */
    boolean next(double[] x, int offset) {
        try {
            while (!stoppedEarly && nextLine()) {
                if (isBlank()) {
                    continue;
                }
                if (!splitCells() || cellCount != columns || !parseInputs(x, offset)) {
                    stoppedEarly = true;
                    return false;
                }
                return true;
            }
        } catch (IOException e) {
            stoppedEarly = true; // the dsl's reader meets the same error and reports it
        }
        return false;
    }

    /**
     * Copies the last row's input cells into {@code text} from {@code at}, each followed by a comma,
     * when every one is already the shortest form of its value ({@link CopyableCellText}), and returns
     * where the copy ends; returns -1 (the text after {@code at} is then undefined) otherwise.
     * {@code text} must have room for {@link #lineLength()} + 1 chars from {@code at}. Call before
     * the next {@link #next}.
     */
    int copyShortestInputs(char[] text, int at) {
        int end = at;
        for (int column : inputColumns) {
            if (!CopyableCellText.isShortest(buffer, cellFrom[column], cellTo[column])) {
                return -1;
            }
            for (int k = cellFrom[column]; k < cellTo[column]; k++) {
                text[end++] = (char) buffer[k];
            }
            text[end++] = ',';
        }
        return end;
    }

    /** The length of the last row's line, without its end. */
    int lineLength() {
        return lineEnd - lineStart;
    }

    /** True when reading stopped at a line this reader does not take, before the end of the file. */
    boolean stoppedEarly() {
        return stoppedEarly;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    private boolean readHeader(List<String> inputNames) throws IOException {
        while (nextLine()) {
            if (isBlank()) {
                continue;
            }
            if (!splitCells()) {
                return false;
            }
            List<String> header = new ArrayList<>(cellCount);
            for (int c = 0; c < cellCount; c++) {
                header.add(new String(buffer, cellFrom[c], cellTo[c] - cellFrom[c], StandardCharsets.US_ASCII));
            }
            DiagnosticList problems = new DiagnosticList();
            ColumnRoles roles = ColumnRoles.resolve(header, ColumnRoles.Wanted.inputsOf(inputNames),
                    SourcePosition.startOf("header"), problems);
            if (roles == null || !problems.toList().isEmpty()) {
                return false;
            }
            inputColumns = roles.inputColumns();
            columns = header.size();
            return true;
        }
        return false;
    }

    private boolean parseInputs(double[] x, int offset) {
        for (int i = 0; i < inputColumns.length; i++) {
            int from = cellFrom[inputColumns[i]];
            int to = cellTo[inputColumns[i]];
            if (!NumberSyntax.isNumber(buffer, from, to)) {
                return false;
            }
            double value = JavaDoubleParser.parseDouble(buffer, from, to - from);
            if (Double.isInfinite(value)) {
                return false;
            }
            x[offset + i] = value;
        }
        return true;
    }

    /**
     * Splits the current line at commas into trimmed cells ({@code [from, to)} in the buffer); false
     * when the line has a quote, a byte outside printable ASCII, or a control character other than tab.
     */
    private boolean splitCells() {
        int used = 0;
        int cellStart = lineStart;
        for (int i = lineStart; i <= lineEnd; i++) {
            byte b = i < lineEnd ? buffer[i] : (byte) ',';
            if (b == '"' || b < 0 || (b < ' ' && b != '\t') || b == 127) {
                return false;
            }
            if (b == ',') {
                int from = cellStart;
                int to = i;
                while (from < to && (buffer[from] == ' ' || buffer[from] == '\t')) {
                    from++;
                }
                while (to > from && (buffer[to - 1] == ' ' || buffer[to - 1] == '\t')) {
                    to--;
                }
                if (used == cellFrom.length) {
                    cellFrom = Arrays.copyOf(cellFrom, 2 * used);
                    cellTo = Arrays.copyOf(cellTo, 2 * used);
                }
                cellFrom[used] = from;
                cellTo[used] = to;
                used++;
                cellStart = i + 1;
            }
        }
        cellCount = used;
        return true;
    }

    private boolean isBlank() {
        for (int i = lineStart; i < lineEnd; i++) {
            if (buffer[i] != ' ' && buffer[i] != '\t') {
                return false;
            }
        }
        return true;
    }

    /**
     * Finds the next line in the buffer, refilling it as needed: [lineStart, lineEnd) without its
     * end (LF, CRLF or CR). False at the end of the file, or when a line does not fit the buffer
     * (then {@link #stoppedEarly} is set).
     */
    private boolean nextLine() throws IOException {
        while (true) {
            for (int i = position; i < limit; i++) {
                byte b = buffer[i];
                if (b == '\n' || b == '\r') {
                    if (b == '\r' && i + 1 == limit && !endOfFile) {
                        break; // a CR at the end of the block: its LF may follow in the next one
                    }
                    lineStart = position;
                    lineEnd = i;
                    position = b == '\r' && i + 1 < limit && buffer[i + 1] == '\n' ? i + 2 : i + 1;
                    return true;
                }
            }
            if (endOfFile) {
                if (position == limit) {
                    return false;
                }
                lineStart = position;
                lineEnd = limit;
                position = limit;
                return true;
            }
            if (position == 0 && limit == buffer.length) {
                stoppedEarly = true;
                return false;
            }
            fill();
        }
    }

    /** Moves the unread bytes to the front and reads more after them. */
    private void fill() throws IOException {
        System.arraycopy(buffer, position, buffer, 0, limit - position);
        limit -= position;
        position = 0;
        while (limit < buffer.length) {
            int n = in.read(buffer, limit, buffer.length - limit);
            if (n < 0) {
                endOfFile = true;
                return;
            }
            limit += n;
        }
    }

    private boolean startsWith(byte[] prefix) {
        if (limit < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (buffer[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
