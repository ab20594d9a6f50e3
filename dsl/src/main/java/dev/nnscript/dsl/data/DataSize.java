package dev.nnscript.dsl.data;

import java.util.Locale;
import java.util.Optional;

/**
 * Whether a data file's rows can be held in memory for training, judged from its size before its
 * rows are stored: rows are estimated from the file's length and the length of the rows read so
 * far, and each stored value takes 8 bytes.
 */
final class DataSize {

    /** Rows read before estimating; enough for a fair average length, cheap to hold. */
    static final int SAMPLE_ROWS = 1000;

    /**
     * Peak memory per stored value while loading, in doubles: the growing array and its doubled copy,
     * then the trimmed data set, then a training part and a scaled copy.
     */
    private static final int COPIES = 3;

    /** One data set's arrays are indexed by int; a little below Integer.MAX_VALUE for array headers. */
    static final long MAX_VALUES = Integer.MAX_VALUE - 8;

    private DataSize() {}

    /**
     * Empty when about {@code fileChars / (charsRead / rowsRead)} rows of {@code width} values fit in
     * {@code budgetBytes}; otherwise the message saying why not.
     *
     * @param charsRead characters from the file's start to the last row read (header included)
     */
    static Optional<String> refusal(long fileChars, long charsRead, long rowsRead, int width, long budgetBytes) {
        double charsPerRow = Math.max(1.0, (double) charsRead / (rowsRead + 1));
        long rows = (long) Math.ceil(fileChars / charsPerRow);
        double values = (double) rows * width;
        double bytes = values * Double.BYTES * COPIES;
        if (values > MAX_VALUES) {
            return Optional.of("the data file is too large to load for training: about " + rows + " rows of "
                    + width + " values, more than the " + MAX_VALUES + " values one data set can hold; "
                    + "use fewer rows");
        }
        if (bytes > budgetBytes) {
            return Optional.of("the data file is too large to load for training: about " + rows + " rows of "
                    + width + " values need about " + readable(bytes) + " of memory, but only "
                    + readable(budgetBytes) + " is free; use fewer rows or give Java more memory (-Xmx)");
        }
        return Optional.empty();
    }

    /**
     * Empty when growing the row arrays from {@code capacityValues} to {@code grownValues} (both
     * held while copying) fits in {@code budgetBytes}; otherwise the message saying why not. Checked
     * at every growth, so rows shorter than the first ones (which made the estimate) cannot run
     * memory out.
     */
    static Optional<String> growthRefusal(long rowsRead, int width, long capacityValues, long grownValues,
            long budgetBytes) {
        double bytes = (double) (capacityValues + grownValues) * Double.BYTES;
        if (bytes <= budgetBytes) {
            return Optional.empty();
        }
        return Optional.of("the data file is too large to load for training: its first " + rowsRead + " rows of "
                + width + " values already need about " + readable(bytes) + " of memory, but only "
                + readable(budgetBytes) + " is free; use fewer rows or give Java more memory (-Xmx)");
    }

    /** The memory this Java process may still use for new data, in bytes. */
    static long freeMemory() {
        Runtime runtime = Runtime.getRuntime();
        return runtime.maxMemory() - (runtime.totalMemory() - runtime.freeMemory());
    }

    /** Bytes in KB, MB or GB (binary units), as people read memory sizes. */
    static String readable(double bytes) {
        double kb = bytes / 1024;
        if (kb < 1024) {
            return String.format(Locale.ROOT, "%.0f KB", kb);
        }
        double mb = kb / 1024;
        return mb < 1024 ? String.format(Locale.ROOT, "%.0f MB", mb) : String.format(Locale.ROOT, "%.1f GB", mb / 1024);
    }
}
