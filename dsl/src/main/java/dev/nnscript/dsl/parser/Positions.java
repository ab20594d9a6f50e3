package dev.nnscript.dsl.parser;

import dev.nnscript.dsl.diagnostic.SourcePosition;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.TerminalNode;

/** Source positions of tokens and rules; ANTLR columns are 0-based, ours 1-based. */
final class Positions {

    private final String fileName;

    Positions(String fileName) {
        this.fileName = fileName;
    }

    String fileName() {
        return fileName;
    }

    SourcePosition of(Token token) {
        return new SourcePosition(fileName, Math.max(1, token.getLine()), token.getCharPositionInLine() + 1);
    }

    SourcePosition of(TerminalNode node) {
        return of(node.getSymbol());
    }

    SourcePosition of(ParserRuleContext context) {
        return of(context.getStart());
    }
}
