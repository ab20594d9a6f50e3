package dev.nnscript.cli.command;

import dev.nnscript.cli.failure.InvalidInputException;
import dev.nnscript.cli.io.OutputPaths;
import dev.nnscript.cli.script.ScriptFiles;
import dev.nnscript.cli.serve.Browser;
import dev.nnscript.cli.serve.ServeServer;
import dev.nnscript.cli.serve.ServeSettings;
import dev.nnscript.dsl.diagnostic.PrintableText;
import dev.nnscript.dsl.script.Script;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code nnrun serve FILE}: serves an interactive page for the script's network and data on this
 * machine, until Ctrl-C. The server and the page live in {@link dev.nnscript.cli.serve}.
 */
@Command(name = "serve",
        mixinStandardHelpOptions = true,
        // The synopsis in full would break FILE.nn across lines; the options are listed below it.
        abbreviateSynopsis = true,
        // One string per paragraph: picocli wraps each at the help width (HelpScreensTest).
        description = {"Serve an interactive page for a script's network and data, until Ctrl-C.", "",
            "The page has a slider per input with the outputs and the step-by-step trace, the curves"
                + " (one input) or heat map (two inputs) with the data rows, every weight and bias editable,"
                + " training with start, pause, step and reset and a live loss curve, and saving the network"
                + " as a .nn file. Every number comes from the engine. The server listens on 127.0.0.1 unless"
                + " --bind says otherwise, and answers only requests addressed to the address it listens on."},
        // Example lines run against the shipped examples in a test (HelpExamplesTest), stopped by SIGINT.
        footerHeading = "%nExamples:%n",
        footer = {"  nnrun serve examples/relu-in-action.nn --port 0",
            "  nnrun serve examples/iris-statquest.nn --port 0 --save-to iris-edited.nn"})
final class ServeCommand implements Callable<Integer> {

    private final ScriptFiles scripts;

    @Mixin
    ScriptOptions common;

    ServeCommand(ScriptFiles scripts) {
        this.scripts = scripts;
    }

    @Option(names = "--port", paramLabel = "N",
            description = "The port to listen on (default: " + ServeSettings.DEFAULT_PORT + "; 0 picks a free one).")
    int port = ServeSettings.DEFAULT_PORT;

    @Option(names = "--bind", paramLabel = "ADDRESS",
            description = "The address to listen on (default: 127.0.0.1). Another address lets other machines"
                    + " edit and train the network and save over the save target: use with care.")
    String bind = "127.0.0.1";

    @Option(names = "--open", description = "Open the page in the browser.")
    boolean open;

    @Option(names = "--save-to", paramLabel = "FILE.nn",
            description = "The file the page's Save writes. Default: beside the script, its name with .edited"
                    + " before .nn. An existing file is replaced only when the page confirms it.")
    Path saveTo;

    @Override
    public Integer call() throws IOException, InterruptedException {
        Path file = common.file();
        if (saveTo != null) {
            OutputPaths.problem(saveTo).ifPresent(problem -> {
                throw common.usage(problem.replace("--out", "--save-to"));
            });
        }
        PrintWriter out = common.out();
        PrintWriter err = common.err();
        Script script = scripts.load(file, err);
        ServeSettings settings;
        try {
            settings = new ServeSettings(address(), port, saveTo, ServeSettings.DEFAULT_MAX_TRAININGS);
        } catch (IllegalArgumentException e) {
            throw common.usage(e.getMessage());
        }
        ServeServer server;
        try {
            server = ServeServer.start(settings, file, script, err);
        } catch (BindException e) {
            if (!ownAddress(settings.bind())) {
                throw new InvalidInputException("nnrun: cannot listen on " + bind + ":" + port + " (" + e.getMessage()
                        + "): " + bind + " is not an address of this machine; leave out --bind for 127.0.0.1, or"
                        + " give one of this machine's addresses (0.0.0.0 for all of them)");
            }
            throw new InvalidInputException("nnrun: cannot listen on " + bind + ":" + port + " (" + e.getMessage()
                    + "); choose another port with --port N, or --port 0 for any free one");
        }
        if (!settings.loopbackOnly()) {
            err.println("nnrun: warning: listening on " + bind + ": other machines can reach this page, edit the"
                    + " network and save it");
        }
        out.println("serving " + PrintableText.of(file.toString()) + " at " + server.address() + " (Ctrl-C stops)");
        out.flush();
        if (open) {
            Consumer<String> warn = problem -> {
                synchronized (err) {
                    err.println("nnrun: warning: " + problem);
                    err.flush();
                }
            };
            Browser.open(server.address(), warn).ifPresent(warn);
        }
        err.flush();
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "nnrun-serve-stop"));
        new CountDownLatch(1).await();
        return dev.nnscript.cli.ExitCodes.OK;
    }

    /** Whether a server can listen on {@code address} here: a wildcard, loopback or an interface's address. */
    private static boolean ownAddress(InetAddress address) {
        if (address.isAnyLocalAddress() || address.isLoopbackAddress()) {
            return true;
        }
        try {
            return NetworkInterface.getByInetAddress(address) != null;
        } catch (SocketException e) {
            return true; // cannot tell: the port advice stands
        }
    }

    private InetAddress address() {
        try {
            return InetAddress.getByName(bind);
        } catch (UnknownHostException e) {
            throw common.usage("--bind must be an address of this machine, such as 127.0.0.1 (got '" + bind + "')");
        }
    }
}
