package dev.nnscript.cli;

import dev.nnscript.cli.io.AtomicFiles;
import dev.nnscript.cli.io.OutputPaths;
import dev.nnscript.cli.train.TrainingOverrides;
import dev.nnscript.dsl.print.ScriptPrinter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code nnrun train FILE}: trains the script's network on its data, the command-line flags
 * overriding the script's settings, and writes the trained script as canonical {@code .nn}.
 */
@Command(name = "train",
        mixinStandardHelpOptions = true,
        // The synopsis in full would break OUT.nn across lines; the options are listed below it.
        abbreviateSynopsis = true,
        // One string per paragraph: picocli wraps each at the help width (HelpScreensTest).
        description = {"Train a script's network and write the trained script to --out or standard output.", "",
            "Flags override the script's own training settings. The trained script is canonical .nn. Progress"
                + " and a summary (steps, epochs, final loss, why it stopped) go to standard error. Ctrl-C"
                + " stops after the current step and saves the model trained so far (exit code 130). A loss"
                + " that becomes NaN or infinite stops training and saves the last model with a finite loss"
                + " (exit code 3). Saved models are marked in their first line when training did not finish."},
        // Example lines run against the shipped examples in a test (HelpExamplesTest).
        footerHeading = "%nExamples:%n",
        footer = {"  nnrun train examples/xor.nn --out xor-trained.nn",
            "  nnrun train examples/iris.nn --data examples/data/iris.csv --seed 7",
            "  nnrun train examples/xor.nn --optimizer sgd --batch full --steps 1000 > xor.nn"})
final class TrainCommand implements Callable<Integer> {

    @Mixin
    DebugOption debug;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The .nn script.")
    Path file;

    @Mixin
    TrainingOverrides overrides;

    @Option(names = "--out", paramLabel = "OUT.nn",
            description = "Write the trained script here (atomically) instead of to standard output.")
    Path out;

    @Override
    public Integer call() throws IOException {
        if (out != null) {
            OutputPaths.problem(out).ifPresent(problem -> {
                throw new ParameterException(spec.commandLine(), problem);
            });
        }
        PrintWriter err = spec.commandLine().getErr();
        ScriptTraining.Trained trained;
        try {
            trained = new ScriptTraining(err).train(ScriptFiles.load(file, err), file, overrides);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        Optional<String> unfinished = trained.unfinishedNote();
        // An unfinished model says so in its first line, a comment, wherever it ends up.
        String text = unfinished.map(note -> "# nnrun: " + note + "\n").orElse("") + ScriptPrinter.print(trained.script());
        if (out == null) {
            spec.commandLine().getOut().print(text);
            spec.commandLine().getOut().flush();
        } else {
            AtomicFiles.write(out, text.getBytes(StandardCharsets.UTF_8));
            err.println("wrote " + out + unfinished.map(note -> ", marked unfinished: " + note).orElse(""));
            err.flush();
        }
        return ExitCodes.afterTraining(trained.result().reason());
    }
}
