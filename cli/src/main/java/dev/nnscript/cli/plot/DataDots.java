package dev.nnscript.cli.plot;

import dev.nnscript.core.train.Dataset;
import dev.nnscript.dsl.data.DataResult;
import dev.nnscript.dsl.data.ScriptData;
import dev.nnscript.dsl.diagnostic.Diagnostic;
import dev.nnscript.dsl.diagnostic.DiagnosticFormatter;
import dev.nnscript.dsl.script.Script;
import java.io.PrintWriter;

/**
 * The script's data rows a plot draws as dots. The dots are an aid, the network is what is
 * plotted, so when the rows cannot be read (a model saved away from its CSV file, say) the plot
 * goes on without them and a warning says why.
 */
public final class DataDots {

    private DataDots() {}

    /**
     * Every row of the script's data (held-out rows included), or null when they cannot be read;
     * the data's own warnings, and the warning for rows that cannot be read, go to {@code stderr}.
     *
     * @param file the script's path as given, for the data's diagnostics
     */
    public static Dataset load(Script script, String file, PrintWriter stderr) {
        DataResult result = ScriptData.load(script, file);
        if (result.loaded().isEmpty()) {
            String why = result.diagnostics().stream().filter(Diagnostic::isError).findFirst()
                    .map(Diagnostic::message).orElse("the data could not be read");
            PlotWarnings.warn(stderr, "plotting without the data rows: " + why);
            return null;
        }
        if (!result.diagnostics().isEmpty()) {
            stderr.print(DiagnosticFormatter.format(result.diagnostics(), null));
            stderr.flush();
        }
        return PlotData.allRows(result);
    }
}
