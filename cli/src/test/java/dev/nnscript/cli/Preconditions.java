package dev.nnscript.cli;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.FileSystems;

/**
 * What a test needs of the machine. Missing on a developer's machine, the test is skipped; missing
 * in CI (environment variable {@code CI=true}, which runs as root on Linux), it fails, so that a
 * changed CI image cannot turn a test into a silent skip.
 */
public final class Preconditions {

    private Preconditions() {}

    /** @param what the precondition, as a sentence ("the file system has POSIX permissions") */
    public static void require(boolean holds, String what) {
        if (holds) {
            return;
        }
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            fail("missing in CI, where it must hold: " + what);
        }
        assumeTrue(false, "skipped here: " + what + " does not hold");
    }

    /** POSIX permissions and owners, and signals sent with {@code kill}: Linux or macOS. */
    public static void requirePosix() {
        require(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"),
                "the file system has POSIX permissions and owners (Linux or macOS)");
    }
}
