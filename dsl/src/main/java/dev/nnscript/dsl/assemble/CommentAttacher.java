package dev.nnscript.dsl.assemble;

import dev.nnscript.dsl.parser.SourceLayout;
import dev.nnscript.dsl.script.AttachedComments;
import dev.nnscript.dsl.script.CommentAnchor;
import dev.nnscript.dsl.script.SourceComments;
import dev.nnscript.dsl.validate.ValidatedScript;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Attaches a valid script's comments to its statements: comment lines directly above a statement
 * lead it, a comment after code on its line trails it, comments after the last statement end the
 * file, and a top block that a blank line separates from the first statement is the file's header.
 * Runs of blank lines become one; blank lines at the top and bottom are dropped.
 */
public final class CommentAttacher {

    private CommentAttacher() {}

    /** @param validated the script the comments are in, valid */
    public static SourceComments attach(SourceLayout layout, ValidatedScript validated) {
        if (layout.comments().isEmpty() && blankLines(layout) == 0) {
            return SourceComments.NONE;
        }
        Map<Integer, CommentAnchor> anchors = CommentAnchors.of(validated.spec().statements(), validated.layers(),
                layout);
        Map<CommentAnchor, AttachedComments> attached = new LinkedHashMap<>();
        List<String> pending = new ArrayList<>();
        for (int line = 1; line <= layout.lineCount(); line++) {
            String comment = layout.comment(line);
            CommentAnchor anchor = layout.isCode(line) ? anchors.get(line) : null;
            if (anchor != null) {
                AttachedComments here = new AttachedComments(pending, comment);
                AttachedComments before = attached.get(anchor);
                attached.put(anchor, before == null ? here : merge(before, here));
                pending = new ArrayList<>();
            } else if (comment != null) {
                pending.add(comment); // on its own line, or (never in a valid script) after unanchored code
            } else if (layout.isBlank(line) && !(pending.isEmpty() ? attached.isEmpty() : last(pending).isEmpty())) {
                pending.add("");
            }
        }
        while (!pending.isEmpty() && last(pending).isEmpty()) {
            pending.remove(pending.size() - 1);
        }
        return withHeader(attached, pending);
    }

    private static int blankLines(SourceLayout layout) {
        int blank = 0;
        for (int line = 1; line < layout.lineCount(); line++) {
            blank += layout.isBlank(line) ? 1 : 0;
        }
        return blank;
    }

    /** Splits the first statement's leading lines at their last blank line into header and leading. */
    private static SourceComments withHeader(Map<CommentAnchor, AttachedComments> attached, List<String> end) {
        if (attached.isEmpty()) {
            return new SourceComments(List.of(), attached, end);
        }
        Map.Entry<CommentAnchor, AttachedComments> first = attached.entrySet().iterator().next();
        List<String> leading = first.getValue().leading();
        int blank = leading.lastIndexOf("");
        if (blank < 0) {
            return new SourceComments(List.of(), attached, end);
        }
        first.setValue(new AttachedComments(leading.subList(blank + 1, leading.size()), first.getValue().trailing()));
        return new SourceComments(leading.subList(0, blank), attached, end);
    }

    /** Two statements on one anchor cannot happen in a valid script; keep both all the same. */
    private static AttachedComments merge(AttachedComments a, AttachedComments b) {
        List<String> leading = new ArrayList<>(a.leading());
        if (a.trailing() != null) {
            leading.add(a.trailing());
        }
        leading.addAll(b.leading());
        return new AttachedComments(leading, b.trailing());
    }

    private static String last(List<String> lines) {
        return lines.get(lines.size() - 1);
    }
}
