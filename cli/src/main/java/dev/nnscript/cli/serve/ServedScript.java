package dev.nnscript.cli.serve;

import dev.nnscript.cli.plot.PlotData;
import dev.nnscript.cli.plot.PlotRange;
import dev.nnscript.core.train.Dataset;
import dev.nnscript.dsl.data.DataResult;
import dev.nnscript.dsl.data.ScriptData;
import dev.nnscript.dsl.diagnostic.Diagnostic;
import dev.nnscript.dsl.script.Script;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The script the server serves, loaded once at start-up, and what every page shares: its data rows
 * (drawn as dots, held-out rows included) and each input's range (the data's, widened by 5%, as
 * {@code nnrun plot} takes it, else 0 to 1).
 *
 * @param file the script's path as given on the command line
 * @param dots every data row, or null when the script has no data or it cannot be read
 * @param dataProblem why there are no rows to train on, or null when there are
 */
record ServedScript(Path file, Script script, Dataset dots, String dataProblem, List<PlotRange> ranges) {

    static ServedScript of(Path file, Script script) {
        Dataset dots = null;
        String problem = "the script names no data to train on";
        if (script.dataSource().isPresent()) {
            DataResult data = ScriptData.load(script, file.toString());
            if (data.loaded().isPresent()) {
                dots = PlotData.allRows(data);
                problem = null;
            } else {
                problem = data.diagnostics().stream().filter(Diagnostic::isError).findFirst()
                        .map(Diagnostic::message).orElse("the data could not be read");
            }
        }
        List<PlotRange> ranges = new ArrayList<>();
        for (int i = 0; i < script.network().inputCount(); i++) {
            PlotRange range = dots == null ? null : PlotRange.ofColumn(dots.inputs(), i, dots.inputCount());
            ranges.add(range == null ? PlotRange.UNIT : range);
        }
        return new ServedScript(file, script, dots, problem, List.copyOf(ranges));
    }

    /**
     * Where the page's sliders start: the script's first {@code predict} row, else the middle of
     * each input's range (to three significant digits, so it reads well).
     */
    double[] startingInputs() {
        if (!script.predictions().isEmpty()) {
            return script.predictions().get(0).stream().mapToDouble(Double::doubleValue).toArray();
        }
        double[] middle = new double[ranges.size()];
        for (int i = 0; i < middle.length; i++) {
            PlotRange range = ranges.get(i);
            double mid = range.from() / 2 + range.to() / 2;
            middle[i] = new java.math.BigDecimal(mid).round(new java.math.MathContext(3)).doubleValue();
        }
        return middle;
    }

    /** The data split and scaled as training uses them, with the seed of the run. */
    DataResult trainingData(Script toTrain, long seed) {
        return ScriptData.load(toTrain, file.toString(), seed);
    }
}
