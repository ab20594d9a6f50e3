package dev.nnscript.cli.plainrun;

import dev.nnscript.cli.ExitCodes;
import dev.nnscript.cli.failure.Failures;
import dev.nnscript.cli.predict.BatchPredictor;
import dev.nnscript.cli.words.CommandWords;
import dev.nnscript.dsl.script.Script;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.OptionalInt;

/**
 * Batch inference on the plain-run path: {@code nnrun FILE --inputs DATA.csv} without picocli's
 * command line, streaming through the same {@link BatchPredictor} as the top command, for a script
 * {@link PlainRun} loaded cleanly. Results stream, so the rule is in two parts. Whatever is decided
 * before the first character is written (a data file that is missing, unreadable or does not fit
 * the network) is handed over to the full command line, having written nothing. From then on, and
 * from the moment standard input is read (it cannot be read twice), a failure is reported here by
 * {@link Failures}, exactly as the full command line reports it.
 */
final class PlainBatchRun {

    private PlainBatchRun() {}

    /**
     * Runs the batch inference {@code arguments} ask for; empty, having written nothing, when the
     * full command line should run them, else the exit code.
     *
     * @param in standard input, read by {@code --inputs -}
     */
    static OptionalInt run(PlainRunArguments arguments, Script script, InputStream in, PrintWriter out,
            PrintWriter err) {
        BatchPredictor predictor = new BatchPredictor(script.network());
        OutputStart start = new OutputStart();
        try {
            if (arguments.readsStandardInput()) {
                start.run();
                predictor.run(in, CommandWords.STDIN_NAME, out);
            } else {
                predictor.run(Path.of(arguments.inputsFile()), arguments.inputsFile(), out, start);
            }
            predictor.nanWarning(arguments.readsStandardInput() ? CommandWords.STDIN_NAME : arguments.inputsFile())
                    .ifPresent(err::println);
            return OptionalInt.of(ExitCodes.OK);
        } catch (RuntimeException e) {
            // --debug is never on here: PlainRunArguments leaves it to the full command line.
            return start.happened ? OptionalInt.of(Failures.report(e, err, false)) : OptionalInt.empty();
        }
    }

    /** Remembers that the run got past the point of no return (output written or standard input read). */
    private static final class OutputStart implements Runnable {

        private boolean happened;

        @Override
        public void run() {
            happened = true;
        }
    }
}
