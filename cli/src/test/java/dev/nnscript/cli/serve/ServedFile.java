package dev.nnscript.cli.serve;

import dev.nnscript.dsl.LoadResult;
import dev.nnscript.dsl.NnScripts;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.nio.file.Path;

/** A server started in the test's JVM for one script, on a free loopback port; close stops it. */
final class ServedFile implements AutoCloseable {

    final Path script;
    final ServeServer server;
    /** What the server wrote to its standard error. */
    final StringWriter log;

    private ServedFile(Path script, ServeServer server, StringWriter log) {
        this.script = script;
        this.server = server;
        this.log = log;
    }

    static ServedFile start(Path script, Path saveTo, int maxTrainings) throws IOException {
        return start(script, InetAddress.getLoopbackAddress(), saveTo, maxTrainings);
    }

    static ServedFile start(Path script, InetAddress bind, Path saveTo, int maxTrainings) throws IOException {
        LoadResult loaded = NnScripts.load(script);
        if (!loaded.succeeded()) {
            throw new IllegalStateException(loaded.formattedDiagnostics());
        }
        StringWriter log = new StringWriter();
        ServeServer server = ServeServer.start(new ServeSettings(bind, 0, saveTo,
                maxTrainings), script, loaded.script(), new PrintWriter(log, true));
        return new ServedFile(script, server, log);
    }

    static ServedFile start(Path script) throws IOException {
        return start(script, null, ServeSettings.DEFAULT_MAX_TRAININGS);
    }

    int port() {
        return server.address().getPort();
    }

    String url() {
        return server.address().toString();
    }

    @Override
    public void close() {
        server.stop();
    }
}
