package dev.nnscript.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Copies the test scripts under src/test/resources/scripts into a folder, so tests can name files. */
public final class Scripts {

    private Scripts() {}

    public static Path copy(String name, Path folder) {
        try (InputStream in = Scripts.class.getResourceAsStream("/scripts/" + name)) {
            Path file = folder.resolve(name);
            Files.copy(in, file);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
