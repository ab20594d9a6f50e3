/**
 * The {@code nnrun} command: the entry point ({@link dev.nnscript.cli.Nnrun}) and the exit codes
 * ({@link dev.nnscript.cli.ExitCodes}), nothing else. The entry point tries the plain-run path
 * ({@link dev.nnscript.cli.plainrun}) and otherwise hands the run, with whatever script that path
 * loaded, to the command line ({@link dev.nnscript.cli.command}); both run scripts through
 * {@link dev.nnscript.cli.script}, and failures end the same way through
 * {@link dev.nnscript.cli.failure}. Below them: predict, plot, train, report, check, io, text and
 * words, which depend on no route. No package depends back on one above it (CliStructureTest).
 */
package dev.nnscript.cli;
