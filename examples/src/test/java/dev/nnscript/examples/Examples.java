package dev.nnscript.examples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The example scripts: every {@code .nn} file in the examples folder, the tests' working folder. */
final class Examples {

    static final Path FOLDER = Path.of("");
    static final Path README = FOLDER.resolve("README.md");

    private Examples() {}

    static List<ExampleFile> all() {
        try (Stream<Path> files = Files.list(FOLDER.toAbsolutePath())) {
            List<Path> scripts = files.filter(p -> p.getFileName().toString().endsWith(".nn")).sorted().toList();
            if (scripts.isEmpty()) {
                throw new IllegalStateException("no .nn examples in " + FOLDER.toAbsolutePath()
                        + "; the tests must run from the examples folder");
            }
            return scripts.stream().map(p -> read(FOLDER.resolve(p.getFileName()))).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The examples that train, judged by their having a {@code train} line. */
    static List<ExampleFile> training() {
        return all().stream().filter(Examples::trains).toList();
    }

    private static boolean trains(ExampleFile example) {
        try {
            return Files.readAllLines(example.path()).stream().anyMatch(l -> l.strip().startsWith("train "));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ExampleFile read(Path path) {
        try {
            return ExampleFile.read(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
