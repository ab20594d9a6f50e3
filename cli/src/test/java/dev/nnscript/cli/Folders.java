package dev.nnscript.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** What a folder holds, for tests that check no temporary file was left behind. */
public final class Folders {

    private Folders() {}

    /** The names in {@code folder}, sorted. */
    public static List<String> contents(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }
}
