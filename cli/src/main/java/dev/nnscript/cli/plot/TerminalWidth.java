package dev.nnscript.cli.plot;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * How many columns the terminal has: {@code COLUMNS} when set (shells set it for their own use, a
 * user can export it), else what {@code stty size} says of the controlling terminal when there is
 * one, else 80.
 */
public final class TerminalWidth {

    public static final int DEFAULT = 80;

    private TerminalWidth() {}

    public static int columns() {
        return columns(System.getenv(), System.console() != null);
    }

    static int columns(Map<String, String> environment, boolean interactive) {
        String fromEnvironment = environment.get("COLUMNS");
        if (fromEnvironment != null) {
            try {
                int columns = Integer.parseInt(fromEnvironment.trim());
                if (columns > 0) {
                    return columns;
                }
            } catch (NumberFormatException ignored) {
                // Not a number: ask the terminal instead.
            }
        }
        return interactive ? stty() : DEFAULT;
    }

    /** "ROWS COLUMNS" from {@code stty size} on /dev/tty; 80 when that fails in any way. */
    private static int stty() {
        try {
            Process stty = new ProcessBuilder("stty", "size").redirectInput(new File("/dev/tty"))
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String answer = new String(stty.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).trim();
            if (!stty.waitFor(2, TimeUnit.SECONDS) || stty.exitValue() != 0) {
                return DEFAULT;
            }
            String[] parts = answer.split("\\s+");
            int columns = parts.length == 2 ? Integer.parseInt(parts[1]) : 0;
            return columns > 0 ? columns : DEFAULT;
        } catch (IOException | NumberFormatException e) {
            return DEFAULT;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return DEFAULT;
        }
    }
}
