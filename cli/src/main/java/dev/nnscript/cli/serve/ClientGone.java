package dev.nnscript.cli.serve;

import java.io.IOException;

/**
 * The client closed its connection before the whole answer was sent (a browser tab closed, a
 * {@code curl ... | head}): nothing to report, as a command line stays quiet when its reader stops.
 */
final class ClientGone extends IOException {

    ClientGone(IOException cause) {
        super(cause.getMessage(), cause);
    }
}
