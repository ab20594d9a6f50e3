package dev.nnscript.examples;

import dev.nnscript.cli.command.NnrunCommandLine;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

/**
 * Runs {@code nnrun} in this process, through the command line the launcher starts, from the
 * examples folder (Maven runs the module's tests there, and relative paths resolve against it),
 * capturing both streams.
 */
final class Nnrun {

    private Nnrun() {}

    static NnrunResult run(List<String> arguments) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code;
        try (PrintWriter o = new PrintWriter(out); PrintWriter e = new PrintWriter(err)) {
            code = NnrunCommandLine.create(o, e).execute(arguments.toArray(String[]::new));
        }
        return new NnrunResult(code, out.toString(), err.toString());
    }
}
