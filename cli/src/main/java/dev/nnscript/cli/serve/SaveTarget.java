package dev.nnscript.cli.serve;

import dev.nnscript.dsl.files.AtomicFiles;
import dev.nnscript.cli.io.OutputPaths;
import dev.nnscript.dsl.print.ScriptPrinter;
import dev.nnscript.dsl.script.SavedDataPath;
import dev.nnscript.dsl.script.Script;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/**
 * The one file a page's save may write, fixed when the server starts: {@code --save-to FILE}, or
 * {@code NAME.edited.nn} beside the script {@code NAME.nn}. The page cannot name another. An
 * existing file is replaced only when the request confirms it; the data file is never replaced.
 * Writes are atomic ({@link AtomicFiles}), in canonical {@code .nn} with the data path rewritten to
 * name the data from the target's folder, as {@code nnrun train --out} saves.
 */
final class SaveTarget {

    private final Path target;
    /**
     * The target's bytes when the server started or last wrote it (null when it did not exist): a
     * file that differs was written by something else since (an editor, another page's save), and
     * the confirmation says so.
     */
    private byte[] known;
    /** The page that wrote it last, or null. */
    private String lastWriter;

    SaveTarget(Path target) {
        this.target = target;
        this.known = read(target);
    }

    /** {@code saveTo} when given, else {@code NAME.edited.nn} beside {@code script}. */
    static SaveTarget of(Path script, Path saveTo) {
        if (saveTo != null) {
            return new SaveTarget(saveTo);
        }
        String name = script.getFileName().toString();
        String stem = name.endsWith(".nn") ? name.substring(0, name.length() - 3) : name;
        return new SaveTarget(script.resolveSibling(stem + ".edited.nn"));
    }

    Path path() {
        return target;
    }

    String fileName() {
        return target.getFileName().toString();
    }

    /** The canonical text a save writes (and a download gives). */
    String text(Script script) {
        Path folder = target.toAbsolutePath().getParent();
        return ScriptPrinter.print(SavedDataPath.relativeTo(script, folder == null ? Path.of("") : folder));
    }

    /**
     * Writes {@code script} to the target.
     *
     * @param replace whether an existing file may be replaced (the page asked its user, who was told
     *     when the file changed since this server read or wrote it, or another page wrote it last)
     * @param page the saving page's session id
     * @throws HttpProblem 409 when the file exists and {@code replace} is false, or it is the data file
     */
    synchronized void save(Script script, boolean replace, String page) throws IOException {
        Optional<Path> data = script.csvDataFile();
        if (data.isPresent() && OutputPaths.sameFile(target, data.get())) {
            throw HttpProblem.conflict(target + " is the script's data file; save to another file (--save-to)");
        }
        if (Files.exists(target) && !replace) {
            byte[] now = read(target);
            boolean changed = known == null || now == null || !Arrays.equals(known, now);
            String why = changed ? "it changed since this server " + (known == null ? "started" : "last read or wrote it")
                    + " (another program wrote it), and saving loses those changes; "
                    : lastWriter != null && !lastWriter.equals(page) ? "another page of this server saved it last, and"
                    + " saving replaces that page's network; " : "";
            throw HttpProblem.conflict(target + " exists; " + why + "confirm to replace it");
        }
        byte[] bytes = text(script).getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(target, bytes);
        known = bytes;
        lastWriter = page;
    }

    /** The file's bytes, or null when it cannot be read (it does not exist, say). */
    private static byte[] read(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.readAllBytes(file) : null;
        } catch (IOException e) {
            return null;
        }
    }
}
