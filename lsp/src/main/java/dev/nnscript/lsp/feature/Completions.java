package dev.nnscript.lsp.feature;

import dev.nnscript.core.activation.Activations;
import dev.nnscript.dsl.data.DataOptionsReader;
import dev.nnscript.dsl.parser.StatementWords;
import dev.nnscript.dsl.script.InitChoice;
import dev.nnscript.dsl.script.LossKind;
import dev.nnscript.dsl.script.OptimizerKind;
import dev.nnscript.dsl.script.ReportKind;
import dev.nnscript.dsl.validate.TrainingSettingsReader;
import dev.nnscript.lsp.analysis.Analysis;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionItemKind;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/**
 * What may be typed at the cursor, read from the line so far (it works while the script is broken):
 * a statement keyword first on a line; activations after {@code hidden} or an output's name;
 * {@code w=}, {@code b=}, {@code init=} and {@code freeze} after the activation; training settings
 * and their values on a {@code train} line; input, output and data column names and the data
 * options on a {@code data} line; report kinds on a {@code report} line. Every list comes from the
 * dsl's own lists, so a new word there shows here.
 */
public final class Completions {

    private Completions() {}

    public static List<CompletionItem> at(Analysis analysis, Position position) {
        String line = analysis.lines().line(position.getLine());
        String before = line.substring(0, Math.min(position.getCharacter(), line.length()));
        if (before.indexOf('#') >= 0) {
            return List.of();
        }
        int start = before.length();
        while (start > 0 && isWordPart(before.charAt(start - 1))) {
            start--;
        }
        Range replaced = new Range(new Position(position.getLine(), start), position);
        String[] words = before.substring(0, start).trim().split("[\\s,]+");
        if (words.length == 1 && words[0].isEmpty()) {
            return items(replaced, CompletionItemKind.Keyword, StatementWords.KEYWORDS, "");
        }
        int equals = before.lastIndexOf('=');
        boolean afterEquals = equals >= 0 && equals == start - 1;
        String key = afterEquals ? lastWord(before.substring(0, equals)) : null;
        return switch (words[0]) {
            case "hidden", "output" -> afterEquals ? values(replaced, key, analysis) : node(replaced, words);
            case "train" -> afterEquals ? values(replaced, key, analysis)
                    : items(replaced, CompletionItemKind.Property, TrainingSettingsReader.KEYS, "=");
            case "data" -> afterEquals ? values(replaced, key, analysis) : dataLine(replaced, analysis);
            case "report" -> items(replaced, CompletionItemKind.EnumMember, ReportKind.NAMES, "");
            default -> List.of();
        };
    }

    /** After {@code hidden [SIZE]} or {@code output NAME}: an activation, then the node's settings. */
    private static List<CompletionItem> node(Range replaced, String[] words) {
        for (int i = 1; i < words.length; i++) {
            if (Activations.NAMES.contains(words[i].replaceAll("\\(.*", ""))) {
                List<CompletionItem> after = items(replaced, CompletionItemKind.Property,
                        StatementWords.NODE_SETTINGS, "=");
                after.addAll(items(replaced, CompletionItemKind.Keyword, List.of("freeze"), ""));
                return after;
            }
        }
        boolean nameFirst = words[0].equals("output") && words.length == 1;
        return nameFirst ? List.of() : items(replaced, CompletionItemKind.Function, Activations.NAMES, "");
    }

    private static List<CompletionItem> dataLine(Range replaced, Analysis analysis) {
        Set<String> names = new LinkedHashSet<>(ScriptNames.inputsAndOutputs(analysis));
        names.addAll(ScriptNames.dataColumns(analysis));
        List<CompletionItem> all = items(replaced, CompletionItemKind.Variable, List.copyOf(names), "");
        all.addAll(items(replaced, CompletionItemKind.Property, DataOptionsReader.KEYS, "="));
        return all;
    }

    private static List<CompletionItem> values(Range replaced, String key, Analysis analysis) {
        List<String> values = switch (key) {
            case "loss" -> LossKind.NAMES;
            case "optimizer" -> OptimizerKind.NAMES;
            case "shuffle" -> List.of("true", "false");
            case "init" -> InitChoice.NAMES;
            case "scale" -> List.of("minmax");
            case "label" -> ScriptNames.dataColumns(analysis);
            default -> List.of();
        };
        return items(replaced, CompletionItemKind.Value, values, "");
    }

    private static List<CompletionItem> items(Range replaced, CompletionItemKind kind, List<String> words,
            String suffix) {
        List<CompletionItem> items = new ArrayList<>();
        for (String word : words) {
            CompletionItem item = new CompletionItem(word + suffix);
            item.setKind(kind);
            item.setTextEdit(Either.forLeft(new TextEdit(replaced, word + suffix)));
            items.add(item);
        }
        return items;
    }

    private static String lastWord(String text) {
        int end = text.length();
        int start = end;
        while (start > 0 && isWordPart(text.charAt(start - 1))) {
            start--;
        }
        return text.substring(start, end);
    }

    private static boolean isWordPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '-';
    }
}
