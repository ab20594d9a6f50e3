package dev.nnscript.dsl.print;

import java.math.BigDecimal;

/**
 * A non-zero decimal as sign, significant digits (no leading or trailing zeros) and the power of
 * ten of the first digit: -0.0125 is (true, "125", -2). Reads Java's number layouts and writes the
 * {@code .nn} one.
 */
record DecimalDigits(boolean negative, String digits, int exponent) {

    private static final int PLAIN_MIN_EXPONENT = -3;
    private static final int PLAIN_MAX_EXPONENT = 6;

    int digitCount() { return digits.length(); }

    /** From Java's layouts: {@code -123.45}, {@code 1.0E-5}, {@code 9.9E-324} (a non-zero value). */
    static DecimalDigits parse(String text) {
        boolean negative = text.charAt(0) == '-';
        StringBuilder digits = new StringBuilder(text.length());
        int beforePoint = -1;
        int i = negative ? 1 : 0;
        for (; i < text.length() && text.charAt(i) != 'E'; i++) {
            char c = text.charAt(i);
            if (c == '.') {
                beforePoint = digits.length();
            } else {
                digits.append(c);
            }
        }
        int power = i < text.length() ? Integer.parseInt(text, i + 1, text.length(), 10) : 0;
        int exponent = (beforePoint < 0 ? digits.length() : beforePoint) - 1 + power;
        int first = 0;
        while (digits.charAt(first) == '0') {
            first++;
        }
        int end = digits.length();
        while (digits.charAt(end - 1) == '0') {
            end--;
        }
        return new DecimalDigits(negative, digits.substring(first, end), exponent - first);
    }

    /** From a non-zero BigDecimal. */
    static DecimalDigits of(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return new DecimalDigits(stripped.signum() < 0, stripped.unscaledValue().abs().toString(),
                stripped.precision() - stripped.scale() - 1);
    }

    /** Plain notation for 1e-3 <= |x| < 1e7, otherwise {@code d.ddde-N}; no trailing {@code .0}. */
    String render() {
        StringBuilder out = new StringBuilder(digits.length() + 8);
        if (negative) {
            out.append('-');
        }
        if (exponent < PLAIN_MIN_EXPONENT || exponent > PLAIN_MAX_EXPONENT) {
            out.append(digits.charAt(0));
            if (digits.length() > 1) {
                out.append('.').append(digits, 1, digits.length());
            }
            return out.append('e').append(exponent).toString();
        }
        if (exponent < 0) {
            out.append("0.");
            for (int k = -1; k > exponent; k--) {
                out.append('0');
            }
            return out.append(digits).toString();
        }
        int whole = exponent + 1;
        if (digits.length() <= whole) {
            out.append(digits);
            for (int k = digits.length(); k < whole; k++) {
                out.append('0');
            }
            return out.toString();
        }
        return out.append(digits, 0, whole).append('.').append(digits, whole, digits.length()).toString();
    }
}
