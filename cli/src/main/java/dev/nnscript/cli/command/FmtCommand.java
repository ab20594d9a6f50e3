package dev.nnscript.cli.command;

import dev.nnscript.cli.ExitCodes;
import dev.nnscript.dsl.files.AtomicFiles;
import dev.nnscript.cli.io.OutputPaths;
import dev.nnscript.cli.script.ScriptFiles;
import dev.nnscript.dsl.print.ScriptPrinter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code nnrun fmt FILE}: the script in canonical form, printed or rewritten in place. */
@Command(name = "fmt",
        mixinStandardHelpOptions = true,
        // One string per paragraph: picocli wraps each at the help width (HelpScreensTest).
        description = {"Print a script in canonical form, or rewrite it in place with --write.", "",
            "Canonical form: fixed statement order, one node per line, shortest round-trip numbers; every"
                + " comment kept with its statement, at most one blank line in a row."},
        // Example lines run against the shipped examples in a test (HelpExamplesTest).
        footerHeading = "%nExamples:%n",
        footer = {"  nnrun fmt examples/relu-in-action.nn", "  cp examples/xor.nn my.nn && nnrun fmt my.nn --write"})
final class FmtCommand implements Callable<Integer> {

    private final ScriptFiles scripts;

    @Mixin
    ScriptOptions common;

    FmtCommand(ScriptFiles scripts) {
        this.scripts = scripts;
    }

    @Option(names = "--write", description = "Rewrite FILE in place (atomically) instead of printing.")
    boolean write;

    @Override
    public Integer call() throws IOException {
        Path file = common.file();
        if (write && Files.exists(file) && !OutputPaths.isFile(file)) {
            // A pipe, a device or a standard stream (fmt /dev/stdin --write) has no file to replace.
            throw common.usage("--write rewrites FILE in place, and " + file
                    + " is not a regular file; leave out --write to print the formatted script");
        }
        String text = ScriptPrinter.print(scripts.load(file, common.err()));
        if (write) {
            AtomicFiles.write(file, text.getBytes(StandardCharsets.UTF_8));
        } else {
            common.out().print(text);
            common.out().flush();
        }
        return ExitCodes.OK;
    }
}
