package dev.nnscript.dsl.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.nnscript.dsl.LoadResult;
import dev.nnscript.dsl.NnScripts;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Read errors say what went wrong, not only the path the user gave. (An unreadable file as an
 * unprivileged user is tested by a real process, cli's PermissionsIT.)
 */
class FileErrorsTest {

    @TempDir
    Path dir;

    @Test
    void accessDeniedIsPermissionDeniedNotThePath() {
        assertEquals("permission denied", FileErrors.reason(new AccessDeniedException("/home/a/model.nn")));
    }

    @Test
    void aFileSystemExceptionGivesItsReasonWithoutThePath() {
        assertEquals("Is a directory", FileErrors.reason(new FileSystemException("/home/a/model.nn", null, "Is a directory")));
    }

    @Test
    void aFolderGivenAsTheScriptSaysSoOnce() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("model.nn"));
        LoadResult result = NnScripts.load(folder);
        assertEquals(folder + ":1:1: error: cannot read the file: Is a directory", result.formattedDiagnostics().lines().findFirst().orElseThrow());
    }
}
