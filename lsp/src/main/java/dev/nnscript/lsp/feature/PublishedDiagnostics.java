package dev.nnscript.lsp.feature;

import dev.nnscript.dsl.diagnostic.Diagnostic;
import dev.nnscript.dsl.diagnostic.PrintableText;
import dev.nnscript.dsl.diagnostic.Severity;
import dev.nnscript.dsl.script.DataSource;
import dev.nnscript.lsp.analysis.Analysis;
import dev.nnscript.lsp.analysis.ScriptTokens;
import dev.nnscript.lsp.analysis.TextLines;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.Range;

/**
 * An analysis as LSP diagnostics, per document URI. The script's own problems go on the script with
 * {@code check}'s message text. Problems inside the data file (a missing column, a bad cell) go on
 * the data file at {@code check}'s line and column, and once more on the script's {@code data} line
 * with {@code check}'s {@code file:line:col:} in front, so they show where the user is typing.
 */
public final class PublishedDiagnostics {

    /** The {@code source} every diagnostic carries, so a client can tell whose it is. */
    public static final String SOURCE = "nnrun";

    private PublishedDiagnostics() {}

    /** Every URI with its diagnostics; the script's URI is always there (empty when it has none). */
    public static Map<String, List<org.eclipse.lsp4j.Diagnostic>> of(Analysis analysis) {
        Map<String, List<org.eclipse.lsp4j.Diagnostic>> byUri = new LinkedHashMap<>();
        List<org.eclipse.lsp4j.Diagnostic> onScript = new ArrayList<>();
        byUri.put(analysis.uri(), onScript);
        ScriptTokens tokens = ScriptTokens.of(analysis.text());
        DataSource.CsvFile csv = analysis.script().flatMap(s -> s.dataSource())
                .filter(DataSource.CsvFile.class::isInstance).map(DataSource.CsvFile.class::cast).orElse(null);
        List<Diagnostic> inData = new ArrayList<>();
        for (Diagnostic d : analysis.allDiagnostics()) {
            if (d.position().file().equals(analysis.fileName())) {
                onScript.add(toLsp(d, DiagnosticRanges.of(d, analysis.lines(), tokens), PrintableText.of(d.message())));
            } else {
                inData.add(d);
            }
        }
        if (inData.isEmpty()) {
            return byUri;
        }
        Range dataLine = csv == null || csv.position() == null ? new Range(analysis.lines().toLsp(1, 1),
                analysis.lines().toLsp(1, 1)) : DiagnosticRanges.of(Diagnostic.error(csv.position(), ""),
                        analysis.lines(), tokens);
        TextLines csvLines = csv == null ? TextLines.of("") : linesOf(csv.resolved(), inData);
        List<org.eclipse.lsp4j.Diagnostic> onData = new ArrayList<>();
        for (Diagnostic d : inData) {
            onScript.add(toLsp(d, dataLine, PrintableText.of(d.position() + ": " + d.message())));
            onData.add(toLsp(d, DiagnosticRanges.of(d, csvLines, null), PrintableText.of(d.message())));
        }
        if (csv != null) {
            byUri.put(csv.resolved().toAbsolutePath().toUri().toString(), onData);
        }
        return byUri;
    }

    /** An LSP diagnostic with {@code check}'s severity and the given text. */
    static org.eclipse.lsp4j.Diagnostic toLsp(Diagnostic d, Range range, String message) {
        org.eclipse.lsp4j.Diagnostic lsp = new org.eclipse.lsp4j.Diagnostic(range, message,
                d.severity() == Severity.ERROR ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning, SOURCE);
        return lsp;
    }

    /** The data file's lines up to the last one a diagnostic names (a data file may be large). */
    private static TextLines linesOf(Path file, List<Diagnostic> diagnostics) {
        int last = diagnostics.stream().mapToInt(d -> d.position().line()).max().orElse(1);
        try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
            return TextLines.of(String.join("\n", lines.limit(last).toList()));
        } catch (IOException | java.io.UncheckedIOException e) {
            return TextLines.of("");
        }
    }
}
