package dev.nnscript.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnscript.dsl.LoadResult;
import dev.nnscript.dsl.NnScripts;
import dev.nnscript.dsl.data.DataCheck;
import dev.nnscript.dsl.diagnostic.PrintableText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.FileChangeType;
import org.eclipse.lsp4j.FileEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Diagnostics published over the protocol are the load's and data check's, at their positions. */
class DiagnosticsOverProtocolTest {

    @TempDir
    Path dir;

    @Test
    void aBrokenScriptGetsEveryDiagnosticOfTheLoadWithItsMessageAndStart() throws IOException {
        Path file = write("broken.nn", """
                network "typos"
                input a, b
                hiden relu w=[1, 2] b=0
                hidden reluu w=[1, 2] b=0
                output y sigmoid w=1 b=0
                train loss=mse optimiser=adam
                """);
        try (LspSession session = LspSession.start()) {
            List<Diagnostic> got = session.diagnostics(session.open(file));
            LoadResult expected = NnScripts.load(file);
            assertTrue(expected.diagnostics().size() >= 3, expected.formattedDiagnostics());
            assertEquals(asText(expected.diagnostics(), Files.readAllLines(file)), asText(got));
        }
    }

    @Test
    void columnsAfterNonAsciiTextCountUtf16Units() throws IOException {
        // The emoji is one column for nnscript (a code point) and two UTF-16 units for LSP.
        String text = "network \"n\u00e4he \ud83d\ude00\" input\ninput a\noutput y relu w=1 b=0\n";
        Path file = write("wide.nn", text);
        try (LspSession session = LspSession.start()) {
            List<Diagnostic> got = session.diagnostics(session.open(file));
            LoadResult expected = NnScripts.load(file);
            assertEquals(1, expected.diagnostics().size(), expected.formattedDiagnostics());
            assertEquals(18, expected.diagnostics().get(0).position().column());
            assertEquals(1, got.size());
            String line = text.lines().findFirst().orElseThrow();
            assertEquals(line.lastIndexOf("input"), got.get(0).getRange().getStart().getCharacter());
            assertEquals(line.length(), got.get(0).getRange().getEnd().getCharacter());
        }
    }

    @Test
    void aMissingDataColumnShowsOnTheDataFileAndOnTheDataLine() throws IOException {
        write("rows.csv", "a,betta,y\n1,2,3\n");
        Path file = write("data.nn", """
                network "columns"
                input a, beta
                output y identity w=[1, 1] b=0
                data "rows.csv"
                """);
        try (LspSession session = LspSession.start()) {
            String uri = session.open(file);
            List<Diagnostic> onScript = session.diagnostics(uri);
            List<Diagnostic> onData = session.diagnostics(dir.resolve("rows.csv").toUri().toString());
            var expected = DataCheck.check(NnScripts.load(file).script());
            assertEquals(1, expected.size());
            assertEquals(List.of(PrintableText.of(expected.get(0).message())),
                    onData.stream().map(Diagnostic::getMessage).toList());
            assertEquals(expected.get(0).position().line() - 1, onData.get(0).getRange().getStart().getLine());
            assertTrue(expected.get(0).message().contains("did you mean 'betta'?"), expected.get(0).message());
            assertEquals(List.of(expected.get(0).position() + ": " + expected.get(0).message()),
                    onScript.stream().map(Diagnostic::getMessage).toList());
            assertEquals(3, onScript.get(0).getRange().getStart().getLine(), "on the data line");
        }
    }

    @Test
    void aChangedDataFileIsReadAgainWhenTheClientSaysSo() throws IOException {
        write("rows.csv", "a,betta,y\n1,2,3\n");
        Path file = write("data.nn", "network \"n\"\ninput a, beta\noutput y identity w=[1, 1] b=0\ndata \"rows.csv\"\n");
        try (LspSession session = LspSession.start()) {
            String uri = session.open(file);
            String data = dir.resolve("rows.csv").toUri().toString();
            assertEquals(1, session.diagnostics(uri).size());
            assertEquals(1, session.diagnostics(data).size());
            write("rows.csv", "a,beta,y\n1,2,3\n");
            session.server().getWorkspaceService().didChangeWatchedFiles(new DidChangeWatchedFilesParams(
                    List.of(new FileEvent(data, FileChangeType.Changed))));
            assertEquals(List.of(), session.diagnostics(data), "the data file's diagnostics cleared");
            assertEquals(List.of(), session.diagnostics(uri));
        }
    }

    @Test
    void editsAreDebouncedAndFixingTheScriptClearsItsDiagnostics() throws IOException, InterruptedException {
        Path file = write("fix.nn", "network \"n\"\ninput a\noutput y reluu w=1 b=0\n");
        try (LspSession session = new LspSession(java.time.Duration.ofMillis(400))) {
            String uri = session.open(file);
            assertEquals(1, session.diagnostics(uri).size());
            session.change(uri, "network \"n\"\ninput a\noutput y relu w=1 b=0\n");
            session.change(uri, "network \"n\"\ninput a\noutput y reluuu w=1 b=0\n");
            session.change(uri, "network \"n\"\ninput a\noutput y relu w=1 b=0\n");
            assertNull(session.diagnosticsWithin(uri, 200), "published before the edits paused");
            assertEquals(List.of(), session.diagnostics(uri));
            assertNull(session.diagnosticsWithin(uri, 600), "one analysis for three quick edits");
        }
    }

    @Test
    void warningsAreWarningsAndAShutdownThenExitEndsTheServerWithZero() throws IOException {
        Path file = write("ok.nn", "network \"n\"\ninput a\noutput y relu w=1 b=0\n");
        LspSession session = LspSession.start();
        List<Diagnostic> got = session.diagnostics(session.open(file));
        assertFalse(got.stream().anyMatch(d -> d.getSeverity() == DiagnosticSeverity.Error));
        assertEquals(0, session.shutDown());
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    /** line:UTF-16 column: severity: message, from the dsl's diagnostics and the file's lines. */
    private static List<String> asText(List<dev.nnscript.dsl.diagnostic.Diagnostic> ds, List<String> lines) {
        List<String> out = new ArrayList<>();
        for (var d : ds) {
            String line = lines.get(d.position().line() - 1);
            int utf16 = line.offsetByCodePoints(0, d.position().column() - 1);
            out.add((d.position().line() - 1) + ":" + utf16 + ": " + d.severity().label() + ": " + d.message());
        }
        return out;
    }

    private static List<String> asText(List<Diagnostic> ds) {
        return ds.stream().map(d -> d.getRange().getStart().getLine() + ":" + d.getRange().getStart().getCharacter()
                + ": " + (d.getSeverity() == DiagnosticSeverity.Error ? "error" : "warning") + ": " + d.getMessage())
                .toList();
    }
}
