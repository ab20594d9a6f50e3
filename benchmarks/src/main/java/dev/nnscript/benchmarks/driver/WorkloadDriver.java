package dev.nnscript.benchmarks.driver;

import dev.nnscript.cli.train.CompilerChoice;
import dev.nnscript.core.network.Network;
import dev.nnscript.core.train.TrainingConfig;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.OptionalInt;

/**
 * Entry point for compare.sh: runs one workload once and prints its JSON result line.
 *
 * <pre>
 * WorkloadDriver probe                          checks that the driver and core load
 * WorkloadDriver w3                             tiny training, 10,000 full-batch steps
 * WorkloadDriver w4 DIGITS.csv BATCH [SEED]     digits, 64-32-10, lr 0.1, 20 epochs
 * WorkloadDriver w5 DATA_DIR THREADS [SEED]     wide, 784-256-256-10, lr 0.01, batch 128, 3 epochs
 * </pre>
 *
 * W4 trains on one thread (its products are below the size where the engine would split them);
 * W5 gives the engine THREADS threads, as the reference gets.
 *
 * Exit codes: 0 done, 64 bad usage, 66 unreadable data.
 */
public final class WorkloadDriver {

    private static final String USAGE = "usage: WorkloadDriver probe | w3 | w4 DIGITS.csv BATCH [SEED]"
            + " | w5 DATA_DIR THREADS [SEED]";

    private WorkloadDriver() {}

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        try {
            out.println(result(args));
            return 0;
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            err.println(e.getMessage() == null ? USAGE : e.getMessage() + "\n" + USAGE);
            return 64;
        } catch (IOException e) {
            err.println("cannot read the workload data: " + e.getMessage());
            return 66;
        }
    }

    private static ResultLine result(String[] args) throws IOException {
        String workload = args.length == 0 ? "" : args[0];
        return switch (workload) {
            case "probe" -> new ResultLine("probe");
            case "w3" -> TinyTraining.run();
            case "w4" -> ClassifierTraining.run("W4", new int[] {64, 32, 10},
                    WorkloadData.digits(Path.of(args[1])), 0.1, Integer.parseInt(args[2]), 20, seed(args, 3), 1);
            case "w5" -> ClassifierTraining.run("W5", new int[] {784, 256, 256, 10},
                    WorkloadData.wide(Path.of(args[1])), 0.01, 128, 3, seed(args, 3), Integer.parseInt(args[2]))
                    .put("threads", Integer.parseInt(args[2])).put("engine_threads", Integer.parseInt(args[2]));
            default -> throw new IllegalArgumentException("unknown workload '" + workload + "'");
        };
    }

    /**
     * As {@code nnrun train} does ({@link CompilerChoice}): when the JVM was started as the launcher
     * starts training (the client compiler alone and the property naming the optimizing compiler's
     * flags) and the run is large, the same command runs in a JVM with the optimizing compiler, and
     * this one exits with its code; that JVM printed the result line.
     */
    static void handOverIfLarge(Network network, long rows, TrainingConfig config) {
        OptionalInt code = CompilerChoice.trainElsewhereIfLarge(network, rows, config);
        if (code.isPresent()) {
            System.exit(code.getAsInt());
        }
    }

    private static long seed(String[] args, int index) {
        return args.length > index ? Long.parseLong(args[index]) : 1L;
    }
}
