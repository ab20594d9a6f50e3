package dev.nnscript.cli.command;

import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * What the subcommands that work on one script share ({@code train}, {@code plot}, {@code check},
 * {@code fmt}, {@code serve}), mixed into each with {@code @Mixin}: the FILE parameter, {@code --debug}, and the
 * command's own command line, for its output streams and its usage errors. The top command's FILE
 * is optional (it answers {@code nnrun} alone with a usage message), so it declares its own.
 */
public final class ScriptOptions {

    @Mixin
    DebugOption debug;

    /** The command this is mixed into, not the mixin itself. */
    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The .nn script.")
    Path file;

    /** The script FILE, as typed. */
    Path file() {
        return file;
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /** A usage error of the command (exit code 2), for the command to throw. */
    ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
