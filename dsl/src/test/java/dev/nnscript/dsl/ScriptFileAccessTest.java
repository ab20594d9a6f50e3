package dev.nnscript.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnscript.dsl.data.DataResult;
import dev.nnscript.dsl.data.ScriptData;
import dev.nnscript.dsl.script.DataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.TreeSet;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "No surprises from a model file": loading a script and its data reads the script and the data
 * file it names, nothing else, and nothing in a script runs as code. File reads are observed with
 * the JDK's own flight recorder (every read of this thread, however small).
 */
class ScriptFileAccessTest {

    @TempDir
    Path dir;

    /** The files this thread read while {@code action} ran, as absolute normalized paths. */
    private static Set<String> filesReadBy(Runnable action, Path recordingFile) throws IOException {
        long thread = Thread.currentThread().getId();
        try (Recording recording = new Recording()) {
            recording.enable("jdk.FileRead").withThreshold(Duration.ZERO).withStackTrace();
            recording.start();
            action.run();
            recording.stop();
            recording.dump(recordingFile);
        }
        Set<String> read = new TreeSet<>();
        for (RecordedEvent event : RecordingFile.readAllEvents(recordingFile)) {
            String path = event.getString("path");
            if (event.getThread() != null && event.getThread().getJavaThreadId() == thread && path != null) {
                read.add(Path.of(path).toAbsolutePath().normalize().toString());
            }
        }
        return read;
    }

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    @Test
    void loadingReadsOnlyTheScriptAndTheDataFileItNames() throws IOException {
        Path script = write("models/model.nn", """
                network "${new File('/etc/passwd').text}"
                input a
                output y identity w=1 b=0
                data "rows.csv"
                """);
        Path rows = write("models/rows.csv", "a,y\n1,2\n");
        write("models/other.csv", "a,y\n3,4\n");
        write("models/other.nn", "input a\n");
        DataResult[] data = new DataResult[1];
        LoadResult[] loaded = new LoadResult[1];
        Set<String> read = filesReadBy(() -> {
            loaded[0] = NnScripts.load(script);
            data[0] = ScriptData.load(loaded[0].script(), script.toString());
        }, dir.resolve("reads.jfr"));
        assertTrue(loaded[0].succeeded(), loaded[0]::formattedDiagnostics);
        assertEquals("${new File('/etc/passwd').text}", loaded[0].script().network().name(), "a string stays a string");
        assertEquals(1, data[0].dataset().rows());
        assertEquals(new TreeSet<>(Set.of(script.toAbsolutePath().normalize().toString(),
                rows.toAbsolutePath().normalize().toString())), read);
    }

    @Test
    void relativeDataPathsResolveAgainstTheScriptsFolderAndAbsoluteOnesAreUsedAsWritten() throws IOException {
        Path outside = write("shared/rows.csv", "a,y\n1,2\n");
        Path relative = write("models/up.nn", "input a\noutput y identity w=1 b=0\ndata \"../shared/rows.csv\"\n");
        Path absolute = write("models/abs.nn", "input a\noutput y identity w=1 b=0\ndata \""
                + outside.toAbsolutePath().toString().replace("\\", "\\\\") + "\"\n");
        for (Path script : new Path[] {relative, absolute}) {
            LoadResult loaded = NnScripts.load(script);
            assertTrue(loaded.succeeded(), loaded::formattedDiagnostics);
            DataSource.CsvFile csv = (DataSource.CsvFile) loaded.script().data();
            assertEquals(outside.toAbsolutePath().normalize(), csv.resolved().toAbsolutePath().normalize());
            assertEquals(1, ScriptData.load(loaded.script(), script.toString()).dataset().rows());
        }
    }

    @Test
    void parsingTextReadsNoFileAtAll() throws IOException {
        Set<String> read = filesReadBy(() -> NnScripts.parse("input a\noutput y identity w=1 b=0\ndata \"rows.csv\"\n",
                "model.nn"), dir.resolve("parse.jfr"));
        assertEquals(Set.of(), read, "data files are read when data are loaded, not when a script is parsed");
    }
}
