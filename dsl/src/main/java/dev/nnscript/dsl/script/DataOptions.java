package dev.nnscript.dsl.script;

/**
 * Options of a {@code data} line. Null fields were not given.
 *
 * @param label the column holding class labels ({@code label=species})
 * @param holdout the share of rows held out for evaluation, in [0, 1)
 * @param scale {@code minmax}, or null for none
 */
public record DataOptions(String label, Double holdout, String scale) {

    public static final DataOptions NONE = new DataOptions(null, null, null);

    public boolean scalesMinMax() {
        return "minmax".equals(scale);
    }

    public double holdoutOrZero() {
        return holdout == null ? 0.0 : holdout;
    }
}
