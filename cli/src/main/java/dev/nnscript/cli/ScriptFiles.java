package dev.nnscript.cli;

import dev.nnscript.dsl.LoadResult;
import dev.nnscript.dsl.NnScripts;
import dev.nnscript.dsl.script.Script;
import java.io.PrintWriter;
import java.nio.file.Path;

/**
 * Loads a {@code .nn} file for a command through the dsl pipeline. A script with errors becomes an
 * {@link InvalidInputException} carrying every diagnostic (exit code 1); warnings of a script that
 * loaded go to standard error and the command goes on.
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
}
