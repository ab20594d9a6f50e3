package dev.nnscript.examples;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text compared the way an example's expectations are written: the words must be equal, and each
 * number printed must round to the number expected at the precision the expectation writes it.
 * {@code b3 = 2.61} matches {@code b3 = 2.609} and {@code b3 = 2.6089111}; {@code x = 0} matches
 * anything from -0.5 to 0.5; {@code -2.30} matches {@code -2.3}.
 */
final class RoundedText {

    /** Decimal numbers as the CLI and the printer write them: sign, digits, fraction, exponent. */
    static final Pattern NUMBER = Pattern.compile("[-+]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][-+]?\\d+)?");

    /** Alternating parts: text, number, text, number, ..., text (numbers at odd indexes). */
    private final List<String> parts;

    private RoundedText(List<String> parts) {
        this.parts = parts;
    }

    static RoundedText of(String text) {
        List<String> parts = new ArrayList<>();
        Matcher m = NUMBER.matcher(text);
        int end = 0;
        while (m.find()) {
            parts.add(text.substring(end, m.start()));
            parts.add(m.group());
            end = m.end();
        }
        parts.add(text.substring(end));
        return new RoundedText(List.copyOf(parts));
    }

    /** Whether {@code printed} reads as this expected text (see the class comment). */
    boolean matches(String printed) {
        RoundedText other = of(printed);
        if (other.parts.size() != parts.size()) {
            return false;
        }
        for (int i = 0; i < parts.size(); i++) {
            boolean same = i % 2 == 0 ? parts.get(i).equals(other.parts.get(i))
                    : roundsTo(other.parts.get(i), parts.get(i));
            if (!same) {
                return false;
            }
        }
        return true;
    }

    /** Whether the printed number is within half a unit of the expected one's last written digit. */
    static boolean roundsTo(String printed, String expected) {
        BigDecimal e = new BigDecimal(expected.startsWith("+") ? expected.substring(1) : expected);
        BigDecimal p = new BigDecimal(printed.startsWith("+") ? printed.substring(1) : printed);
        BigDecimal halfUnit = e.ulp().divide(BigDecimal.valueOf(2));
        return p.subtract(e).abs().compareTo(halfUnit) <= 0;
    }
}
