package dev.nnscript.examples;

import dev.nnscript.cli.predict.InputValues;
import dev.nnscript.cli.predict.OutputFormat;
import dev.nnscript.cli.predict.Predictions;
import dev.nnscript.dsl.LoadResult;
import dev.nnscript.dsl.NnScripts;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@code nnrun FILE} and {@code nnrun FILE --input VALUES ...} do, done through the dsl and
 * core, for what the CLI does not do yet ({@link Nnrun#CLI_GAPS}). It prints with the CLI's own
 * writers ({@link Predictions}, readable numbers, the canonical printer), so the examples'
 * expectations are the CLI's output. Delete it (and {@link StandInScriptRun}, {@link HoldoutSplit})
 * once the CLI has no gap left.
 */
final class StandInNnrun {

    private StandInNnrun() {}

    static NnrunResult run(List<String> arguments) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code;
        try (PrintWriter o = new PrintWriter(out); PrintWriter e = new PrintWriter(err)) {
            code = run(arguments, o, e);
        }
        return new NnrunResult("stand-in", code, out.toString(), err.toString());
    }

    private static int run(List<String> arguments, PrintWriter out, PrintWriter err) {
        Path file = Path.of(arguments.get(0));
        List<String> inputs = inputs(arguments.subList(1, arguments.size()));
        LoadResult loaded = NnScripts.load(file);
        if (!loaded.succeeded()) {
            err.print(loaded.formattedDiagnostics());
            return 1;
        }
        if (inputs.isEmpty()) {
            return new StandInScriptRun(out, err).run(loaded.script(), file);
        }
        List<double[]> rows = new ArrayList<>();
        for (String text : inputs) {
            rows.add(InputValues.parse(text, loaded.script().network().inputNames()));
        }
        new Predictions(loaded.script().network(), out).write(rows, OutputFormat.human);
        return 0;
    }

    /** The values of {@code --input V} pairs, the only option the examples use. */
    private static List<String> inputs(List<String> options) {
        List<String> values = new ArrayList<>();
        for (int i = 0; i < options.size(); i += 2) {
            if (!options.get(i).equals("--input") || i + 1 == options.size()) {
                throw new IllegalArgumentException("the stand-in for nnrun only knows FILE [--input VALUES]...: "
                        + options);
            }
            values.add(options.get(i + 1));
        }
        return values;
    }
}
