package dev.nnscript.cli.plainrun;

import dev.nnscript.cli.ExitCodes;
import dev.nnscript.cli.predict.InputValues;
import dev.nnscript.cli.predict.Predictions;
import dev.nnscript.cli.script.ScriptFiles;
import dev.nnscript.core.network.Network;
import dev.nnscript.dsl.script.Script;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The one-shot fast path: {@code nnrun FILE --input VALUES ...} without building picocli's command
 * line, which is most of a one-shot run's start-up. It does what {@link dev.nnscript.cli.command.RunCommand} does for these
 * arguments, through the same loading ({@link ScriptFiles}) and printing ({@link InputValues},
 * {@link Predictions}), but only when all goes well: arguments {@link OneShotArguments} does not
 * take, a script with any diagnostic (even a warning) or with unknown parameters (whose outputs the
 * full command line warns about), an input value that does not fit or any
 * exception, and it writes nothing and hands over to the full command line, which gives the same
 * answer with the exact messages and exit codes of every other case. Batch inference
 * ({@code --inputs}) goes to {@link BatchRun}, whose results stream.
 */
public final class OneShotRun {

    private OneShotRun() {}

    /**
     * Runs {@code args} when they are a one-shot run that succeeds, writing its results to
     * {@code out}, or a batch inference {@link BatchRun} takes; returns the exit code, or empty,
     * having written nothing, when the full command line should run them.
     *
     * @param in standard input, read by {@code --inputs -}
     */
    public static OptionalInt run(String[] args, InputStream in, PrintWriter out, PrintWriter err) {
        Optional<OneShotArguments> matched = OneShotArguments.match(args);
        if (matched.isEmpty()) {
            return OptionalInt.empty();
        }
        if (matched.get().isBatch()) {
            return BatchRun.run(matched.get(), in, out, err);
        }
        Optional<String> results = results(matched.get());
        if (results.isEmpty()) {
            return OptionalInt.empty();
        }
        out.print(results.get());
        return OptionalInt.of(ExitCodes.OK);
    }

    /** The text the run writes, held back until it is complete; empty when it cannot run cleanly. */
    private static Optional<String> results(OneShotArguments arguments) {
        try {
            Optional<Script> script = ScriptFiles.loadWithoutDiagnostics(arguments.file());
            if (script.isEmpty() || script.get().hasUnknowns()) {
                return Optional.empty(); // the full command line warns about untrained parameters
            }
            Network network = script.get().network();
            List<double[]> rows = InputValues.rows(arguments.inputs(), network.inputNames());
            StringWriter text = new StringWriter();
            Predictions predictions = new Predictions(network, new PrintWriter(text));
            predictions.write(rows, arguments.format());
            // A NaN prediction comes with a warning, which the full command line writes.
            return predictions.nanWarning().isPresent() ? Optional.empty() : Optional.of(text.toString());
        } catch (RuntimeException e) {
            return Optional.empty(); // the full command line reports it as it reports everything else
        }
    }
}
