package dev.nnscript.cli.serve;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

/** Opens the page in the user's browser ({@code --open}), through the system's opener command. */
public final class Browser {

    private Browser() {}

    /**
     * Starts the opener; a sentence saying why it could not, or empty when it started. An opener
     * that starts and then fails (xdg-open exits 3 on a machine with no browser) is told to
     * {@code warn} when it exits, with the same advice.
     */
    public static Optional<String> open(URI page, Consumer<String> warn) {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        List<String> command = os.contains("mac") ? List.of("open", page.toString())
                : os.contains("win") ? List.of("rundll32", "url.dll,FileProtocolHandler", page.toString())
                : List.of("xdg-open", page.toString());
        try {
            Process opener = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            opener.onExit().thenAccept(done -> {
                if (done.exitValue() != 0) {
                    warn.accept("could not open a browser (" + command.get(0) + " exited with " + done.exitValue()
                            + "); open " + page + " yourself");
                }
            });
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of("could not open a browser (" + command.get(0) + ": " + e.getMessage()
                    + "); open " + page + " yourself");
        }
    }
}
