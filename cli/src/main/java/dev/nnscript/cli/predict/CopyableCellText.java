package dev.nnscript.cli.predict;

/**
 * Recognises cell text that is already the shortest round-trip form the CSV writer would print for
 * its value, so batch inference can copy the text instead of formatting the number again (half its
 * per-row work: the input is echoed beside the output).
 *
 * <p>The forms taken: {@code -?(0|[1-9][0-9]*)(\.[0-9]*[1-9])?} in the writer's plain range
 * (first significant digit from 10^-3 to 10^6) with at most 15 significant digits. Any two decimals
 * of at most 15 significant digits in the normal range parse to different doubles (a double carries
 * 15 decimal digits), so no shorter or closer decimal gives the same value: this text is the one
 * the writer would print. Everything else is formatted as usual.
 */
final class CopyableCellText {

    private static final int MAX_SIGNIFICANT_DIGITS = 15;
    private static final int MAX_WHOLE_DIGITS = 7;
    private static final int MAX_LEADING_FRACTION_ZEROS = 2;

    private CopyableCellText() {}

    /** True when ASCII {@code bytes[from..to)} is a number in the form the writer prints for it. */
    static boolean isShortest(byte[] bytes, int from, int to) {
        int i = from;
        if (i < to && bytes[i] == '-') {
            i++;
        }
        int wholeStart = i;
        while (i < to && isDigit(bytes[i])) {
            i++;
        }
        int whole = i - wholeStart;
        boolean zeroWhole = whole == 1 && bytes[wholeStart] == '0';
        if (whole == 0 || whole > MAX_WHOLE_DIGITS || (whole > 1 && bytes[wholeStart] == '0')) {
            return false;
        }
        if (i == to) {
            return true;
        }
        if (bytes[i] != '.' || bytes[to - 1] == '0' || to - i < 2) {
            return false;
        }
        int fractionStart = ++i;
        while (i < to && isDigit(bytes[i])) {
            i++;
        }
        if (i != to) {
            return false;
        }
        if (!zeroWhole) {
            return whole + (to - fractionStart) <= MAX_SIGNIFICANT_DIGITS;
        }
        int leadingZeros = 0;
        while (bytes[fractionStart + leadingZeros] == '0') {
            leadingZeros++;
        }
        return leadingZeros <= MAX_LEADING_FRACTION_ZEROS && to - fractionStart - leadingZeros <= MAX_SIGNIFICANT_DIGITS;
    }

    private static boolean isDigit(byte b) {
        return b >= '0' && b <= '9';
    }
}
