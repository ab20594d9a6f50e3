package dev.nnscript.examples;

import dev.nnscript.cli.NnrunCommandLine;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import picocli.CommandLine;

/**
 * Runs {@code nnrun} in this process, from the examples folder (Maven runs the module's tests
 * there, and relative paths resolve against it), capturing both streams.
 *
 * <p>Until the CLI runs scripts (it does once it has the {@code train} subcommand), commands go to
 * {@link StandInNnrun}, which does the same through the dsl and core; see its comment.
 */
final class Nnrun {

    private Nnrun() {}

    static NnrunResult run(List<String> arguments) {
        if (!cliRunsScripts()) {
            return StandInNnrun.run(arguments);
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code;
        try (PrintWriter o = new PrintWriter(out); PrintWriter e = new PrintWriter(err)) {
            code = NnrunCommandLine.create(o, e).execute(arguments.toArray(String[]::new));
        }
        return new NnrunResult(code, out.toString(), err.toString());
    }

    /** Whether the command line on the class path trains and runs scripts itself. */
    static boolean cliRunsScripts() {
        CommandLine commandLine = NnrunCommandLine.create(new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter()));
        return commandLine.getSubcommands().containsKey("train");
    }
}
