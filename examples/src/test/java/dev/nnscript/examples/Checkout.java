package dev.nnscript.examples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A scratch copy of what the repository ships for users to run (the examples folder, its scripts
 * and data), with an {@code nnrun} at its root and on the PATH, where commands shown in documents
 * and help screens run in bash as a user pastes them. {@code nnrun} starts this test run's
 * class path (the launcher itself is tested by the cli module and by .ci/run on a fresh clone);
 * HOME is a folder of the copy, so nothing outside it is written.
 */
final class Checkout {

    /** The repository root, seen from the examples folder the tests run in. */
    static final Path REPOSITORY = Path.of("..").toAbsolutePath().normalize();

    private static final long TIMEOUT_SECONDS = 300;

    private final Path root;

    private Checkout(Path root) {
        this.root = root;
    }

    static Checkout copy(Path folder) throws IOException {
        Path examples = REPOSITORY.resolve("examples");
        for (Path file : shippedFiles(examples)) {
            Path target = folder.resolve("examples").resolve(examples.relativize(file).toString());
            Files.createDirectories(target.getParent());
            Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String launcher = "#!/bin/sh\nexec '" + java + "' -cp '" + System.getProperty("java.class.path")
                + "' dev.nnscript.cli.Nnrun \"$@\"\n";
        for (Path nnrun : List.of(folder.resolve("nnrun"), Files.createDirectories(folder.resolve("bin")).resolve("nnrun"))) {
            Files.writeString(nnrun, launcher);
            if (!nnrun.toFile().setExecutable(true)) {
                throw new IOException("cannot make " + nnrun + " executable");
            }
        }
        Files.createDirectories(folder.resolve("home"));
        return new Checkout(folder);
    }

    /**
     * The files under {@code folder} that users get, sorted: its build outputs ({@code target}) and
     * the tests' own sources ({@code src}) are skipped, not walked and filtered, because the test run
     * itself writes and renames files under target/ (surefire's reports) meanwhile, and a file gone
     * between being listed and having its attributes read failed the walk.
     */
    static List<Path> shippedFiles(Path folder) throws IOException {
        List<Path> files = new ArrayList<>();
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                Path relative = folder.relativize(dir);
                String first = relative.getName(0).toString();
                boolean skipped = relative.getNameCount() == 1 && (first.equals("target") || first.equals("src"));
                return skipped ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                if (attributes.isRegularFile()) {
                    files.add(file);
                }
                return FileVisitResult.CONTINUE;
            }
        });
        files.sort(null);
        return files;
    }

    Path root() {
        return root;
    }

    /** What one command gave, and the folder it left bash in. */
    record Result(int exitCode, String out, String err, Path folder) {
        String describe(String command) {
            return "$ " + command + " (in " + folder + ")\nexit code " + exitCode + "\n--- standard output ---\n" + out
                    + "--- standard error ---\n" + err;
        }
    }

    /** Runs {@code command} in bash from {@code folder}, failing a pipeline when any part fails. */
    Result run(Path folder, String command) {
        Path after = root.resolve("home/.folder-after");
        try {
            Files.deleteIfExists(after);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String script = "set -o pipefail\ncd \"$1\" || exit 99\neval \"$2\"\nstatus=$?\npwd > \"$3\"\nexit $status\n";
        ProcessBuilder builder = new ProcessBuilder("bash", "-c", script, "bash", folder.toString(), command, after.toString());
        builder.environment().put("PATH", root.resolve("bin") + ":" + System.getenv("PATH"));
        builder.environment().put("HOME", root.resolve("home").toString());
        // For commands that start java themselves (README's Groovy scripts): this run's class path.
        builder.environment().put("CLASSPATH", System.getProperty("java.class.path"));
        builder.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        try {
            Process process = builder.start();
            CompletableFuture<String> out = drain(process.getInputStream());
            CompletableFuture<String> err = drain(process.getErrorStream());
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("timed out: " + command);
            }
            Path left = Files.exists(after) ? Path.of(Files.readString(after).strip()) : folder;
            return new Result(process.exitValue(), out.join(), err.join(), left);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static CompletableFuture<String> drain(java.io.InputStream stream) {
        return CompletableFuture.supplyAsync(() -> {
            try (stream) {
                return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
