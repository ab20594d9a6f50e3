package dev.nnscript.dsl.diagnostic;

import java.util.Objects;

/**
 * A did-you-mean fix as data: the word written at the diagnostic's position and the known word
 * closest to it, so an editor can replace the one with the other without reading the message.
 *
 * @param written the text as written, starting at the diagnostic's column (its length in code
 *     points is the span to replace)
 * @param suggested the replacement
 */
public record Replacement(String written, String suggested) {

    public Replacement {
        Objects.requireNonNull(written, "written");
        Objects.requireNonNull(suggested, "suggested");
    }
}
