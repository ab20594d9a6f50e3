package dev.nnscript.cli.script;

import dev.nnscript.cli.failure.InvalidInputException;
import dev.nnscript.dsl.LoadResult;
import dev.nnscript.dsl.diagnostic.Diagnostic;
import dev.nnscript.dsl.diagnostic.DiagnosticFormatter;
import dev.nnscript.dsl.script.Script;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The {@code .nn} files of a run, loaded for a command through the dsl pipeline. A script with
 * errors becomes an {@link InvalidInputException} carrying every diagnostic (exit code 1); warnings
 * of a script that loaded go to standard error and the command goes on. A file is loaded once: when
 * the plain-run path has loaded it and hands the run over to the full command line
 * ({@link #handingOver}), the command takes that load instead of loading again.
 */
public final class ScriptFiles {

    private final ScriptLoader loader;
    /** The file already loaded and its result, or both null. */
    private final Path loadedFile;
    private final LoadResult loaded;

    public ScriptFiles(ScriptLoader loader) {
        this(loader, null, null);
    }

    private ScriptFiles(ScriptLoader loader, Path loadedFile, LoadResult loaded) {
        this.loader = loader;
        this.loadedFile = loadedFile;
        this.loaded = loaded;
    }

    /** These files, with {@code file} already loaded as {@code result}, which its next load takes. */
    public ScriptFiles handingOver(Path file, LoadResult result) {
        return new ScriptFiles(loader, file, result);
    }

    /** The load result of {@code file}: the one handed over for it, or a fresh load. */
    public LoadResult result(Path file) {
        return loaded != null && loadedFile.equals(file) ? loaded : loader.load(file);
    }

    public Script load(Path file, PrintWriter err) {
        return load(file, err, null);
    }

    /**
     * As {@link #load(Path, PrintWriter)}, leaving out the warnings {@code silenced} accepts (none
     * when it is null).
     */
    public Script load(Path file, PrintWriter err, Predicate<Diagnostic> silenced) {
        LoadResult result = result(file);
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
}
