package dev.nnscript.dsl.data;

import ch.randelshofer.fastdoubleparser.JavaDoubleParser;
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
 * The fast reader for the common data file: ASCII text, no quotes, a number in every input and
 * target cell, an output name in the label cell. It splits lines (LF, CRLF, CR) and cells (commas)
 * in a byte buffer and parses numbers in place with fastdoubleparser (correctly rounded, as
 * Double.parseDouble), without a string per row, several times faster than {@link CsvRowReader}
 * (Commons CSV, a diagnostic per bad cell). Training data ({@link ScriptData}) and batch inference
 * read a regular file with it first.
 *
 * <p>It reads nothing {@link CsvRowReader} would read differently: at the first line it does not
 * take (a quote, a byte outside ASCII, a cell that is not a number, a label that is not an output
 * name, a ragged row, a very long line) it stops, and the caller reads the file with {@link
 * CsvRowReader}, which says what is wrong, if anything. Blank lines are skipped, as there. Call
 * order: {@link #open}, {@link #next} until it returns false, then {@link #stoppedEarly()},
 * {@link #close()}.
 */
public final class SimpleCsvRows implements AutoCloseable, DataRowSource {

    /** A test of one cell's bytes {@code [from, to)}, for {@link #copyInputCells}. */
    @FunctionalInterface
    public interface CellTest {
        boolean accepts(byte[] bytes, int from, int to);
    }

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
    private int[] targetColumns;
    /** Targets of a softmax layer must be probabilities; a row with another is left to CsvRowReader. */
    private boolean probabilityTargets;
    private int labelColumn = -1;
    /** The output names' bytes, for a label column. */
    private byte[][] labels;
    private int columns;
    private boolean stoppedEarly;
    /** Bytes dropped from the buffer's front so far, and the byte-order mark's length. */
    private long bytesBefore;
    private int byteOrderMark;
    /** The current line's 1-based number, and the next line's. */
    private long line;
    private long nextLineNumber = 1;

    private SimpleCsvRows(InputStream in) {
        this.in = in;
    }

    /**
     * Opens {@code file} and reads its header; null (file closed) when the header is not simple or
     * does not fit {@code wanted} cleanly (without a warning), so {@link CsvRowReader} should read the
     * whole file.
     */
    public static SimpleCsvRows open(Path file, ColumnRoles.Wanted wanted) throws IOException {
        SimpleCsvRows rows = new SimpleCsvRows(Files.newInputStream(file));
        try {
            rows.fill();
            if (rows.startsWith(BYTE_ORDER_MARK)) {
                rows.position = BYTE_ORDER_MARK.length;
                rows.byteOrderMark = BYTE_ORDER_MARK.length;
            }
            if (rows.readHeader(wanted)) {
                return rows;
            }
        } catch (IOException | RuntimeException e) {
            rows.close();
            throw e;
        }
        rows.close();
        return null;
    }

    public int inputCount() {
        return inputColumns.length;
    }

    /** Target values per row: one per output (a label is one-hot). */
    public int outputCount() {
        return labelColumn >= 0 ? labels.length : targetColumns.length;
    }

    @Override
    public boolean next(double[] inputs, double[] targets) {
        return next(inputs, 0, targets, 0);
    }

    /**
     * Reads the next row's inputs into {@code inputs[inputOffset ..]} and its targets into {@code
     * targets[targetOffset ..]} (one-hot for a label), in the network's order. False at the end of
     * the file, or at the first line it does not take or cannot read ({@link #stoppedEarly()}).
     */
    public boolean next(double[] inputs, int inputOffset, double[] targets, int targetOffset) {
        try {
            while (!stoppedEarly && nextLine()) {
                if (isBlank()) {
                    continue;
                }
                if (!splitCells() || cellCount != columns || !parse(inputColumns, inputs, inputOffset)
                        || !parse(targetColumns, targets, targetOffset) || !probabilities(targets, targetOffset)
                        || !label(targets, targetOffset)) {
                    stoppedEarly = true;
                    return false;
                }
                return true;
            }
        } catch (IOException e) {
            stoppedEarly = true; // CsvRowReader meets the same error and reports it
        }
        return false;
    }

    /**
     * Copies the last row's input cells into {@code text} from {@code at}, each followed by a comma,
     * when {@code test} accepts every one, and returns where the copy ends; returns -1 (the text
     * after {@code at} is then undefined) otherwise. {@code text} must have room for {@link
     * #lineLength()} + 1 chars from {@code at}. Call before the next {@link #next}.
     */
    public int copyInputCells(char[] text, int at, CellTest test) {
        int end = at;
        for (int column : inputColumns) {
            if (!test.accepts(buffer, cellFrom[column], cellTo[column])) {
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
    public int lineLength() {
        return lineEnd - lineStart;
    }

    /** True when reading stopped at a line this reader does not take, before the end of the file. */
    @Override
    public boolean stoppedEarly() {
        return stoppedEarly;
    }

    @Override
    public long line() {
        return line;
    }

    /** Characters (here bytes: the file is ASCII so far) before the last row read, after a byte-order mark. */
    @Override
    public long charactersBefore() {
        return bytesBefore + lineStart - byteOrderMark;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    private boolean readHeader(ColumnRoles.Wanted wanted) throws IOException {
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
            ColumnRoles roles = ColumnRoles.resolve(header, wanted, SourcePosition.startOf("header"), problems);
            if (roles == null || !problems.toList().isEmpty()) {
                return false;
            }
            inputColumns = roles.inputColumns();
            targetColumns = roles.targetColumns();
            probabilityTargets = wanted.softmax();
            labelColumn = roles.labelColumn();
            labels = new byte[wanted.outputs().size()][];
            for (int o = 0; o < labels.length; o++) {
                // A name outside ASCII matches no cell here; such a file goes to CsvRowReader.
                labels[o] = wanted.outputs().get(o).getBytes(StandardCharsets.UTF_8);
            }
            columns = header.size();
            return true;
        }
        return false;
    }

    /** Parses the cells of {@code columns} into {@code out[offset ..]}; false when one is not a finite number. */
    private boolean parse(int[] columns, double[] out, int offset) {
        for (int i = 0; i < columns.length; i++) {
            int from = cellFrom[columns[i]];
            int to = cellTo[columns[i]];
            if (!NumberSyntax.isNumber(buffer, from, to)) {
                return false;
            }
            double value = JavaDoubleParser.parseDouble(buffer, from, to - from);
            if (Double.isInfinite(value)) {
                return false;
            }
            out[offset + i] = value;
        }
        return true;
    }

    /** False when a target column's value just read is no probability and must be (as RowConverter checks). */
    private boolean probabilities(double[] targets, int offset) {
        if (probabilityTargets) {
            for (int i = 0; i < targetColumns.length; i++) {
                double value = targets[offset + i];
                if (!(value >= 0.0 && value <= 1.0)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The label cell's one-hot targets into {@code targets[offset ..]}; false when it names no output. */
    private boolean label(double[] targets, int offset) {
        if (labelColumn < 0) {
            return true;
        }
        int match = -1;
        for (int o = 0; o < labels.length && match < 0; o++) {
            if (Arrays.equals(buffer, cellFrom[labelColumn], cellTo[labelColumn], labels[o], 0, labels[o].length)) {
                match = o;
            }
        }
        if (match < 0) {
            return false;
        }
        for (int o = 0; o < labels.length; o++) {
            targets[offset + o] = o == match ? 1.0 : 0.0;
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
                    line = nextLineNumber++;
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
                line = nextLineNumber++;
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
        bytesBefore += position;
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
