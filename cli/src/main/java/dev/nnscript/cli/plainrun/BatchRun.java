package dev.nnscript.cli.plainrun;

import dev.nnscript.cli.ExitCodes;
import dev.nnscript.cli.words.CommandWords;
import dev.nnscript.cli.failure.Failures;
import dev.nnscript.cli.predict.BatchPredictor;
import dev.nnscript.cli.script.ScriptFiles;
import dev.nnscript.dsl.script.Script;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Batch inference's fast path: {@code nnrun FILE --inputs DATA.csv} without building picocli's
 * command line, through the same loading ({@link ScriptFiles}) and streaming ({@link BatchPredictor})
 * as {@link dev.nnscript.cli.command.RunCommand}. Results stream, so the rule is in two parts. Whatever is decided before the
 * first character is written (a script with any diagnostic, even a warning, or with unknown
 * parameters; a data file that is missing, unreadable or does not fit the network) is handed over to the full command line, having
 * written nothing. From then on, and from the moment standard input is read (it cannot be read
 * twice), a failure is reported here by {@link Failures}, exactly as the full command line reports it.
 */
final class BatchRun {

    private BatchRun() {}

    /**
     * Runs the batch inference {@code arguments} ask for; empty, having written nothing, when the
     * full command line should run them, else the exit code.
     *
     * @param in standard input, read by {@code --inputs -}
     */
    static OptionalInt run(OneShotArguments arguments, InputStream in, PrintWriter out, PrintWriter err) {
        Optional<Script> script = loaded(arguments.file());
        if (script.isEmpty()) {
            return OptionalInt.empty();
        }
        BatchPredictor predictor = new BatchPredictor(script.get().network());
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
            // --debug is never on here: OneShotArguments leaves it to the full command line.
            return start.happened ? OptionalInt.of(Failures.report(e, err, false)) : OptionalInt.empty();
        }
    }

    /**
     * The script when it loads with no diagnostic at all and no unknown parameter; empty for the full
     * command line to report or warn about.
     */
    private static Optional<Script> loaded(Path file) {
        try {
            return ScriptFiles.loadWithoutDiagnostics(file).filter(script -> !script.hasUnknowns());
        } catch (RuntimeException e) {
            return Optional.empty();
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
