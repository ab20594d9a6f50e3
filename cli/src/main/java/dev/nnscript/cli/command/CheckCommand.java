package dev.nnscript.cli.command;

import dev.nnscript.cli.ExitCodes;
import dev.nnscript.cli.check.NetworkSummary;
import dev.nnscript.cli.failure.InvalidInputException;
import dev.nnscript.cli.script.DataMessages;
import dev.nnscript.cli.script.ScriptFiles;
import dev.nnscript.dsl.data.DataCheck;
import dev.nnscript.dsl.diagnostic.Diagnostic;
import dev.nnscript.dsl.diagnostic.PrintableText;
import dev.nnscript.dsl.script.Script;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code nnrun check FILE}: validates a script and its data file, and summarises its network. */
@Command(name = "check",
        mixinStandardHelpOptions = true,
        // One string per paragraph: picocli wraps each at the help width (HelpScreensTest).
        description = {"Validate a script and the data file it names, and print a summary of its network.", "",
            "Every problem is reported with its file:line:col. The summary lists the inputs, the layers"
                + " and their activations, and the parameter count."},
        footerHeading = "%nExample:%n",
        footer = {"  nnrun check examples/relu-in-action.nn"})
final class CheckCommand implements Callable<Integer> {

    private final ScriptFiles scripts;

    @Mixin
    ScriptOptions common;

    CheckCommand(ScriptFiles scripts) {
        this.scripts = scripts;
    }

    @Override
    public Integer call() {
        Path file = common.file();
        PrintWriter out = common.out();
        Script script = scripts.load(file, common.err());
        // A script is fit to run only if its data file is: a missing column is found here, not at training.
        List<Diagnostic> data = DataCheck.check(script);
        if (Diagnostic.anyError(data)) {
            throw new InvalidInputException(DataMessages.format(data, file, script.data()).stripTrailing());
        }
        if (!data.isEmpty()) {
            common.err().print(DataMessages.format(data, file, script.data()));
        }
        out.println(PrintableText.of(file + ": ok"));
        NetworkSummary.print(script.network(), script.unknownCount(), out);
        return ExitCodes.OK;
    }
}
