/**
 * The full command line (picocli): {@link dev.nnscript.cli.command.NnrunCommandLine} builds it, the
 * top command ({@code nnrun FILE}) and the subcommands are thin {@code Callable}s sharing
 * {@link dev.nnscript.cli.command.ScriptOptions} (FILE, {@code --debug}, the command's spec) as a
 * mixin, and {@link dev.nnscript.cli.command.ErrorHandler} turns usage errors into exit code 2 and
 * everything else into {@link dev.nnscript.cli.failure.Failures}' answer.
 */
package dev.nnscript.cli.command;
