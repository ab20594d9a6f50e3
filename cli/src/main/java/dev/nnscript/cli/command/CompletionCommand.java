package dev.nnscript.cli.command;

import dev.nnscript.cli.ExitCodes;
import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code nnrun completion}: prints a bash completion script generated from the command model. */
@Command(name = "completion",
        description = "Print a bash (and zsh) completion script for nnrun.",
        footerHeading = "%nExample:%n",
        // Example lines run in a test (HelpExamplesTest), with HOME in a scratch folder.
        footer = {"  source <(nnrun completion)", "  echo 'source <(nnrun completion)' >> ~/.bashrc"},
        mixinStandardHelpOptions = true)
final class CompletionCommand implements Callable<Integer> {

    @Mixin
    DebugOption debug;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getOut().print(AutoComplete.bash("nnrun", spec.parent().commandLine()));
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
