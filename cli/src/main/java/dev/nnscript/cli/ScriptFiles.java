package dev.nnscript.cli;

import dev.nnscript.dsl.LoadResult;
import dev.nnscript.dsl.NnScripts;
import dev.nnscript.dsl.script.Script;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Loads a {@code .nn} file for a command through the dsl pipeline. A script with errors becomes an
 * {@link InvalidInputException} carrying every diagnostic (exit code 1); warnings of a script that
 * loaded go to standard error and the command goes on. {@link #loadWithoutDiagnostics} is for the
 * one-shot fast path, which says nothing itself and leaves any problem to the full command line.
 */
final class ScriptFiles {

    private ScriptFiles() {}

    static Script load(Path file, PrintWriter err) {
        LoadResult result = NnScripts.load(file);
        if (!result.succeeded()) {
            throw new InvalidInputException(result.formattedDiagnostics().stripTrailing());
        }
        if (!result.diagnostics().isEmpty()) {
            err.print(result.formattedDiagnostics());
            err.flush();
        }
        return result.script();
    }

    /** The script when it loads with no diagnostic at all, not even a warning; empty otherwise. */
    static Optional<Script> loadWithoutDiagnostics(Path file) {
        LoadResult result = NnScripts.load(file);
        return result.succeeded() && result.diagnostics().isEmpty() ? Optional.of(result.script()) : Optional.empty();
    }
}
