package dev.nnscript.cli.data;

import dev.nnscript.cli.InvalidInputException;
import dev.nnscript.cli.text.NumberSyntax;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Streams the input columns of a CSV file with a header row, a chunk of rows at a time, for batch
 * inference: constant memory whatever the file's length. Columns are matched to the network's
 * inputs by name, as the {@code data} statement does; other columns are ignored. Blank lines are
 * skipped. Problems are reported as {@link InvalidInputException}s with file, line and column.
 */
public final class InputCsv {

    private final BufferedReader reader;
    private final String fileName;
    private final int[] columns;
    private final CsvLine fields = new CsvLine();
    private int headerFields;
    private int lineNumber;

    /**
     * Reads the header and matches it to {@code inputNames}.
     *
     * @param fileName the name diagnostics show, such as the path or {@code <stdin>}
     */
    public InputCsv(BufferedReader reader, String fileName, List<String> inputNames) {
        this.reader = reader;
        this.fileName = fileName;
        this.columns = matchHeader(inputNames);
    }

    /**
     * Reads up to {@code maxRows} rows into {@code x}, row-major [rows][inputs] in the network's
     * input order. Returns how many were read; 0 means the file is finished.
     */
    public int read(double[] x, int maxRows) {
        int rows = 0;
        String line;
        while (rows < maxRows && (line = nextLine()) != null) {
            if (line.isBlank()) {
                continue;
            }
            fields.split(line);
            if (fields.count() != headerFields) {
                throw problem(1, "expected " + headerFields + " fields as in the header, found " + fields.count());
            }
            int base = rows * columns.length;
            for (int i = 0; i < columns.length; i++) {
                x[base + i] = number(columns[i]);
            }
            rows++;
        }
        return rows;
    }

    private int[] matchHeader(List<String> inputNames) {
        String header = nextLine();
        if (header == null) {
            throw new InvalidInputException(fileName + ":1:1: error: the file is empty; expected a header row naming "
                    + String.join(", ", inputNames));
        }
        if (header.startsWith("\uFEFF")) {
            header = header.substring(1);
        }
        fields.split(header);
        headerFields = fields.count();
        List<String> names = new ArrayList<>(headerFields);
        for (int f = 0; f < headerFields; f++) {
            names.add(fields.field(f));
        }
        int[] matched = new int[inputNames.size()];
        for (int i = 0; i < matched.length; i++) {
            matched[i] = names.indexOf(inputNames.get(i));
            if (matched[i] < 0) {
                throw problem(1, "no column named '" + inputNames.get(i) + "' (columns: " + String.join(", ", names) + ")");
            }
        }
        return matched;
    }

    private double number(int field) {
        String text = fields.field(field);
        OptionalDouble value = NumberSyntax.parse(text);
        if (value.isEmpty()) {
            throw problem(fields.column(field), "'" + text + "' is not a finite number");
        }
        return value.getAsDouble();
    }

    private String nextLine() {
        try {
            String line = reader.readLine();
            if (line != null) {
                lineNumber++;
            }
            return line;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + fileName, e);
        }
    }

    private InvalidInputException problem(int column, String message) {
        return new InvalidInputException(SourceDiagnostic.render(fileName, lineNumber, column, message, fields.line()));
    }
}
