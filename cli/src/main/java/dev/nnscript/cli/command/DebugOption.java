package dev.nnscript.cli.command;

import picocli.CommandLine.Option;

/**
 * {@code --debug}: show stack traces of internal errors. Mixed into every command; only
 * {@link ErrorHandler} reads it, from the parse result.
 */
public final class DebugOption {

    static final String LONG_NAME = "--debug";

    @Option(names = {"-X", LONG_NAME}, description = "Show the stack trace of an internal error.")
    boolean debug;
}
