package dev.nnscript.cli.serve;

import java.net.InetAddress;
import java.nio.file.Path;

/**
 * How {@code nnrun serve} runs: the address and port it binds (port 0: any free port), the file a
 * save writes, and how many trainings may run at once.
 *
 * @param saveTo the save target named on the command line, or null for {@code NAME.edited.nn}
 */
public record ServeSettings(InetAddress bind, int port, Path saveTo, int maxTrainings) {

    /** The default port; 0 asks the system for any free one. */
    public static final int DEFAULT_PORT = 8765;
    public static final int DEFAULT_MAX_TRAININGS = 2;

    public ServeSettings {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("--port must be from 0 to 65535 (got " + port + ")");
        }
        if (maxTrainings < 1) {
            throw new IllegalArgumentException("at least one training must be allowed");
        }
    }

    /** Whether the server is reachable only from this machine. */
    public boolean loopbackOnly() {
        return bind.isLoopbackAddress();
    }
}
