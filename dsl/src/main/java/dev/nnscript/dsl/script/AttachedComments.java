package dev.nnscript.dsl.script;

import java.util.List;

/**
 * The comments of one statement.
 *
 * @param leading the lines directly above the statement, in order: comment texts (each starting
 *     with {@code #}) and {@code ""} for a blank line, never two blanks in a row
 * @param trailing the comment after the statement on its own line, or null
 */
public record AttachedComments(List<String> leading, String trailing) {

    public AttachedComments {
        leading = List.copyOf(leading);
        for (String line : leading) {
            if (!line.isEmpty() && !line.startsWith("#")) {
                throw new IllegalArgumentException("a leading line is a comment or blank, not '" + line + "'");
            }
        }
        if (trailing != null && !trailing.startsWith("#")) {
            throw new IllegalArgumentException("a trailing comment starts with '#', not '" + trailing + "'");
        }
    }

    public boolean isEmpty() {
        return trailing == null && leading.stream().allMatch(String::isEmpty);
    }
}
