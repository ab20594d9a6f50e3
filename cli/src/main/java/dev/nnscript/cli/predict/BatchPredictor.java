package dev.nnscript.cli.predict;

import dev.nnscript.cli.failure.InvalidInputException;
import dev.nnscript.core.network.ForwardTrace;
import dev.nnscript.core.network.Network;
import dev.nnscript.dsl.data.ColumnRoles;
import dev.nnscript.dsl.data.CsvRowReader;
import dev.nnscript.dsl.data.SimpleCsvRows;
import dev.nnscript.dsl.diagnostic.Diagnostic;
import dev.nnscript.dsl.diagnostic.DiagnosticFormatter;
import dev.nnscript.dsl.diagnostic.DiagnosticList;
import dev.nnscript.dsl.source.FileLines;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Batch inference in constant memory: reads a chunk of CSV rows, runs one forward pass over the
 * chunk with a single preallocated trace, writes the results, repeats. Memory is O(chunk rows x
 * widest layer), whatever the number of rows; a chunk's rows are chosen so that is at most
 * {@link #CHUNK_BYTES} (but one row at least).
 *
 * <p>A regular file is read first by {@link SimpleCsvRows} (plain numeric CSV, several times faster);
 * from the first line that reader does not take, and for pipes, the dsl's streaming reader goes on
 * (columns matched to the inputs by name, every problem a diagnostic). A bad row stops the run with
 * its diagnostic (exit code 1) after the rows before it were written.
 */
public final class BatchPredictor {

    /** Rows per forward pass at most: large enough to amortise the calls, small enough to stay in cache. */
    static final int CHUNK_ROWS = 1024;

    /**
     * Bytes a chunk's inputs and trace may take: a chunk of a very wide network has fewer rows (one,
     * at least), so its buffers neither run a small heap out of memory nor overflow an array index.
     */
    static final long CHUNK_BYTES = 16L << 20;

    private static final double[] NO_TARGETS = new double[0];

    /** For runs that need not know when output begins. */
    private static final Runnable NOTHING = new Runnable() {
        @Override
        public void run() {}
    };

    private final Network network;
    private final int chunkRows;
    /** Rows predicted so far, over both readers. */
    private long rowsSeen;
    /** Rows whose output is not finite (1-based data rows, header not counted). */
    private final NonFiniteOutput nonFinite = new NonFiniteOutput();

    public BatchPredictor(Network network) {
        this.network = network;
        this.chunkRows = chunkRows(network);
    }

    /** Rows per forward pass for {@code network}: {@link #CHUNK_ROWS}, fewer when its rows are wide. */
    static int chunkRows(Network network) {
        long valuesPerRow = network.inputCount();
        for (int l = 0; l < network.layers().size(); l++) {
            valuesPerRow += 2L * network.layer(l).outputs(); // pre-activations and outputs
        }
        long byMemory = CHUNK_BYTES / (valuesPerRow * Double.BYTES);
        return (int) Math.max(1, Math.min(Math.min(CHUNK_ROWS, byMemory), ForwardTrace.maxRows(network)));
    }

    /** Reads the next row's inputs into {@code x[offset ..]}; false when there are no more. */
    private interface RowSource {
        boolean next(double[] x, int offset);
    }

    /**
     * Predicts every row of {@code file} and writes the results to {@code out} as CSV; returns the
     * number of rows. The CSV header is written only once the file's header fits the network, so a
     * file that cannot be used produces no output. Stops early when {@code out} reports an error (a
     * closed pipe, say).
     *
     * @param fileName the name diagnostics use for the file
     */
    public long run(Path file, String fileName, PrintWriter out) {
        return run(file, fileName, out, NOTHING);
    }

    /**
     * As {@link #run(Path, String, PrintWriter)}, calling {@code beforeOutput} once, just before the
     * first character is written (the CSV header). A failure before that call wrote nothing: the
     * file did not exist, could not be read or did not fit the network, and it was not streamed.
     */
    public long run(Path file, String fileName, PrintWriter out, Runnable beforeOutput) {
        ForwardTrace trace = new ForwardTrace(network, chunkRows);
        CsvPredictionWriter writer = null;
        long done = 0;
        boolean finished = false;
        if (Files.isRegularFile(file)) {
            try (SimpleCsvRows fast = SimpleCsvRows.open(file, wanted())) {
                if (fast != null) {
                    beforeOutput.run();
                    writer = new CsvPredictionWriter(network, out);
                    done = predict((x, offset) -> fast.next(x, offset, NO_TARGETS, 0), fast, trace, writer, out);
                    finished = !fast.stoppedEarly();
                }
            } catch (IOException e) {
                // Unless every row was read, the dsl's reader opens the file again and reports what is wrong.
            }
        }
        if (finished) {
            writer.finish();
            return done;
        }
        DiagnosticList diagnostics = new DiagnosticList();
        return done + goOn(CsvRowReader.open(file, fileName, wanted(), diagnostics), diagnostics, fileName, file, done, trace,
                writer, out, beforeOutput);
    }

    /** As {@link #run(Path, String, PrintWriter)}, reading CSV from a stream (standard input); closes it. */
    public long run(InputStream in, String fileName, PrintWriter out) {
        DiagnosticList diagnostics = new DiagnosticList();
        return goOn(CsvRowReader.open(in, fileName, wanted(), diagnostics), diagnostics, fileName, null, 0,
                new ForwardTrace(network, chunkRows), null, out, NOTHING);
    }

    private ColumnRoles.Wanted wanted() {
        return ColumnRoles.Wanted.inputsOf(network.inputNames());
    }

    /**
     * The dsl's reader from row {@code skip} on (the rows before it were predicted already); returns
     * the rows it predicted.
     *
     * @param opened null when the source could not be used (the diagnostics say why)
     * @param fileName the name diagnostics use for the source
     * @param file the file read, whose bad rows are shown with the messages; null for standard input,
     *     which cannot be read again
     * @param started the writer, or null when nothing was written yet
     * @param beforeOutput called before the first write when {@code started} is null
     */
    private long goOn(CsvRowReader opened, DiagnosticList diagnostics, String fileName, Path file, long skip,
            ForwardTrace trace, CsvPredictionWriter started, PrintWriter out, Runnable beforeOutput) {
        try (CsvRowReader rows = opened) {
            failOn(diagnostics, fileName, file);
            rows.stoppingAtBadRow();
            CsvPredictionWriter writer = started;
            if (writer == null) {
                beforeOutput.run();
                writer = new CsvPredictionWriter(network, out);
            }
            double[] row = new double[network.inputCount()];
            double[] noTargets = new double[0];
            for (long r = 0; r < skip && rows.next(row, noTargets); r++) {
                // Rows the fast reader already predicted.
            }
            RowSource source = (x, offset) -> rows.next(row, noTargets) && !diagnostics.hasErrors()
                    && copy(row, x, offset);
            long done = predict(source, null, trace, writer, out);
            writer.finish();
            failOn(diagnostics, fileName, file);
            return done;
        }
    }

    /**
     * Chunks of rows through the network into the writer. With {@code texts}, a row whose input
     * cells are already in shortest form is written with that text, not formatted again.
     */
    private long predict(RowSource source, SimpleCsvRows texts, ForwardTrace trace, CsvPredictionWriter writer,
            PrintWriter stream) {
        int inputs = network.inputCount();
        int outputs = network.outputCount();
        double[] x = new double[chunkRows * inputs];
        // The chunk's input cells as text, row after row: row r's in [start(r), textEnd[r + 1]), where
        // start(r) is textEnd[r] or -textEnd[r] - 1; a negative end marks a row to format from x.
        char[] inputText = new char[256];
        int[] textEnd = new int[chunkRows + 1];
        long total = 0;
        boolean more = true;
        while (more && !stream.checkError()) {
            int n = 0;
            int length = 0;
            while (n < chunkRows && (more = source.next(x, n * inputs))) {
                int end = -1;
                if (texts != null) {
                    if (inputText.length < length + texts.lineLength() + 1) {
                        inputText = Arrays.copyOf(inputText, Math.max(2 * inputText.length, length + texts.lineLength() + 1));
                    }
                    end = texts.copyInputCells(inputText, length, CopyableCellText::isShortest);
                }
                length = end >= 0 ? end : length;
                textEnd[n + 1] = end >= 0 ? end : -length - 1;
                n++;
            }
            if (n > 0) {
                network.forward(x, n, trace);
                for (int r = 0; r < n; r++) {
                    nonFinite.note(trace.output(), r * outputs, outputs, rowsSeen + r + 1);
                    int end = textEnd[r + 1];
                    if (end >= 0) {
                        int start = textEnd[r] >= 0 ? textEnd[r] : -textEnd[r] - 1;
                        writer.row(inputText, start, end, trace.output(), r * outputs);
                    } else {
                        writer.row(x, r * inputs, trace.output(), r * outputs);
                    }
                }
                total += n;
                rowsSeen += n;
            }
        }
        return total;
    }

    /**
     * The warning for rows whose prediction is not finite, after a run: the results say {@code NaN}
     * or {@code Infinity}, and a reader of a long file should not have to search for it.
     */
    public Optional<String> nanWarning(String fileName) {
        if (!nonFinite.any()) {
            return Optional.empty();
        }
        long more = nonFinite.rows() - 1;
        return Optional.of("nnrun: warning: " + nonFinite.what() + " for data row " + nonFinite.firstRow()
                + " of " + fileName + (more == 0 ? "" : " and " + more + (more == 1 ? " more row" : " more rows"))
                + "; a value overflowed inside the network (--input with --trace shows where)");
    }

    private static boolean copy(double[] row, double[] x, int offset) {
        System.arraycopy(row, 0, x, offset, row.length);
        return true;
    }

    /**
     * Stops the run with the diagnostics, each above the row it points at when {@code file} is given
     * (read again only now, on the way out, so the rows streamed cost nothing extra).
     */
    private static void failOn(DiagnosticList diagnostics, String fileName, Path file) {
        if (diagnostics.hasErrors()) {
            List<Diagnostic> problems = diagnostics.toList();
            String text = file == null ? DiagnosticFormatter.format(problems, null)
                    : DiagnosticFormatter.formatWith(problems, FileLines.of(fileName, file, problems));
            throw new InvalidInputException(text.stripTrailing());
        }
    }

}
