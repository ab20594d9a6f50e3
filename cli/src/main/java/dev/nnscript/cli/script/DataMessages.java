package dev.nnscript.cli.script;

import dev.nnscript.dsl.diagnostic.Diagnostic;
import dev.nnscript.dsl.diagnostic.DiagnosticFormatter;
import dev.nnscript.dsl.diagnostic.SourceLines;
import dev.nnscript.dsl.script.DataSource;
import dev.nnscript.dsl.source.FileLines;
import dev.nnscript.dsl.source.SourceReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Formats problems with a script's data as script problems are shown: the line each points at
 * (the script's {@code data} line, or the CSV row) above a caret.
 */
public final class DataMessages {

    private DataMessages() {}

    /** @param data the data the diagnostics are about, or null */
    public static String format(List<Diagnostic> diagnostics, Path scriptFile, DataSource data) {
        List<SourceLines> sources = new ArrayList<>();
        try {
            SourceReader.read(Files.readAllBytes(scriptFile), scriptFile.toString()).source()
                    .ifPresent(text -> sources.add(SourceLines.of(text)));
        } catch (IOException | RuntimeException e) {
            // Only an excerpt: the messages themselves say what is wrong.
        }
        if (data instanceof DataSource.CsvFile csv) {
            sources.add(FileLines.of(csv.written(), csv.resolved(), diagnostics));
        }
        return DiagnosticFormatter.formatWith(diagnostics, SourceLines.anyOf(sources));
    }
}
