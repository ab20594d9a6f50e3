package dev.nnscript.dsl.diagnostic;

import java.util.Collection;
import java.util.Optional;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * "Did you mean" suggestions: the closest known word by edit distance, when it is close enough to
 * be a plausible typo (at most 2 edits, and fewer edits than the word has letters).
 */
public final class Suggestions {

    private static final int MAX_EDITS = 2;
    private static final LevenshteinDistance DISTANCE = new LevenshteinDistance(MAX_EDITS);

    private Suggestions() {}

    /** The closest candidate; ties go to the earlier one in {@code candidates}. */
    public static Optional<String> closest(String word, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        String lower = word.toLowerCase(java.util.Locale.ROOT);
        for (String candidate : candidates) {
            // -1 means "more than MAX_EDITS"; case differences count as no edit.
            int d = DISTANCE.apply(lower, candidate.toLowerCase(java.util.Locale.ROOT));
            if (d >= 0 && d < bestDistance && d < word.length() && !candidate.equals(word)) {
                best = candidate;
                bestDistance = d;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * As {@link #didYouMean}, for names that must match exactly (data columns, class labels): when
     * the suggestion differs only in case, {@code " (did you mean 'setosa'? case matters)"}.
     */
    public static String didYouMeanName(String word, Collection<String> candidates) {
        return closest(word, candidates).map(s -> " (did you mean '" + s + "'?"
                + (s.equalsIgnoreCase(word) ? " case matters)" : ")")).orElse("");
    }

    /** The fix {@link #didYouMean} offers for {@code word}, as data, or null when it offers none. */
    public static Replacement replacement(String word, Collection<String> candidates) {
        return closest(word, candidates).map(s -> new Replacement(word, s)).orElse(null);
    }

    /** {@code " (did you mean 'x'?)"} or the empty string, ready to append to a message. */
    public static String didYouMean(String word, Collection<String> candidates) {
        return closest(word, candidates).map(s -> " (did you mean '" + s + "'?)").orElse("");
    }
}
