package dev.nnscript.cli.script;

import dev.nnscript.cli.failure.InvalidInputException;
import dev.nnscript.dsl.LoadResult;
import dev.nnscript.dsl.NnScripts;
import dev.nnscript.dsl.diagnostic.Diagnostic;
import dev.nnscript.dsl.diagnostic.DiagnosticFormatter;
import dev.nnscript.dsl.script.Script;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Loads a {@code .nn} file for a command through the dsl pipeline. A script with errors becomes an
 * {@link InvalidInputException} carrying every diagnostic (exit code 1); warnings of a script that
 * loaded go to standard error and the command goes on. {@link #loadWithoutDiagnostics} is for the
 * one-shot fast path, which says nothing itself and leaves any problem to the full command line.
 */
public final class ScriptFiles {

    private ScriptFiles() {}

    public static Script load(Path file, PrintWriter err) {
        return load(file, err, null);
    }

    /**
     * As {@link #load(Path, PrintWriter)}, leaving out the warnings {@code silenced} accepts (none
     * when it is null).
     */
    public static Script load(Path file, PrintWriter err, Predicate<Diagnostic> silenced) {
        LoadResult result = NnScripts.load(file);
        if (!result.succeeded()) {
            throw new InvalidInputException(result.formattedDiagnostics().stripTrailing());
        }
        List<Diagnostic> shown = result.diagnostics();
        if (silenced != null) {
            shown = new ArrayList<>(shown);
            shown.removeIf(silenced);
        }
        if (!shown.isEmpty()) {
            err.print(DiagnosticFormatter.format(shown, result.source()));
            err.flush();
        }
        return result.script();
    }

    /** The script when it loads with no diagnostic at all, not even a warning; empty otherwise. */
    public static Optional<Script> loadWithoutDiagnostics(Path file) {
        LoadResult result = NnScripts.load(file);
        return result.succeeded() && result.diagnostics().isEmpty() ? Optional.of(result.script()) : Optional.empty();
    }
}
