package dev.nnscript.dsl.print;

import dev.nnscript.dsl.script.AttachedComments;
import dev.nnscript.dsl.script.CommentAnchor;
import dev.nnscript.dsl.script.SourceComments;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes canonical lines with their comments: each line's leading comments above it, its trailing
 * comment two spaces after it, at most one blank line in a row and none at the top or bottom.
 *
 * <p>A statement whose line is not printed as written (training wrote out a whole layer node by
 * node, two train lines became one) has its comments, trailing ones on their own lines, printed
 * above the line that took its place; anything still unprinted goes before the file's end
 * comments, so no comment is ever dropped.
 */
final class CommentWriter {

    private final StringBuilder out;
    private final SourceComments comments;
    private final Set<CommentAnchor> printed = new HashSet<>();
    private boolean afterBlank = true; // the top of the file counts as blank: no blank line first

    CommentWriter(StringBuilder out, SourceComments comments) {
        this.out = out;
        this.comments = comments;
        if (!comments.header().isEmpty()) {
            lines(comments.header());
            blank();
        }
    }

    /**
     * One canonical line that stands for several statements ({@code anchor}'s and {@code merged}):
     * node lines printed as one whole-layer line, train lines printed as one. When just one of
     * them has comments, it owns the line, so a one-node layer keeps its trailing comment;
     * otherwise the others' comments go above.
     */
    void merged(CharSequence text, CommentAnchor anchor, List<CommentAnchor> merged) {
        List<CommentAnchor> commented = unprinted(merged, anchor);
        if (commented.size() == 1 && !comments.attached().containsKey(anchor)) {
            printed.add(anchor);
            line(text, commented.get(0), List.of());
        } else {
            line(text, anchor, commented);
        }
    }

    /** One canonical line owned by {@code anchor}, after the comments of {@code above}. */
    void line(CharSequence text, CommentAnchor anchor, List<CommentAnchor> above) {
        for (CommentAnchor other : unprinted(above, anchor)) {
            printed.add(other);
            allAbove(comments.at(other));
        }
        AttachedComments own = printed.add(anchor) ? comments.at(anchor) : new AttachedComments(List.of(), null);
        lines(own.leading());
        out.append(text);
        if (own.trailing() != null) {
            out.append("  ").append(own.trailing());
        }
        out.append('\n');
        afterBlank = false;
    }

    private List<CommentAnchor> unprinted(List<CommentAnchor> anchors, CommentAnchor except) {
        return anchors.stream()
                .filter(a -> !a.equals(except) && comments.attached().containsKey(a) && !printed.contains(a))
                .toList();
    }

    void line(CharSequence text, CommentAnchor anchor) {
        line(text, anchor, List.of());
    }

    /** The anchors of one kind that have comments, in source order (two train lines print as one). */
    List<CommentAnchor> all(CommentAnchor.Kind kind) {
        return comments.attached().keySet().stream().filter(a -> a.kind() == kind).toList();
    }

    /** Comments not printed yet, then the file's end comments; call once, last. */
    void finish() {
        for (var entry : comments.attached().entrySet()) {
            if (printed.add(entry.getKey())) {
                allAbove(entry.getValue());
            }
        }
        lines(comments.end());
        if (afterBlank && out.length() > 1 && out.charAt(out.length() - 2) == '\n') {
            out.setLength(out.length() - 1);
        }
    }

    /** Leading and trailing comments alike on their own lines, for a statement not printed as written. */
    private void allAbove(AttachedComments c) {
        lines(c.leading());
        if (c.trailing() != null) {
            comment(c.trailing());
        }
    }

    private void lines(List<String> lines) {
        for (String line : lines) {
            if (line.isEmpty()) {
                blank();
            } else {
                comment(line);
            }
        }
    }

    private void comment(String text) {
        out.append(text).append('\n');
        afterBlank = false;
    }

    private void blank() {
        if (!afterBlank) {
            out.append('\n');
            afterBlank = true;
        }
    }
}
