package dev.nnscript.examples;

import dev.nnscript.cli.NnrunCommandLine;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

/**
 * Runs {@code nnrun} in this process, from the examples folder (Maven runs the module's tests
 * there, and relative paths resolve against it), capturing both streams.
 *
 * <p>Where the command line says it leaves out something the language promises (one of
 * {@link #CLI_GAPS}), the run is repeated with {@link StandInNnrun}, which does it through the dsl
 * and core, so the example's numbers are still checked. Each gap should be deleted here as soon as
 * the CLI closes it; with none left, delete the stand-in too.
 */
final class Nnrun {

    /** What nnrun prints when it skips a promised feature, and why that matters to the examples. */
    static final List<String> CLI_GAPS = List.of(
            // holdout= is not applied: iris.nn and digits.nn get no held-out accuracy.
            "holdout= and scale= are not applied yet",
            // report loss on data without a train line: iris-statquest.nn's cross-entropy.
            "not trained (the script has no data and train lines)");

    private Nnrun() {}

    static NnrunResult run(List<String> arguments) {
        NnrunResult result = cli(arguments);
        boolean gap = CLI_GAPS.stream().anyMatch(g -> result.out().contains(g) || result.err().contains(g));
        return gap ? StandInNnrun.run(arguments) : result;
    }

    static NnrunResult cli(List<String> arguments) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code;
        try (PrintWriter o = new PrintWriter(out); PrintWriter e = new PrintWriter(err)) {
            code = NnrunCommandLine.create(o, e).execute(arguments.toArray(String[]::new));
        }
        return new NnrunResult("nnrun", code, out.toString(), err.toString());
    }
}
