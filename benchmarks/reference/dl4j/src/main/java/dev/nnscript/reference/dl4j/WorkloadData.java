package dev.nnscript.reference.dl4j;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Reads the W4 and W5 data in the forms compare.sh provides, as the nnscript driver does. */
final class WorkloadData {

    static final int DIGIT_PIXELS = 64;
    static final int DIGIT_CLASSES = 10;
    static final int WIDE_COLUMNS = 784;
    static final int WIDE_CLASSES = 10;

    /** Row-major inputs [rows][columns] and one class index per row. */
    record LabeledRows(double[] x, int[] labels, int columns, int classes) {
        int rows() {
            return labels.length;
        }
    }

    private WorkloadData() {}

    /** shared/data/digits.csv: a header, then rows of 64 pixels (0..16) and the digit; pixels / 16. */
    static LabeledRows digits(Path csv) throws IOException {
        List<String> lines = Files.readAllLines(csv);
        int rows = lines.size() - 1;
        double[] x = new double[rows * DIGIT_PIXELS];
        int[] labels = new int[rows];
        for (int r = 0; r < rows; r++) {
            String[] cells = lines.get(r + 1).split(",");
            if (cells.length != DIGIT_PIXELS + 1) {
                throw new IOException(csv + ":" + (r + 2) + ": expected " + (DIGIT_PIXELS + 1) + " columns");
            }
            for (int c = 0; c < DIGIT_PIXELS; c++) {
                x[r * DIGIT_PIXELS + c] = Double.parseDouble(cells[c]) / 16.0;
            }
            labels[r] = Integer.parseInt(cells[DIGIT_PIXELS].trim());
        }
        return new LabeledRows(x, labels, DIGIT_PIXELS, DIGIT_CLASSES);
    }

    /** make_w5_data.py's x.f64 (little-endian float64, [rows][784]) and y.i32 (little-endian int32). */
    static LabeledRows wide(Path dir) throws IOException {
        ByteBuffer xBytes = ByteBuffer.wrap(Files.readAllBytes(dir.resolve("x.f64"))).order(ByteOrder.LITTLE_ENDIAN);
        ByteBuffer yBytes = ByteBuffer.wrap(Files.readAllBytes(dir.resolve("y.i32"))).order(ByteOrder.LITTLE_ENDIAN);
        double[] x = new double[xBytes.remaining() / Double.BYTES];
        xBytes.asDoubleBuffer().get(x);
        int[] labels = new int[yBytes.remaining() / Integer.BYTES];
        yBytes.asIntBuffer().get(labels);
        return new LabeledRows(x, labels, WIDE_COLUMNS, WIDE_CLASSES);
    }
}
