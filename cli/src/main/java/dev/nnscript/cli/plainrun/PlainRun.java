package dev.nnscript.cli.plainrun;

import dev.nnscript.cli.ExitCodes;
import dev.nnscript.cli.failure.Failures;
import dev.nnscript.cli.predict.InputValues;
import dev.nnscript.cli.predict.Predictions;
import dev.nnscript.cli.script.ScriptCheck;
import dev.nnscript.cli.script.ScriptFiles;
import dev.nnscript.cli.script.ScriptRun;
import dev.nnscript.core.network.Network;
import dev.nnscript.dsl.LoadResult;
import dev.nnscript.dsl.script.Script;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.IntSupplier;

/**
 * The plain runs, {@code nnrun FILE}, {@code nnrun check FILE}, {@code nnrun FILE --input VALUES
 * ...} and {@code nnrun FILE --inputs DATA.csv} ({@link PlainRunArguments}), without building
 * picocli's command line, which is most of such a run's start-up. It does what the command line
 * does for these arguments, through the same loading ({@link ScriptFiles}) and printing ({@link
 * InputValues}, {@link Predictions}; batches through {@link PlainBatchRun}; the script run and the
 * check through {@link ScriptRun} and {@link ScriptCheck}). A script run or check of a clean script
 * is run here whatever happens next, its failures reported as the command line reports them; the
 * others only when all goes well. Otherwise (other arguments, a script with any diagnostic,
 * even a warning; for forward passes, unknown parameters, whose outputs the full command line warns
 * about, an input value that does not fit, a NaN output or any exception) it writes nothing and
 * hands the run over to the full command line, which gives the same answer with the exact messages
 * and exit codes of every other case. The hand-over carries the script it loaded, so the command
 * line does not load it again.
 */
public final class PlainRun {

    private PlainRun() {}

    /**
     * Runs {@code args} when they are a plain run that succeeds, writing its results to {@code out};
     * else, having written nothing, hands them over.
     *
     * @param in standard input, read by {@code --inputs -}
     * @param scripts where the script is loaded from; the hand-over adds the load to them
     */
    public static Outcome run(String[] args, InputStream in, PrintWriter out, PrintWriter err, ScriptFiles scripts) {
        Optional<PlainRunArguments> matched = PlainRunArguments.match(args);
        if (matched.isEmpty()) {
            return Outcome.handOver(scripts);
        }
        PlainRunArguments arguments = matched.get();
        Path file = arguments.file();
        LoadResult loaded;
        try {
            loaded = scripts.result(file);
        } catch (RuntimeException e) {
            return Outcome.handOver(scripts); // the full command line reports it as it reports everything else
        }
        ScriptFiles handOver = scripts.handingOver(file, loaded);
        if (!loaded.succeeded() || !loaded.diagnostics().isEmpty()) {
            return Outcome.handOver(handOver); // the full command line shows the diagnostics
        }
        if (arguments.checks()) {
            return Outcome.ran(toEnd(() -> ScriptCheck.run(loaded.script(), file, out, err), err));
        }
        if (arguments.runsScript()) {
            return Outcome.ran(toEnd(() -> ScriptRun.runFile(loaded.script(), file, "", out, err), err));
        }
        if (loaded.script().hasUnknowns()) {
            return Outcome.handOver(handOver); // the full command line warns that outputs are untrained
        }
        if (arguments.isBatch()) {
            OptionalInt code = PlainBatchRun.run(arguments, loaded.script(), in, out, err);
            return code.isPresent() ? Outcome.ran(code.getAsInt()) : Outcome.handOver(handOver);
        }
        Optional<String> results = results(arguments, loaded.script());
        if (results.isEmpty()) {
            return Outcome.handOver(handOver);
        }
        out.print(results.get());
        return Outcome.ran(ExitCodes.OK);
    }

    /**
     * A script run ({@link ScriptRun#runFile}) or check ({@link ScriptCheck#run}), as the command
     * line runs it. It may write as it goes (training's progress, then results), so it is not handed
     * over: a failure is reported here as the command line reports a command's failure without
     * {@code --debug}.
     */
    private static int toEnd(IntSupplier run, PrintWriter err) {
        try {
            return run.getAsInt();
        } catch (RuntimeException e) {
            return Failures.report(e, err, false);
        }
    }

    /** The text the run writes, held back until it is complete; empty when it cannot run cleanly. */
    private static Optional<String> results(PlainRunArguments arguments, Script script) {
        try {
            Network network = script.network();
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

    /**
     * What the plain-run path did: ran the arguments, or hands them over to the full command line,
     * whose commands load through {@code handOver} (holding the script already loaded, when it got
     * that far).
     *
     * @param exitCode the run's exit code; -1 when handing over (the command line's to give)
     * @param handOver the scripts for the command line; null when the run is over
     */
    public record Outcome(int exitCode, ScriptFiles handOver) {

        static Outcome ran(int exitCode) {
            return new Outcome(exitCode, null);
        }

        static Outcome handOver(ScriptFiles scripts) {
            return new Outcome(-1, scripts);
        }

        /** True when the run is over; false when the full command line runs it, through {@link #handOver}. */
        public boolean ran() {
            return handOver == null;
        }
    }
}
