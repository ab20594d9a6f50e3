package dev.nnscript.dsl.parser;

import java.util.Set;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ErrorNode;
import org.antlr.v4.runtime.tree.ParseTree;

/** Questions about parse trees after error recovery. */
final class SyntaxTrees {

    private SyntaxTrees() {}

    /**
     * True when error recovery touched this subtree (a rule ended by an exception, or a token was
     * inserted or skipped). The grammar does not recurse, so the walk is a few levels deep.
     */
    static boolean hasSyntaxError(ParserRuleContext statement, Set<Integer> errorLines) {
        // Recovery may hang skipped tokens on the enclosing rule, so the lines of reported errors
        // are checked as well as the subtree.
        int first = statement.getStart().getLine();
        int last = statement.getStop() == null ? first : Math.max(first, statement.getStop().getLine());
        for (int line = first; line <= last; line++) {
            if (errorLines.contains(line)) {
                return true;
            }
        }
        return hasSyntaxError(statement);
    }

    private static boolean hasSyntaxError(ParseTree tree) {
        if (tree instanceof ErrorNode) {
            return true;
        }
        if (tree instanceof ParserRuleContext context) {
            if (context.exception != null) {
                return true;
            }
            for (int i = 0; i < context.getChildCount(); i++) {
                if (hasSyntaxError(context.getChild(i))) {
                    return true;
                }
            }
        }
        return false;
    }
}
