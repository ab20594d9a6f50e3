package dev.nnscript.cli.script;

import dev.nnscript.cli.ExitCodes;
import dev.nnscript.cli.check.NetworkSummary;
import dev.nnscript.cli.failure.InvalidInputException;
import dev.nnscript.dsl.data.DataCheck;
import dev.nnscript.dsl.diagnostic.Diagnostic;
import dev.nnscript.dsl.diagnostic.PrintableText;
import dev.nnscript.dsl.script.Script;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code nnrun check FILE} once the script has loaded: checks the data file it names (a missing
 * column is found here, not at training), then says the script is ok and summarises its network.
 * The check command and the plain-run path both run it.
 */
public final class ScriptCheck {

    private ScriptCheck() {}

    /** Writes the data file's warnings to {@code err}; throws {@link InvalidInputException} for its errors. */
    public static int run(Script script, Path file, PrintWriter out, PrintWriter err) {
        List<Diagnostic> data = DataCheck.check(script);
        if (Diagnostic.anyError(data)) {
            throw new InvalidInputException(DataMessages.format(data, file, script.data()).stripTrailing());
        }
        if (!data.isEmpty()) {
            err.print(DataMessages.format(data, file, script.data()));
        }
        out.println(PrintableText.of(file + ": ok"));
        NetworkSummary.print(script.network(), script.unknownCount(), out);
        return ExitCodes.OK;
    }
}
