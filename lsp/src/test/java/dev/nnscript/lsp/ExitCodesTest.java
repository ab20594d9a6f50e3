package dev.nnscript.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.channels.Channels;
import java.nio.channels.Pipe;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.services.LanguageServer;
import org.junit.jupiter.api.Test;

/** How the server ends: the protocol's exit codes, and what the end of its input means. */
class ExitCodesTest {

    @Test
    void anEmptyInputIsNoSessionAndEndsWithZeroWritingNothing() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertEquals(0, LspServer.run(new ByteArrayInputStream(new byte[0]), out));
        assertEquals(0, out.size(), "standard output belongs to the protocol");
    }

    /** Input that is not the protocol: one line on standard error, no stack trace, nothing on standard output. */
    @Test
    void inputThatIsNotTheProtocolIsOneLineWithoutAStackTrace() {
        PrintStream original = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            LspServer.run(new ByteArrayInputStream("garbage\r\n\r\n".getBytes(StandardCharsets.UTF_8)), out);
            LspServer.run(new ByteArrayInputStream("Content-Length: 5\r\n\r\n{bad}".getBytes(StandardCharsets.UTF_8)),
                    out);
            LspServer.run(new ByteArrayInputStream("Content-Length: 5\r\n\r\nnotjs".getBytes(StandardCharsets.UTF_8)),
                    out);
        } finally {
            System.setErr(original);
        }
        String said = err.toString(StandardCharsets.UTF_8);
        assertTrue(said.startsWith("nnrun lsp: Missing header Content-Length"), said);
        assertEquals(3, said.lines().count(), said);
        // The problem alone: no exception class in front, no library's troubleshooting link after.
        assertEquals("nnrun lsp: Expected BEGIN_OBJECT but was STRING at line 1 column 1 path $",
                said.lines().toList().get(2));
        assertTrue(said.lines().allMatch(line -> line.startsWith("nnrun lsp: ")), said);
        assertFalse(said.contains("\tat "), said);
        assertEquals(0, out.size(), "standard output belongs to the protocol");
    }

    @Test
    void shutdownThenExitEndsWithZero() {
        LspSession session = LspSession.start();
        assertEquals(0, session.shutDown());
    }

    @Test
    void exitWithoutShutdownEndsWithOne() throws IOException {
        try (Ends ends = new Ends()) {
            ends.server.exit();
            assertEquals(1, ends.exit.orTimeout(20, TimeUnit.SECONDS).join());
        }
    }

    @Test
    void aClientThatGoesAwayMidSessionEndsItWithOne() throws IOException {
        Ends ends = new Ends();
        ends.toServer.close();
        assertEquals(1, ends.exit.orTimeout(20, TimeUnit.SECONDS).join());
        ends.close();
    }

    /** A server in this JVM and an initialized client, over NIO pipes. */
    private static final class Ends implements AutoCloseable {
        final OutputStream toServer;
        final LanguageServer server;
        final CompletableFuture<Integer> exit;

        Ends() throws IOException {
            Pipe in = Pipe.open();
            Pipe out = Pipe.open();
            InputStream serverIn = Channels.newInputStream(in.source());
            OutputStream serverOut = Channels.newOutputStream(out.sink());
            toServer = Channels.newOutputStream(in.sink());
            exit = CompletableFuture.supplyAsync(() -> LspServer.run(serverIn, serverOut, Duration.ofMillis(10)));
            // The session initializes the server.
            server = new LspSession(Channels.newInputStream(out.source()), toServer, exit).server();
        }

        @Override
        public void close() throws IOException {
            toServer.close();
        }
    }
}
