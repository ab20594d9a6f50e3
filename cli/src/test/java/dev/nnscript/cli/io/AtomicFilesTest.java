package dev.nnscript.cli.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnscript.cli.Folders;
import dev.nnscript.cli.Preconditions;
import dev.nnscript.dsl.files.AtomicFiles;
import dev.nnscript.dsl.files.WriteFailedException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @TempDir
    Path folder;

    private List<String> folderContents() throws IOException {
        return Folders.contents(folder);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void writesANewFileAndLeavesNoTemporaryFile() throws IOException {
        Path target = folder.resolve("model.nn");
        AtomicFiles.write(target, utf8("input x\n"));
        assertEquals("input x\n", Files.readString(target));
        assertEquals(List.of("model.nn"), folderContents());
    }

    @Test
    void replacesAnExistingFileKeepingItsPermissions() throws IOException {
        Preconditions.requirePosix();
        Path target = folder.resolve("model.nn");
        Files.writeString(target, "old\n");
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-r-----"));
        AtomicFiles.write(target, utf8("new\n"));
        assertEquals("new\n", Files.readString(target));
        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(target)));
        assertEquals(List.of("model.nn"), folderContents());
    }

    @Test
    void aNewFileGetsThePermissionsOfAnyNewFileNotThoseOfATemporaryOne() throws IOException {
        Preconditions.requirePosix();
        Path ordinary = Files.createFile(folder.resolve("ordinary.nn"));
        Path target = folder.resolve("model.nn");
        AtomicFiles.write(target, utf8("new\n"));
        assertEquals(Files.getPosixFilePermissions(ordinary), Files.getPosixFilePermissions(target),
                "a temporary file would be rw------- whatever the umask");
    }

    /** Root may write anything, but a file nobody may write was made read-only on purpose. */
    @Test
    void aFileWithoutAnyWritePermissionIsRefusedEvenForRoot() throws IOException {
        Path target = folder.resolve("model.nn");
        Files.writeString(target, "old\n");
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("r--r--r--"));
        WriteFailedException refused = assertThrows(WriteFailedException.class, () -> AtomicFiles.write(target, utf8("new\n")));
        assertEquals("cannot write " + target + ": the file is read-only (r--r--r--); make it writable first (chmod u+w)"
                + " if it should be replaced; the file was left as it was", refused.getMessage());
        assertEquals("old\n", Files.readString(target));
        assertEquals(List.of("model.nn"), folderContents());
    }

    /** Runs as root in CI: root's save over a user's file leaves it the user's. */
    @Test
    void replacingAnotherUsersFileKeepsItsOwnerGroupAndMode() throws IOException {
        Path target = folder.resolve("model.nn");
        Files.writeString(target, "old\n");
        PosixFileAttributeView view = Files.getFileAttributeView(target, PosixFileAttributeView.class);
        UserPrincipalLookupService users = target.getFileSystem().getUserPrincipalLookupService();
        view.setOwner(users.lookupPrincipalByName("nobody"));
        view.setGroup(users.lookupPrincipalByGroupName("nogroup"));
        view.setPermissions(PosixFilePermissions.fromString("rw-rw----"));
        AtomicFiles.write(target, utf8("new\n"));
        PosixFileAttributes after = view.readAttributes();
        assertEquals("new\n", Files.readString(target));
        assertEquals("nobody", after.owner().getName());
        assertEquals("nogroup", after.group().getName());
        assertEquals("rw-rw----", PosixFilePermissions.toString(after.permissions()));
    }

    @Test
    void writesThroughASymbolicLink() throws IOException {
        Path real = folder.resolve("real.nn");
        Files.writeString(real, "old\n");
        Path link = Files.createSymbolicLink(folder.resolve("link.nn"), real.getFileName());
        AtomicFiles.write(link, utf8("new\n"));
        assertTrue(Files.isSymbolicLink(link), "the link is still a link");
        assertEquals("new\n", Files.readString(real));
        assertEquals(List.of("link.nn", "real.nn"), folderContents());
    }

    @Test
    void aFailureWhileWritingLeavesTheTargetAsItWasAndNoTemporaryFile() throws IOException {
        Path target = folder.resolve("model.nn");
        Files.writeString(target, "old\n");
        WriteFailedException e = assertThrows(WriteFailedException.class, () -> AtomicFiles.write(target, out -> {
            out.write(utf8("half of the new"));
            throw new IOException("No space left on device");
        }));
        assertEquals("cannot write " + target + ": No space left on device; the file was left as it was", e.getMessage());
        assertEquals("old\n", Files.readString(target));
        assertEquals(List.of("model.nn"), folderContents());
    }

    @Test
    void aMissingFolderIsReportedInWords() {
        Path target = folder.resolve("no-such-folder").resolve("model.nn");
        WriteFailedException e = assertThrows(WriteFailedException.class, () -> AtomicFiles.write(target, utf8("x")));
        assertEquals("cannot write " + target + ": the folder does not exist; the file was left as it was",
                e.getMessage());
    }

    @Test
    void aFolderInTheWayIsNotReplaced() throws IOException {
        Path target = Files.createDirectory(folder.resolve("model.nn"));
        Files.writeString(target.resolve("inside"), "kept");
        assertThrows(WriteFailedException.class, () -> AtomicFiles.write(target, utf8("x")));
        assertEquals("kept", Files.readString(target.resolve("inside")));
        assertEquals(List.of("model.nn"), folderContents());
    }

    @Test
    void temporaryNamesDoNotCollideWithAStrayFileFromAKilledRun() throws IOException {
        Path target = folder.resolve("model.nn");
        Path stray = folder.resolve(".model.nn." + ProcessHandle.current().pid() + ".tmp");
        Files.writeString(stray, "left by SIGKILL");
        AtomicFiles.write(target, utf8("new\n"));
        assertEquals("new\n", Files.readString(target));
        assertEquals("left by SIGKILL", Files.readString(stray));
    }

    @Test
    void outputPathsAreCheckedBeforeAnyWork() throws IOException {
        assertEquals("--out: the folder " + folder.resolve("none") + " does not exist",
                OutputPaths.problem(folder.resolve("none").resolve("m.nn")).orElseThrow());
        assertEquals("--out names a folder, not a file: " + folder, OutputPaths.problem(folder).orElseThrow());
        assertTrue(OutputPaths.problem(folder.resolve("m.nn")).isEmpty());
    }
}
