package dev.nnscript.core.loss;

/**
 * How a loss turns its per-value terms into one number for a batch of rows x width values. The
 * batch's total (the sum of its terms) is the loss times {@link #terms}; StatQuest quotes totals.
 */
public enum Reduction {

    /** The sum of the terms (ssr). */
    SUM,
    /** The mean over rows, each row's terms summed first (cross-entropy). */
    MEAN_OVER_ROWS,
    /** The mean over every value of every row (mse, mae, binary cross-entropy). */
    MEAN_OVER_VALUES;

    /** How many terms the loss divides the total by: 1 for a sum. */
    public long terms(int rows, int width) {
        return switch (this) {
            case SUM -> 1;
            case MEAN_OVER_ROWS -> rows;
            case MEAN_OVER_VALUES -> (long) rows * width;
        };
    }
}
