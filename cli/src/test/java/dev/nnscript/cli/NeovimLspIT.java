package dev.nnscript.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real editor: Debian's Neovim (0.7, headless) with its built-in LSP client and the snippet
 * docs/editors.md gives (editors/nvim/nnscript.lua) starts {@code nnrun lsp} (the repository's
 * launcher) for a broken copy of an example and receives its diagnostics; they equal
 * {@code nnrun check}'s (line, column as Neovim counts it in bytes, severity, message). Fails when
 * CI=true and nvim is missing.
 */
class NeovimLspIT {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Pattern HEADER = Pattern.compile("^(.+):(\\d+):(\\d+): (error|warning): (.*)$");

    @TempDir
    Path dir;

    @Test
    void neovimShowsTheDiagnosticsCheckReports() throws IOException {
        Preconditions.require(onPath("nvim"), "nvim (Debian's neovim package) is on the PATH");
        String example = Files.readString(ROOT.resolve("examples/relu-in-action.nn"), StandardCharsets.UTF_8);
        String broken = example.replace("hidden relu w=1.70", "hidden reluu w=1.70") + "train optimiser=adam\n";
        assertTrue(!broken.equals(example));
        Path script = Files.writeString(dir.resolve("broken-relu.nn"), broken, StandardCharsets.UTF_8);
        // The repository's launcher, as docs/editors.md tells users to point g:nnrun at it.
        Path launcher = ROOT.resolve("nnrun");
        Path out = dir.resolve("diagnostics.txt");
        ProcessBuilder nvim = new ProcessBuilder("nvim", "--headless", "-n", "-i", "NONE",
                "--cmd", "let g:nn_out = '" + out + "'",
                "--cmd", "let g:nnrun = '" + launcher + "'",
                "--cmd", "let g:nn_snippet = '" + ROOT.resolve("editors/nvim/nnscript.lua") + "'",
                "-u", ROOT.resolve("cli/src/test/resources/nvim/diagnostics.lua").toString(), script.toString())
                .directory(dir.toFile());
        nvim.environment().put("XDG_CONFIG_HOME", dir.resolve("config").toString());
        nvim.environment().put("XDG_DATA_HOME", dir.resolve("data").toString());
        nvim.environment().put("XDG_STATE_HOME", dir.resolve("state").toString());
        ProcessRun run = ProcessRun.command(nvim, ProcessRun::none);
        assertTrue(Files.exists(out), "nvim wrote no diagnostics: " + run);
        List<String> got = Files.readAllLines(out, StandardCharsets.UTF_8);
        CliRun check = CliRun.of("check", script.toString());
        assertEquals(1, check.exitCode(), check.toString());
        List<String> expected = fromCheck(check.err(), broken.lines().toList());
        assertEquals(2, expected.size(), check.err());
        assertEquals(expected, got);
    }

    /** Without a launcher to start, the snippet says what to do instead of failing with a Lua error. */
    @Test
    void aMissingLauncherIsExplainedNotALuaError() throws IOException {
        Preconditions.require(onPath("nvim"), "nvim (Debian's neovim package) is on the PATH");
        Path script = Files.writeString(dir.resolve("model.nn"), "input x\noutput y relu w=1 b=0\n");
        ProcessBuilder nvim = new ProcessBuilder("nvim", "--headless", "-n", "-i", "NONE", "-u", "NONE",
                "--cmd", "let g:nnrun = '" + dir.resolve("no-such-nnrun") + "'",
                "-c", "luafile " + ROOT.resolve("editors/nvim/nnscript.lua"), "-c", "edit " + script,
                "-c", "sleep 300m", "-c", "qa!").directory(dir.toFile());
        nvim.environment().put("XDG_CONFIG_HOME", dir.resolve("config").toString());
        nvim.environment().put("XDG_DATA_HOME", dir.resolve("data").toString());
        nvim.environment().put("XDG_STATE_HOME", dir.resolve("state").toString());
        ProcessRun run = ProcessRun.command(nvim, ProcessRun::none);
        String said = run.out() + run.err();
        assertTrue(said.contains("nnscript: could not start `" + dir.resolve("no-such-nnrun") + " lsp`"), said);
        assertTrue(!said.contains("Error executing lua"), said);
    }

    /** check's diagnostics as {@code line:byteColumn: severity: message}, 0-based as Neovim counts. */
    private static List<String> fromCheck(String err, List<String> lines) {
        List<String> out = new ArrayList<>();
        for (String line : err.lines().toList()) {
            Matcher m = HEADER.matcher(line);
            if (m.matches()) {
                String text = lines.get(Integer.parseInt(m.group(2)) - 1);
                String before = new String(text.codePoints().limit(Integer.parseInt(m.group(3)) - 1).toArray(), 0,
                        (int) text.codePoints().limit(Integer.parseInt(m.group(3)) - 1).count());
                out.add((Integer.parseInt(m.group(2)) - 1) + ":" + before.getBytes(StandardCharsets.UTF_8).length
                        + ": " + m.group(4) + ": " + m.group(5));
            }
        }
        return out;
    }

    private static boolean onPath(String command) {
        for (String folder : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(folder, command))) {
                return true;
            }
        }
        return false;
    }
}
