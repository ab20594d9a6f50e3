package dev.nnscript.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * nnrun run by an unprivileged user ({@code nobody}, through runuser), as the shaded jar: saves refuse
 * a file the user may not write or could only take over, reads say "permission denied", and
 * {@code --out /dev/stdout} works for any user. CI runs as root on Linux; without root or runuser
 * these tests fail rather than skip.
 */
class PermissionsIT {

    private static final Path JAR = Path.of("target", "nnrun.jar").toAbsolutePath();

    @TempDir
    Path folder;

    /** The folder, a copy of the jar that nobody can read, and the folder owned by nobody. */
    private Path jar;

    @BeforeEach
    void openTheFolderToNobody() throws IOException {
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        jar = Files.copy(JAR, folder.resolve("nnrun.jar"));
        Files.setPosixFilePermissions(jar, PosixFilePermissions.fromString("rw-r--r--"));
        setOwner(folder, "nobody", "nogroup");
    }

    private ProcessRun asNobody(String... args) {
        List<String> command = new ArrayList<>(List.of("runuser", "-u", "nobody", "--",
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString()));
        command.addAll(List.of(args));
        return ProcessRun.command(command, ProcessRun::none);
    }

    private static void setOwner(Path file, String user, String group) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        UserPrincipalLookupService users = file.getFileSystem().getUserPrincipalLookupService();
        view.setOwner(users.lookupPrincipalByName(user));
        view.setGroup(users.lookupPrincipalByGroupName(group));
    }

    private Path script(String owner, String mode) throws IOException {
        Path script = Scripts.copy("backprop.nn", folder);
        setOwner(script, owner, owner.equals("root") ? "root" : "nogroup");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString(mode));
        return script;
    }

    @Test
    void theTestsRunAsRootWithRunuser() {
        ProcessRun run = asNobody("--version");
        assertEquals(0, run.exitCode(), "runuser -u nobody must work here (CI runs as root): " + run.err());
    }

    @Test
    void aReadOnlyFileOfTheUsersOwnIsNotRewritten() throws IOException {
        Path script = script("nobody", "r--r--r--");
        String before = Files.readString(script);
        ProcessRun run = asNobody("fmt", script.toString(), "--write");
        assertEquals(new ProcessRun(ExitCodes.INVALID, "", "nnrun: cannot write " + script + ": the file is read-only"
                + " (r--r--r--); make it writable first (chmod u+w) if it should be replaced; the file was left as it was\n"),
                run);
        assertEquals(before, Files.readString(script));
    }

    @Test
    void anotherUsersWritableFileIsNotTakenOver() throws IOException {
        Path script = script("root", "rw-rw-rw-");
        String before = Files.readString(script);
        ProcessRun run = asNobody("fmt", script.toString(), "--write");
        assertEquals(new ProcessRun(ExitCodes.INVALID, "", "nnrun: cannot write " + script + ": it belongs to root, and"
                + " a replacement written by nobody would belong to nobody; write to a file of your own;"
                + " the file was left as it was\n"), run);
        assertEquals(before, Files.readString(script));
        assertEquals("root", Files.getOwner(script).getName());
        assertEquals(List.of("backprop.nn", "nnrun.jar"), Folders.contents(folder), "no temporary file left");
    }

    @Test
    void aFileTheUserMayNotWriteIsRefused() throws IOException {
        Path script = script("root", "rw-r--r--");
        String before = Files.readString(script);
        ProcessRun run = asNobody("fmt", script.toString(), "--write");
        assertEquals(new ProcessRun(ExitCodes.INVALID, "", "nnrun: cannot write " + script
                + ": permission denied; the file was left as it was\n"), run);
        assertEquals(before, Files.readString(script));
    }

    @Test
    void trainChecksTheOutFilePermissionsBeforeTraining() throws IOException {
        Path script = script("nobody", "rw-r--r--");
        Path out = Files.writeString(folder.resolve("trained.nn"), "old\n");
        ProcessRun run = asNobody("train", script.toString(), "--out", out.toString());
        assertEquals(new ProcessRun(ExitCodes.USAGE, "", "nnrun: --out: cannot write " + out + ": permission denied\n"
                + "Try 'nnrun train --help' for more information.\n"), run);
    }

    @Test
    void anUnreadableScriptSaysPermissionDenied() throws IOException {
        Path script = script("root", "rw-------");
        ProcessRun run = asNobody("check", script.toString());
        assertEquals(ExitCodes.INVALID, run.exitCode(), run.err());
        assertTrue(run.err().startsWith(script + ":1:1: error: cannot read the file: permission denied\n"), run.err());
    }

    @Test
    void anUnreadableDataFileSaysPermissionDenied() throws IOException {
        Path script = script("nobody", "rw-r--r--");
        Path rows = Files.writeString(folder.resolve("rows.csv"), "dosage\n0.5\n");
        Files.setPosixFilePermissions(rows, PosixFilePermissions.fromString("rw-------"));
        ProcessRun run = asNobody(script.toString(), "--inputs", rows.toString());
        // The script's one unknown bias draws the untrained-parameters warning first.
        assertEquals(ExitCodes.INVALID, run.exitCode(), run.err());
        assertEquals("", run.out());
        assertTrue(run.err().endsWith("\n" + rows + ":1:1: error: cannot read the data file: permission denied\n"),
                run.err());
    }

    /** The pipe to standard output was made by root; opening /proc/self/fd/1 again would be refused. */
    @Test
    void outDevStdoutWorksForAnyUser() throws IOException {
        Path script = script("nobody", "rw-r--r--");
        ProcessRun run = asNobody("train", script.toString(), "--steps", "2", "--out", "/dev/stdout");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("\ninput dosage\n"), run.out());
    }
}
