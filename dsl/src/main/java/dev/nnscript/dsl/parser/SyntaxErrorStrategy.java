package dev.nnscript.dsl.parser;

import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.InputMismatchException;
import org.antlr.v4.runtime.NoViableAltException;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.IntervalSet;

/**
 * ANTLR's recovery (resynchronise at the end of the line, go on with the next statement) with the
 * language's own wording: every syntax error reads "expected X but found Y", except for a few
 * cases that deserve a precise message (see {@link SyntaxMessages}).
 */
final class SyntaxErrorStrategy extends DefaultErrorStrategy {

    @Override
    protected void reportNoViableAlternative(Parser parser, NoViableAltException e) {
        report(parser, e.getOffendingToken(), parser.getExpectedTokens(), e);
    }

    @Override
    protected void reportInputMismatch(Parser parser, InputMismatchException e) {
        report(parser, e.getOffendingToken(), e.getExpectedTokens(), e);
    }

    @Override
    protected void reportFailedPredicate(Parser parser, org.antlr.v4.runtime.FailedPredicateException e) {
        // The grammar has no predicates; kept so that no default English message can leak out.
        report(parser, e.getOffendingToken(), parser.getExpectedTokens(), e);
    }

    @Override
    protected void reportUnwantedToken(Parser parser) {
        if (inErrorRecoveryMode(parser)) {
            return;
        }
        beginErrorCondition(parser);
        report(parser, parser.getCurrentToken(), getExpectedTokens(parser), null);
    }

    @Override
    protected void reportMissingToken(Parser parser) {
        if (inErrorRecoveryMode(parser)) {
            return;
        }
        beginErrorCondition(parser);
        report(parser, parser.getCurrentToken(), getExpectedTokens(parser), null);
    }

    private void report(Parser parser, Token found, IntervalSet expected, RecognitionException e) {
        SyntaxMessages.Located message = SyntaxMessages.describe(parser, found, expected);
        parser.notifyErrorListeners(message.token(), message.text(), e);
    }
}
