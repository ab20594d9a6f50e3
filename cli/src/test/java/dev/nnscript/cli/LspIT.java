package dev.nnscript.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.nnscript.lsp.LspSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code nnrun lsp} as editors start it: the shaded jar in its own process, an LSP4J client on its
 * standard streams. What it publishes equals what {@code nnrun check} prints for the same files
 * (message, line, column), and its formatting equals {@code nnrun fmt}'s output.
 */
class LspIT {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Pattern HEADER = Pattern.compile("^(.+):(\\d+):(\\d+): (error|warning): (.*)$");

    @TempDir
    Path dir;

    private LspSession session;

    @BeforeEach
    void start() throws IOException {
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                ROOT.resolve("cli/target/nnrun.jar").toString(), "lsp", "--stdio");
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        session = new LspSession(process.getInputStream(), process.getOutputStream(),
                process.onExit().thenApply(Process::exitValue));
    }

    @AfterEach
    void stop() {
        assertEquals(0, session.shutDown(), "nnrun lsp's exit code after shutdown and exit");
    }

    @Test
    void diagnosticsEqualCheckOnSeveralBrokenFiles() throws IOException {
        Files.writeString(dir.resolve("rows.csv"), "dosage,effect\n0,1\n");
        List<String> scripts = List.of(
                "network \"a\"\ninput x\nhiden relu w=1 b=0\noutput y reluu w=1 b=0\n",
                "network \"b\"\ninput x\noutput y relu w=[1, 2] b=0\ntrain lr=-1 optimiser=adam\n",
                "network \"c\" x\ninput x, x\noutput y relu w=1 b=?\nreport los\n",
                "network \"d\"\ninput dosage\noutput effectiveness relu w=1 b=0\ndata \"rows.csv\"\n");
        for (int i = 0; i < scripts.size(); i++) {
            Path file = Files.writeString(dir.resolve("broken" + i + ".nn"), scripts.get(i), StandardCharsets.UTF_8);
            CliRun check = CliRun.of("check", file.toString());
            assertEquals(1, check.exitCode(), check.toString());
            Map<String, List<String>> expected = fromCheck(check.err(), file);
            String uri = session.open(file);
            Map<String, List<String>> got = new TreeMap<>();
            got.put(uri, asText(session.diagnostics(uri)));
            for (String other : expected.keySet()) {
                if (!other.equals(uri)) {
                    got.put(other, asText(session.diagnostics(other)));
                }
            }
            assertEquals(new TreeMap<>(expected), got, check.err());
        }
    }

    @Test
    void formattingEqualsFmt() throws IOException {
        Path file = Files.writeString(dir.resolve("messy.nn"),
                "# a note\nnetwork   \"m\"\n\n\n\ninput a,b\nhidden relu w=[1.50, 2] b=-0.850\n"
                        + "output y identity w=1.0 b=0\n");
        String uri = session.open(file);
        session.diagnostics(uri);
        List<? extends TextEdit> edits = LspSession.await(session.server().getTextDocumentService().formatting(
                new DocumentFormattingParams(new TextDocumentIdentifier(uri), new FormattingOptions(2, true))));
        assertEquals(1, edits.size());
        CliRun fmt = CliRun.of("fmt", file.toString());
        assertEquals(0, fmt.exitCode());
        assertEquals(fmt.out(), edits.get(0).getNewText());
    }

    /** Per URI, check's diagnostics as {@code line:utf16column: severity: message} (0-based lines). */
    private Map<String, List<String>> fromCheck(String err, Path script) throws IOException {
        Map<String, List<String>> byUri = new TreeMap<>();
        for (String line : err.lines().toList()) {
            Matcher m = HEADER.matcher(line);
            if (!m.matches()) {
                continue;
            }
            Path file = Path.of(m.group(1));
            Path resolved = file.isAbsolute() ? file : script.getParent().resolve(file);
            String text = Files.readAllLines(resolved, StandardCharsets.UTF_8).get(Integer.parseInt(m.group(2)) - 1);
            int column = text.offsetByCodePoints(0, Math.min(Integer.parseInt(m.group(3)) - 1,
                    text.codePointCount(0, text.length())));
            String entry = (Integer.parseInt(m.group(2)) - 1) + ":" + column + ": " + m.group(4) + ": " + m.group(5);
            byUri.computeIfAbsent(resolved.toUri().toString(), u -> new ArrayList<>()).add(entry);
            if (!resolved.equals(script)) {
                // A data file's problem shows on the script's data line too, with check's file:line:col in front.
                byUri.computeIfAbsent(script.toUri().toString(), u -> new ArrayList<>()).add("DATA: " + m.group(4)
                        + ": " + m.group(1) + ":" + m.group(2) + ":" + m.group(3) + ": " + m.group(5));
            }
        }
        return byUri;
    }

    private static List<String> asText(List<Diagnostic> ds) {
        List<String> out = new ArrayList<>();
        for (Diagnostic d : ds) {
            String severity = d.getSeverity() == DiagnosticSeverity.Error ? "error" : "warning";
            out.add(d.getMessage().matches("^[^ ]+:\\d+:\\d+: .*") ? "DATA: " + severity + ": " + d.getMessage()
                    : d.getRange().getStart().getLine() + ":" + d.getRange().getStart().getCharacter() + ": " + severity
                            + ": " + d.getMessage());
        }
        return out;
    }
}
