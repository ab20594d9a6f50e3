package dev.nnscript.dsl.script;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A script's comments and blank lines, kept so that formatting never loses what the user wrote.
 *
 * <p>Lines are comment texts starting with {@code #} (trailing spaces removed) or {@code ""} for a
 * blank line (runs of blank lines count as one).
 *
 * @param header the comments at the top of the file that a blank line separates from the first
 *     statement; printed first, then one blank line
 * @param attached each statement's comments, by the canonical line they belong to, in source order
 * @param end the comments after the last statement (no blank at the end)
 */
public record SourceComments(List<String> header, Map<CommentAnchor, AttachedComments> attached, List<String> end) {

    /** A network built in code or a Groovy script: nothing to keep. */
    public static final SourceComments NONE = new SourceComments(List.of(), Map.of(), List.of());

    public SourceComments {
        header = List.copyOf(header);
        attached = Collections.unmodifiableMap(new LinkedHashMap<>(attached));
        end = List.copyOf(end);
    }

    public boolean isEmpty() {
        return header.isEmpty() && end.isEmpty() && attached.values().stream().allMatch(AttachedComments::isEmpty);
    }

    /** The comments of one line, or none. */
    public AttachedComments at(CommentAnchor anchor) {
        return attached.getOrDefault(anchor, new AttachedComments(List.of(), null));
    }
}
