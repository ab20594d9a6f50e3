package dev.nnscript.cli.command;

import dev.nnscript.cli.ExitCodes;
import dev.nnscript.dsl.files.AtomicFiles;
import dev.nnscript.cli.io.OutputPaths;
import dev.nnscript.dsl.files.OutputTarget;
import dev.nnscript.cli.script.ScriptFiles;
import dev.nnscript.cli.script.ScriptTraining;
import dev.nnscript.cli.train.CompilerChoice;
import dev.nnscript.cli.train.TrainingFlags;
import dev.nnscript.dsl.diagnostic.PrintableText;
import dev.nnscript.dsl.print.ScriptPrinter;
import dev.nnscript.dsl.script.SavedDataPath;
import dev.nnscript.dsl.script.Script;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

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
            "Training starts from the script's values, ? parameters drawn from the seed, so a trained model"
                + " trains on from where it was. Flags override the script's own training settings, each only"
                + " the one it names. The trained script is written in canonical form, its train line listing every"
                + " setting used. Progress"
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

    private final ScriptFiles scripts;

    @Mixin
    ScriptOptions common;

    TrainCommand(ScriptFiles scripts) {
        this.scripts = scripts;
    }

    @Mixin
    TrainingFlags overrides;

    @Option(names = "--out", paramLabel = "OUT.nn",
            description = "Write the trained script here (atomically) instead of to standard output.")
    Path out;

    @Override
    public Integer call() throws IOException {
        CompilerChoice.takeForwardedPresses();
        Path file = common.file();
        if (out != null) {
            OutputPaths.problem(out).ifPresent(problem -> {
                throw common.usage(problem);
            });
        }
        PrintWriter err = common.err();
        // A large run is trained by a JVM with the optimizing compiler, which shows the script's
        // warnings itself: until that is decided they are held back.
        StringWriter warnings = new StringWriter();
        Script script = scripts.load(file, new PrintWriter(warnings), overrides::silences);
        ScriptTraining training = new ScriptTraining(err);
        OptionalInt elsewhere = trainedElsewhere(training, script, file);
        if (elsewhere.isPresent()) {
            return elsewhere.getAsInt();
        }
        err.print(warnings);
        err.flush();
        if (out != null) {
            checkOutIsNotTheData(script);
        }
        ScriptTraining.Trained trained;
        try {
            trained = training.train(script, file, overrides);
        } catch (IllegalArgumentException e) {
            throw common.usage(e.getMessage());
        }
        Optional<String> unfinished = trained.unfinishedNote();
        // An unfinished model says so in its first line, a comment, wherever it ends up.
        String text = unfinished.map(note -> "# nnrun: " + note + "\n").orElse("")
                + ScriptPrinter.print(SavedDataPath.relativeTo(trained.script(), savedFolder()));
        if (out == null) {
            common.out().print(text);
            common.out().flush();
        } else {
            AtomicFiles.write(out, text.getBytes(StandardCharsets.UTF_8));
            err.println("wrote " + PrintableText.of(out.toString())
                    + unfinished.map(note -> ", marked unfinished: " + note).orElse(""));
            err.flush();
        }
        return ExitCodes.afterTraining(trained.result().reason());
    }

    /** The exit code of the JVM that trained instead of this one ({@link ScriptTraining#trainedElsewhere}). */
    private OptionalInt trainedElsewhere(ScriptTraining training, Script script, Path file) {
        try {
            return training.trainedElsewhere(script, file, overrides);
        } catch (IllegalArgumentException e) {
            return OptionalInt.empty(); // an invalid override: training below reports it, after the warnings
        }
    }

    /**
     * Refuses an {@code --out} that is the file training reads its rows from (the {@code --data} file,
     * or the script's own CSV file): the save would replace the data with the model. The script itself
     * may be the output; it is read whole before training.
     */
    private void checkOutIsNotTheData(Script script) {
        Path data = overrides.data != null ? overrides.data : script.csvDataFile().orElse(null);
        if (data != null && OutputPaths.sameFile(out, data)) {
            throw common.usage("--out " + out + " is the data file training reads ("
                    + data + "); write the trained model to another file");
        }
    }

    /**
     * The folder the saved script's relative data path starts from: the output file's, or for
     * standard output, a device or a pipe ({@code --out /dev/stdout}) the current folder (where
     * {@code > trained.nn} puts it).
     */
    private Path savedFolder() throws IOException {
        Path parent = out == null || OutputTarget.of(out).writtenThrough() ? null : out.toAbsolutePath().getParent();
        return parent == null ? Path.of("") : parent;
    }
}
