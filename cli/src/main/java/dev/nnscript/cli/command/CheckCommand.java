package dev.nnscript.cli.command;

import dev.nnscript.cli.script.ScriptCheck;
import dev.nnscript.cli.script.ScriptFiles;
import dev.nnscript.dsl.script.Script;
import java.nio.file.Path;
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
        Script script = scripts.load(file, common.err());
        return ScriptCheck.run(script, file, common.out(), common.err());
    }
}
