package dev.nnscript.dsl.parser;

import dev.nnscript.dsl.diagnostic.DiagnosticList;
import dev.nnscript.dsl.diagnostic.SourcePosition;
import dev.nnscript.dsl.spec.NonFiniteWords;
import dev.nnscript.dsl.spec.WrittenNumber;
import dev.nnscript.dsl.spec.ParameterSpec;
import dev.nnscript.dsl.spec.SettingSpec;
import dev.nnscript.dsl.spec.SettingValue;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.TerminalNode;

/** Reads numbers, strings and {@code key=value} settings out of the parse tree into spec values. */
final class ValueReader {

    private final Positions positions;
    private final DiagnosticList diagnostics;

    ValueReader(Positions positions, DiagnosticList diagnostics) {
        this.positions = positions;
        this.diagnostics = diagnostics;
    }

    /** A NUMBER token's value; 1e999 becomes infinity here and is reported by the validator. */
    WrittenNumber number(TerminalNode node) {
        String text = node.getText();
        return new WrittenNumber(Double.parseDouble(text), text, positions.of(node));
    }

    List<WrittenNumber> numbers(List<TerminalNode> nodes) {
        List<WrittenNumber> out = new ArrayList<>(nodes.size());
        for (TerminalNode n : nodes) {
            out.add(number(n));
        }
        return out;
    }

    SettingSpec setting(NnScriptParser.SettingContext context) {
        return new SettingSpec(context.key.getText(), value(context.value()), positions.of(context.key));
    }

    List<SettingSpec> settings(List<NnScriptParser.SettingContext> contexts) {
        List<SettingSpec> out = new ArrayList<>(contexts.size());
        for (NnScriptParser.SettingContext c : contexts) {
            out.add(setting(c));
        }
        return out;
    }

    private SettingValue value(NnScriptParser.ValueContext context) {
        SourcePosition at = positions.of(context);
        if (context instanceof NnScriptParser.NumberValueContext n) {
            return new SettingValue.NumberValue(number(n.NUMBER()));
        }
        if (context instanceof NnScriptParser.UnknownValueContext) {
            return new SettingValue.UnknownValue(at);
        }
        if (context instanceof NnScriptParser.ListValueContext list) {
            return new SettingValue.ListValue(entries(list.items), at);
        }
        if (context instanceof NnScriptParser.NumberListValueContext list) {
            return new SettingValue.ListValue(ParameterListSplitter.entries(list.NUMBER_LIST().getSymbol(),
                    positions.fileName()), at);
        }
        if (context instanceof NnScriptParser.StringValueContext s) {
            return new SettingValue.StringValue(string(s.STRING().getSymbol()), at);
        }
        NnScriptParser.WordValueContext word = (NnScriptParser.WordValueContext) context;
        return new SettingValue.WordValue(word.word().getText(), numbers(word.NUMBER()), at);
    }

    private List<ParameterSpec> entries(List<Token> items) {
        List<ParameterSpec> out = new ArrayList<>(items.size());
        for (Token item : items) {
            SourcePosition at = positions.of(item);
            String text = item.getText();
            if (item.getType() == NnScriptLexer.NUMBER) {
                out.add(ParameterSpec.known(new WrittenNumber(Double.parseDouble(text), text, at)));
            } else if (item.getType() == NnScriptLexer.QUESTION) {
                out.add(ParameterSpec.unknown(at));
            } else {
                out.add(NonFiniteWords.value(text).map(v -> ParameterSpec.known(new WrittenNumber(v, text, at)))
                        .orElseGet(() -> {
                            diagnostics.error(at, "expected a number or '?' but found '" + text + "'");
                            return ParameterSpec.unknown(at);
                        }));
            }
        }
        return out;
    }

    /** A STRING token's contents; the escapes are {@code \"} and {@code \\}. */
    String string(Token token) {
        String raw = token.getText();
        StringBuilder out = new StringBuilder(raw.length());
        for (int i = 1; i < raw.length() - 1; i++) {
            char c = raw.charAt(i);
            if (c == '\\') {
                char next = raw.charAt(++i);
                if (next != '"' && next != '\\') {
                    SourcePosition p = positions.of(token);
                    diagnostics.error(new SourcePosition(p.file(), p.line(), p.column() + i - 1),
                            "unknown escape '\\" + next + "' in a string (only \\\" and \\\\ are escapes)");
                }
                out.append(next);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
