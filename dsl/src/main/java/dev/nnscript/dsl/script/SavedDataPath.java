package dev.nnscript.dsl.script;

import java.nio.file.Path;

/**
 * A CSV data path as a script saved in another folder must write it. A relative path in a script
 * is relative to the script's folder, so a model saved elsewhere names the same file by a path
 * relative to its own folder; an absolute path stays as written, and so does a path that already
 * is that relative path.
 */
public final class SavedDataPath {

    private SavedDataPath() {}

    /** {@code script} as it reads from {@code folder}: its CSV data path rewritten if needed. */
    public static Script relativeTo(Script script, Path folder) {
        if (!(script.data() instanceof DataSource.CsvFile csv) || Path.of(csv.written()).isAbsolute()) {
            return script;
        }
        Path file = csv.resolved().toAbsolutePath().normalize();
        Path relative;
        try {
            relative = folder.toAbsolutePath().normalize().relativize(file);
        } catch (IllegalArgumentException e) {
            // No relative path between them (another drive): the absolute one.
            return script.withData(new DataSource.CsvFile(file.toString(), file, csv.options(), csv.position()));
        }
        if (Path.of(csv.written()).normalize().equals(relative)) {
            return script;
        }
        // '/' on every system: the saved script may be read on another one.
        String written = relative.toString().replace(file.getFileSystem().getSeparator(), "/");
        return script.withData(new DataSource.CsvFile(written, file, csv.options(), csv.position()));
    }
}
