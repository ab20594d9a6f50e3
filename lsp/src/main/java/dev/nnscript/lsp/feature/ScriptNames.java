package dev.nnscript.lsp.feature;

import dev.nnscript.dsl.parser.NnScriptLexer;
import dev.nnscript.dsl.script.DataSource;
import dev.nnscript.lsp.analysis.Analysis;
import dev.nnscript.lsp.analysis.Analyzer;
import dev.nnscript.lsp.analysis.ScriptTokens;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.antlr.v4.runtime.Token;

/**
 * Names a script uses, read from its tokens so they are there while the script is broken: the
 * input names ({@code input a, b}) and output names ({@code output y ...}), and the header of the
 * CSV file its {@code data "file.csv"} line names.
 */
final class ScriptNames {

    private ScriptNames() {}

    static List<String> inputsAndOutputs(Analysis analysis) {
        Set<String> names = new LinkedHashSet<>();
        int statement = -1;
        int line = -1;
        int position = 0;
        for (Token t : ScriptTokens.of(analysis.text()).all()) {
            if (t.getChannel() != Token.DEFAULT_CHANNEL) {
                continue;
            }
            if (t.getLine() != line) {
                line = t.getLine();
                statement = t.getType();
                position = 0;
                continue;
            }
            position++;
            boolean name = t.getType() == NnScriptLexer.IDENT;
            boolean listed = statement == NnScriptLexer.INPUT || statement == NnScriptLexer.OUTPUT && position == 1;
            if (name && listed) {
                names.add(t.getText());
            }
        }
        return List.copyOf(names);
    }

    /** The data file's header cells, or none when there is no readable CSV file. */
    static List<String> dataColumns(Analysis analysis) {
        Path file = csvFile(analysis);
        if (file == null) {
            return List.of();
        }
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String header = in.readLine();
            List<String> columns = new ArrayList<>();
            if (header != null) {
                for (String cell : header.split(",", -1)) {
                    String c = cell.strip();
                    if (c.length() > 1 && c.startsWith("\"") && c.endsWith("\"")) {
                        c = c.substring(1, c.length() - 1);
                    }
                    if (!c.isEmpty()) {
                        columns.add(c);
                    }
                }
            }
            return columns;
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    /** The loaded script's CSV file, else the first {@code data "..."} string read next to the document. */
    private static Path csvFile(Analysis analysis) {
        if (analysis.script().isPresent()) {
            return analysis.script().get().data() instanceof DataSource.CsvFile csv ? csv.resolved() : null;
        }
        Path document = Analyzer.pathOf(analysis.uri());
        List<Token> tokens = ScriptTokens.of(analysis.text()).all();
        for (int i = 0; i + 1 < tokens.size(); i++) {
            Token t = tokens.get(i);
            Token next = tokens.get(i + 1);
            if (t.getType() == NnScriptLexer.DATA && next.getType() == NnScriptLexer.STRING && document != null) {
                String written = next.getText().substring(1, next.getText().length() - 1);
                Path folder = document.toAbsolutePath().getParent();
                return folder == null ? null : folder.resolve(written);
            }
        }
        return null;
    }
}
