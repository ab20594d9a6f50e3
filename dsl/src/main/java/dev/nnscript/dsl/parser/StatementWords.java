package dev.nnscript.dsl.parser;

import dev.nnscript.dsl.diagnostic.Replacement;
import dev.nnscript.dsl.diagnostic.Suggestions;
import java.util.List;

/** The statement keywords, and the message for a first word that is none of them. */
public final class StatementWords {

    /** Every statement's first word, in the order docs/language.md lists them. */
    public static final List<String> KEYWORDS = List.of("network", "input", "hidden", "layer", "output", "data",
            "train", "predict", "report");

    /** The settings a node line takes ({@code w=}, {@code b=}, {@code init=}), for editors' completion. */
    public static final List<String> NODE_SETTINGS = NodeParameters.KEYS;

    private StatementWords() {}

    /** {@code unknown statement 'hiden' (did you mean 'hidden'?)}. */
    public static String unknownStatement(String word) {
        return "unknown statement '" + word + "'" + Suggestions.didYouMean(word, KEYWORDS);
    }

    /** The fix {@link #unknownStatement} offers, as data, or null. */
    public static Replacement replacement(String word) {
        return Suggestions.replacement(word, KEYWORDS);
    }
}
