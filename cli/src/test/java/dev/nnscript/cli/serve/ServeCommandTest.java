package dev.nnscript.cli.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnscript.cli.CliRun;
import dev.nnscript.cli.Scripts;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code nnrun serve}'s command line: the mistakes that stop it before it serves. */
class ServeCommandTest {

    @TempDir
    Path folder;

    @Test
    void aTakenPortIsAnErrorNamingIt() throws IOException {
        Path script = Scripts.copy("relu-in-action.nn", folder);
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int port = taken.getLocalPort();
            CliRun run = assertTimeoutPreemptively(Duration.ofSeconds(30),
                    () -> CliRun.of("serve", script.toString(), "--port", String.valueOf(port)));
            assertEquals(1, run.exitCode(), run.err());
            assertEquals("", run.out());
            assertTrue(run.err().startsWith("nnrun: cannot listen on 127.0.0.1:" + port + " ("), run.err());
            assertTrue(run.err().contains("choose another port with --port N, or --port 0 for any free one"), run.err());
        }
    }

    /** 192.0.2.1 is set aside for documentation (RFC 5737): no machine here has it. */
    @Test
    void anAddressThisMachineDoesNotHaveIsNamedNotThePort() {
        Path script = Scripts.copy("relu-in-action.nn", folder);
        CliRun run = assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> CliRun.of("serve", script.toString(), "--port", "0", "--bind", "192.0.2.1"));
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().startsWith("nnrun: cannot listen on 192.0.2.1:0 ("), run.err());
        assertTrue(run.err().contains("): 192.0.2.1 is not an address of this machine; leave out --bind for 127.0.0.1,"
                + " or give one of this machine's addresses (0.0.0.0 for all of them)"), run.err());
    }

    @Test
    void badOptionsAreUsageErrors() {
        Path script = Scripts.copy("relu-in-action.nn", folder);
        CliRun port = CliRun.of("serve", script.toString(), "--port", "70000");
        assertEquals(2, port.exitCode());
        assertTrue(port.err().startsWith("nnrun: --port must be from 0 to 65535 (got 70000)"), port.err());
        CliRun saveTo = CliRun.of("serve", script.toString(), "--save-to", folder.toString());
        assertEquals(2, saveTo.exitCode());
        assertTrue(saveTo.err().startsWith("nnrun: --save-to names a folder, not a file: "), saveTo.err());
        CliRun bind = CliRun.of("serve", script.toString(), "--bind", "no such host.invalid");
        assertEquals(2, bind.exitCode());
        assertTrue(bind.err().startsWith("nnrun: --bind must be an address of this machine"), bind.err());
    }

    @Test
    void anInvalidScriptStopsBeforeServing() {
        Path script = Scripts.copy("bad-activation.nn", folder);
        CliRun run = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> CliRun.of("serve", script.toString()));
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("error: unknown activation"), run.err());
    }
}
