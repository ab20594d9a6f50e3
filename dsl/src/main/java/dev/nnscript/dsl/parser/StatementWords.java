package dev.nnscript.dsl.parser;

import dev.nnscript.dsl.diagnostic.Suggestions;
import java.util.List;

/** The statement keywords, and the message for a first word that is none of them. */
public final class StatementWords {

    /** Every statement's first word, in the order docs/language.md lists them. */
    public static final List<String> KEYWORDS = List.of("network", "input", "hidden", "layer", "output", "data",
            "train", "predict", "report");

    private StatementWords() {}

    /** {@code unknown statement 'hiden' (did you mean 'hidden'?)}. */
    public static String unknownStatement(String word) {
        return "unknown statement '" + word + "'" + Suggestions.didYouMean(word, KEYWORDS);
    }
}
