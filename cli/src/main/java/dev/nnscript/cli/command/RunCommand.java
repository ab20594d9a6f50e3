package dev.nnscript.cli.command;

import dev.nnscript.cli.ExitCodes;
import dev.nnscript.cli.predict.BatchPredictor;
import dev.nnscript.cli.predict.InputValues;
import dev.nnscript.cli.predict.OutputFormat;
import dev.nnscript.cli.predict.Predictions;
import dev.nnscript.cli.script.RunRule;
import dev.nnscript.cli.script.ScriptFiles;
import dev.nnscript.cli.script.ScriptRun;
import dev.nnscript.cli.words.CommandWords;
import dev.nnscript.core.network.Network;
import dev.nnscript.dsl.script.Script;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code nnrun FILE}: runs a script, or with {@code --input}/{@code --inputs} does forward passes,
 * with {@code --trace} explains them. The top command; {@link NnrunCommandLine} adds the others as
 * its subcommands.
 */
@Command(name = "nnrun",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        // One string per paragraph: picocli wraps each at the help width (HelpScreensTest).
        description = {"Run, explain, train, plot and check .nn neural network scripts.", "",
            "With --input: the network's outputs for those inputs. With --inputs: one output row per CSV"
                + " row. With neither: runs the script (trains if it has unknown (?) parameters, data and"
                + " training settings, then prints what its predict and report lines ask for). A script whose"
                + " every parameter has a value runs as written; nnrun train trains it."},
        // Example lines run against the shipped examples in a test (HelpExamplesTest).
        footerHeading = "%nExamples:%n",
        footer = {"  nnrun examples/relu-in-action.nn --input 0.5",
            "  nnrun examples/relu-in-action.nn --trace --input 0.1",
            "  nnrun examples/relu-in-action.nn --input 0 --input 0.5 --format csv",
            "  nnrun examples/iris-statquest.nn --input petal_width=0.04,sepal_width=0.42",
            "  nnrun examples/relu-in-action.nn --inputs examples/data/dosages.csv",
            "",
            "Exit codes: 0 success, 1 invalid script or data (or an output file that cannot be written),"
                + " 2 usage error, 3 training diverged, 70 internal error, 130 training stopped by Ctrl-C."})
final class RunCommand implements Callable<Integer> {

    /** Standard input, read by {@code --inputs -}. */
    private final InputStream stdin;

    /** The run's scripts, with the plain-run path's load when it handed the run over. */
    private final ScriptFiles scripts;

    RunCommand(InputStream stdin, ScriptFiles scripts) {
        this.stdin = stdin;
        this.scripts = scripts;
    }

    @Mixin
    DebugOption debug;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "The .nn script.")
    Path file;

    @Option(names = CommandWords.INPUT_OPTION, paramLabel = "VALUES",
            // The named example starts a line of its own: picocli's wrapping would break it at a
            // comma or a decimal point (HelpScreensTest).
            description = {"Input values, comma separated, in declared order (0.04,0.42) or by name:",
                "petal_width=0.04,sepal_width=0.42. Repeat for several inputs."})
    List<String> inputs = new ArrayList<>();

    @Option(names = CommandWords.INPUTS_OPTION, paramLabel = "DATA.csv",
            description = "Batch inference: a CSV file with a header row naming the inputs, or - for standard input."
                + " Results stream to standard output as CSV.")
    String inputsFile;

    @Option(names = "--trace", description = "Explain each forward pass step by step.")
    boolean trace;

    @Option(names = CommandWords.FORMAT_OPTION, paramLabel = "FORMAT", defaultValue = "human",
            description = "Output format for --input: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Override
    public Integer call() {
        checkOptions();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        // A script run that trains a large network is handed to a JVM with the optimizing compiler,
        // which shows the script's warnings itself: until that is decided they are held back.
        StringWriter warnings = new StringWriter();
        Script script = scripts.load(file, new PrintWriter(warnings));
        if (inputsFile == null && inputs.isEmpty()) {
            return ScriptRun.runFile(script, file, warnings.toString(), out, err);
        }
        err.print(warnings);
        err.flush();
        Network network = script.network();
        if (inputsFile != null) {
            warnIfUntrained(script, err);
            BatchPredictor predictor = new BatchPredictor(network);
            if (inputsFile.equals(CommandWords.STANDARD_INPUT)) {
                predictor.run(stdin, CommandWords.STDIN_NAME, out);
            } else {
                predictor.run(Path.of(inputsFile), inputsFile, out);
            }
            predictor.nanWarning(inputsFile.equals(CommandWords.STANDARD_INPUT) ? CommandWords.STDIN_NAME : inputsFile)
                    .ifPresent(err::println);
        } else {
            List<double[]> rows = inputRows(network);
            warnIfUntrained(script, err);
            if (trace) {
                new Predictions(network, out).explain(rows);
            } else {
                Predictions predictions = new Predictions(network, out);
                predictions.write(rows, format);
                predictions.nanWarning().ifPresent(err::println);
            }
        }
        return ExitCodes.OK;
    }

    /** Outputs of unknown, untrained parameters are their initial values': say so first. */
    private void warnIfUntrained(Script script, PrintWriter err) {
        RunRule.untrainedWarning(script, file).ifPresent(warning -> {
            err.println(warning);
            err.flush();
        });
    }

    private List<double[]> inputRows(Network network) {
        try {
            return InputValues.rows(inputs, network.inputNames());
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
    }

    private void checkOptions() {
        if (file == null) {
            throw usage("missing the script FILE");
        }
        if (!Files.exists(file)) {
            // `nnrun trian`: a misspelled command, taken as the script's name.
            UsageHints.forCommandWord(spec.commandLine().getParseResult().originalArgs().toArray(String[]::new))
                    .ifPresent(hint -> {
                        throw usage(hint);
                    });
        }
        if (inputsFile != null && !inputs.isEmpty()) {
            throw usage("give --input or --inputs, not both");
        }
        if (trace && inputs.isEmpty()) {
            throw usage("--trace explains the passes of --input values; give at least one --input");
        }
        if (trace && format != OutputFormat.human) {
            throw usage("--trace prints an explanation for people; it does not combine with --format " + format);
        }
        if (inputsFile != null && spec.commandLine().getParseResult().hasMatchedOption(CommandWords.FORMAT_OPTION)
                && format != OutputFormat.csv) {
            throw usage("--inputs always writes CSV");
        }
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
