package dev.nnscript.dsl.fuzz;

import static org.junit.jupiter.api.Assertions.fail;

import dev.nnscript.dsl.LoadResult;
import dev.nnscript.dsl.NnScripts;
import dev.nnscript.dsl.data.DataResult;
import dev.nnscript.dsl.data.ScriptData;
import dev.nnscript.dsl.diagnostic.Diagnostic;
import dev.nnscript.dsl.print.ScriptPrinter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs one hostile input through the whole pipeline (read, parse, build, validate, assemble, then
 * data loading and printing when it loads) on a worker thread with a time bound, and checks the
 * contract: a script, or error diagnostics that each carry a position; no exception, no stack
 * overflow, no hang. A failing input is written to {@code target/fuzz-failures/} so it can be added
 * to the regression corpus ({@code src/test/resources/fuzz-corpus/}).
 */
final class FuzzHarness implements AutoCloseable {

    /**
     * Far above what any input here needs (milliseconds), so only a real hang trips it on a busy
     * machine. Not a performance assertion.
     */
    private static final long HANG_GUARD_SECONDS = 30;

    private static final Path FAILURES = Path.of("target", "fuzz-failures");

    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "fuzz-worker");
        t.setDaemon(true);
        return t;
    });

    /** Checks one input; {@code name} says where it came from (a seed, a corpus file). */
    void check(byte[] input, String name, Path scriptDirectory) {
        Future<String> run = worker.submit(() -> problem(input, scriptDirectory));
        String problem;
        try {
            problem = run.get(HANG_GUARD_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            run.cancel(true);
            problem = "no result within " + HANG_GUARD_SECONDS + " s (a hang?)";
        } catch (ExecutionException e) {
            problem = "escaped: " + e.getCause();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            problem = "interrupted";
        }
        if (problem != null) {
            fail(name + ": " + problem + "; input saved as " + save(input, name + ".nn") + " (" + input.length + " bytes)");
        }
    }

    /** Null when the input met the contract, else what went wrong. Throwables (stack overflow too) are caught here. */
    private static String problem(byte[] input, Path scriptDirectory) {
        try {
            LoadResult result = NnScripts.load(input, "fuzz.nn", scriptDirectory);
            result.formattedDiagnostics();
            if (!result.succeeded()) {
                List<Diagnostic> errors = result.diagnostics().stream().filter(Diagnostic::isError).toList();
                return errors.isEmpty() ? "failed without an error diagnostic" : null;
            }
            String printed = ScriptPrinter.print(result.script());
            LoadResult again = NnScripts.parse(printed, "printed.nn");
            if (!again.succeeded()) {
                return "the printed script does not load again:\n" + printed + again.formattedDiagnostics();
            }
            if (result.script().data() != null) {
                DataResult data = ScriptData.load(result.script(), "fuzz.nn");
                if (data.dataset() == null && data.diagnostics().stream().noneMatch(Diagnostic::isError)) {
                    return "no data and no error about it";
                }
            }
            return null;
        } catch (Throwable t) {
            return "escaped: " + t;
        }
    }

    /** Loads data only: every CSV input ends in rows or in positioned errors. */
    void checkData(dev.nnscript.dsl.script.Script script, String name, byte[] csv, Path file) {
        try {
            Files.write(file, csv);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Future<String> run = worker.submit(() -> {
            try {
                DataResult data = ScriptData.load(script, "model.nn");
                boolean errors = data.diagnostics().stream().anyMatch(Diagnostic::isError);
                return (data.dataset() == null) == errors ? null : "rows and errors disagree: " + data.diagnostics();
            } catch (Throwable t) {
                return "escaped: " + t;
            }
        });
        try {
            String problem = run.get(HANG_GUARD_SECONDS, TimeUnit.SECONDS);
            if (problem != null) {
                fail(name + ": " + problem + "; CSV saved as " + save(csv, name + ".csv"));
            }
        } catch (TimeoutException e) {
            run.cancel(true);
            fail(name + ": no result within " + HANG_GUARD_SECONDS + " s; CSV saved as " + save(csv, name + ".csv"));
        } catch (ExecutionException | InterruptedException e) {
            fail(name + ": " + e);
        }
    }

    private static Path save(byte[] input, String name) {
        try {
            Files.createDirectories(FAILURES);
            Path file = FAILURES.resolve(name.replaceAll("[^A-Za-z0-9_.-]", "_"));
            Files.write(file, input);
            return file;
        } catch (IOException e) {
            return Path.of("(not saved: " + e.getMessage() + ")");
        }
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
