package dev.nnscript.reference.dl4j;

import java.io.IOException;
import java.nio.file.Path;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The DL4J side of compare.sh: runs one workload of WORKLOADS.md once and prints its JSON result
 * line, with the same arguments as the nnscript workload driver.
 *
 * <pre>
 * Dl4jDriver probe                          loads ND4J's native backend and prints its settings
 * Dl4jDriver w3                             tiny training, 10,000 full-batch steps
 * Dl4jDriver w4 DIGITS.csv BATCH [SEED]     digits, 64-32-10, lr 0.1, 20 epochs, 1 thread
 * Dl4jDriver w5 DATA_DIR THREADS [SEED]     wide, 784-256-256-10, lr 0.01, batch 128, 3 epochs
 * </pre>
 *
 * Everything is float64. Exit codes: 0 done, 64 bad usage, 66 unreadable data.
 */
public final class Dl4jDriver {

    private static final String USAGE = "usage: Dl4jDriver probe | w3 | w4 DIGITS.csv BATCH [SEED]"
            + " | w5 DATA_DIR THREADS [SEED]";

    private Dl4jDriver() {}

    public static void main(String[] args) {
        int code;
        try {
            System.out.println(result(args));
            code = 0;
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            System.err.println(e.getMessage() == null ? USAGE : e.getMessage() + "\n" + USAGE);
            code = 64;
        } catch (IOException e) {
            System.err.println("cannot read the workload data: " + e.getMessage());
            code = 66;
        }
        // ND4J leaves non-daemon threads behind; the result is printed, so end the process.
        System.exit(code);
    }

    private static ResultLine result(String[] args) throws IOException {
        String workload = args.length == 0 ? "" : args[0];
        if (!workload.matches("probe|w3|w4|w5")) {
            throw new IllegalArgumentException("unknown workload '" + workload + "'");
        }
        int threads = workload.equals("w5") ? Integer.parseInt(args[2]) : 1;
        Threads.limit(threads);
        Nd4j.setDefaultDataTypes(DataType.DOUBLE, DataType.DOUBLE);
        return switch (workload) {
            case "probe" -> Threads.describe(new ResultLine("probe"));
            case "w3" -> TinyTraining.run();
            case "w4" -> Threads.describe(ClassifierTraining.run("W4", new int[] {64, 32, 10},
                    WorkloadData.digits(Path.of(args[1])), 0.1, Integer.parseInt(args[2]), 20, seed(args, 3)))
                    .put("threads", threads);
            default -> Threads.describe(ClassifierTraining.run("W5", new int[] {784, 256, 256, 10},
                    WorkloadData.wide(Path.of(args[1])), 0.01, 128, 3, seed(args, 3)))
                    .put("threads", threads);
        };
    }

    private static long seed(String[] args, int index) {
        return args.length > index ? Long.parseLong(args[index]) : 1L;
    }
}
