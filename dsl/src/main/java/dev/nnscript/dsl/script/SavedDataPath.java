package dev.nnscript.dsl.script;

import java.nio.file.Path;

/**
 * A CSV data path as a script saved in another folder must write it. A relative path in a script
 * is relative to the script's folder, so a model saved elsewhere names the same file by a path
 * relative to its own folder; an absolute path stays as written, and a path that already names the
 * file from there is kept as written.
 */
public final class SavedDataPath {

    private SavedDataPath() {}

    /** {@code script} as it reads from {@code folder}: its CSV data path rewritten if needed. */
    public static Script relativeTo(Script script, Path folder) {
        if (!(script.data() instanceof DataSource.CsvFile csv) || Path.of(csv.written()).isAbsolute()) {
            return script;
        }
        Path from = folder.toAbsolutePath().normalize();
        Path file = csv.resolved().toAbsolutePath().normalize();
        if (from.resolve(csv.written()).normalize().equals(file)) {
            return script;
        }
        String written;
        try {
            // '/' on every system: the saved script may be read on another one.
            written = from.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
        } catch (IllegalArgumentException e) {
            written = file.toString(); // no relative path between them (another drive): the absolute one
        }
        return script.withData(new DataSource.CsvFile(written, file, csv.options(), csv.position()));
    }
}
