package dev.nnscript.dsl.parser;

import dev.nnscript.dsl.diagnostic.DiagnosticList;
import dev.nnscript.dsl.diagnostic.SourcePosition;
import dev.nnscript.dsl.spec.Limits;
import dev.nnscript.dsl.spec.NameSpec;
import java.math.BigInteger;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Expands a name range such as {@code p0..p63} (both ends inclusive) into the names it stands for.
 * Every check runs before any name is made, so a range too long for one layer allocates nothing.
 * One instance serves one name list, so the limit applies to the whole list, not each range.
 */
final class NameRanges {

    /**
     * Compiled on first use, not when a name list is read: most scripts have no range, and compiling
     * these was about a twentieth of a one-shot {@code nnrun} run.
     */
    private static final class Patterns {
        /** A range end: a prefix (possibly empty), then a whole number, the longest digit run at the end. */
        static final Pattern END = Pattern.compile("(.*?)([0-9]+)");
        static final Pattern NAME_START = Pattern.compile("[a-zA-Z_].*");
    }

    private final boolean prefixRequired;
    private final DiagnosticList diagnostics;
    private long listed;

    /**
     * @param prefixRequired true for input names (they start with a letter or '_'); false for output
     *        names, which may be whole numbers ({@code 0..9})
     */
    NameRanges(boolean prefixRequired, DiagnosticList diagnostics) {
        this.prefixRequired = prefixRequired;
        this.diagnostics = diagnostics;
    }

    /** Counts a plain name towards the list's size limit. */
    void single() {
        listed++;
    }

    /**
     * Adds the range's names to {@code out}, or reports why it is not a range and adds nothing.
     *
     * @return whether the range was read
     */
    boolean expand(String text, SourcePosition at, List<NameSpec> out) {
        int dots = text.indexOf("..");
        Matcher first = Patterns.END.matcher(text.substring(0, dots));
        Matcher last = Patterns.END.matcher(text.substring(dots + 2));
        String problem = formProblem(text, first, last);
        if (problem != null) {
            diagnostics.error(at, problem);
            return false;
        }
        String prefix = first.group(1);
        BigInteger from = new BigInteger(first.group(2));
        BigInteger to = new BigInteger(last.group(2));
        if (from.compareTo(to) > 0) {
            diagnostics.error(at, "a range counts up, so '" + text + "' should be '" + prefix + to + ".." + prefix
                    + from + "'");
            return false;
        }
        BigInteger total = to.subtract(from).add(BigInteger.valueOf(listed + 1));
        if (total.compareTo(BigInteger.valueOf(Limits.MAX_LAYER_WIDTH)) > 0) {
            diagnostics.error(at, "'" + text + "' makes " + total + " names in this list, more than the "
                    + Limits.MAX_LAYER_WIDTH + " one layer may have");
            return false;
        }
        listed = total.longValueExact();
        for (BigInteger n = from; n.compareTo(to) <= 0; n = n.add(BigInteger.ONE)) {
            out.add(new NameSpec(prefix + n, at));
        }
        return true;
    }

    /** What is wrong with how the range is written (its ends, not their values), or null. */
    private String formProblem(String text, Matcher first, Matcher last) {
        if (!first.matches() || !last.matches()) {
            return "a range counts from one whole number to another, as in p0..p63, not '" + text + "'";
        }
        String prefix = first.group(1);
        if (!prefix.equals(last.group(1))) {
            return "both ends of a range must have the same prefix, not '" + prefix + "' and '" + last.group(1)
                    + "' in '" + text + "'";
        }
        if (!Patterns.NAME_START.matcher(prefix).matches() && (prefixRequired || !prefix.isEmpty())) {
            return "the names in '" + text + "' must start with a letter or '_'"
                    + (prefixRequired ? "" : ", or be whole numbers");
        }
        if (hasLeadingZero(first.group(2)) || hasLeadingZero(last.group(2))) {
            return "the numbers of a range are written without leading zeros, not '" + text + "'";
        }
        return null;
    }

    private static boolean hasLeadingZero(String digits) {
        return digits.length() > 1 && digits.charAt(0) == '0';
    }
}
