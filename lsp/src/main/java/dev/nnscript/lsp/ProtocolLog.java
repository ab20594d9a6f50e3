package dev.nnscript.lsp;

import java.io.PrintStream;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * What lsp4j logs (a message that is not the protocol, a body that is not JSON) as one line on
 * standard error, {@code nnrun lsp: ...}, without the stack trace its default handler prints: the
 * problem is the client's input, not a bug in nnrun.
 */
final class ProtocolLog {

    /** An exception's class name in front of its message: {@code java.lang.IllegalStateException: }. */
    private static final Pattern EXCEPTION_PREFIX =
            Pattern.compile("^(?:[a-z][\\w$]*\\.)+[A-Z][\\w$]*(?:Exception|Error): ");

    /** Held, so the configured logger is not collected and replaced by a fresh default one. */
    private static final Logger LSP4J = Logger.getLogger("org.eclipse.lsp4j");

    private ProtocolLog() {}

    static synchronized void install() {
        if (LSP4J.getUseParentHandlers()) {
            LSP4J.setUseParentHandlers(false);
            LSP4J.addHandler(new OneLine());
        }
    }

    /** Formats a record as {@code nnrun lsp: MESSAGE[: CAUSE]} on the standard error of the moment, flushed. */
    private static final class OneLine extends Handler {

        OneLine() {
            setLevel(Level.WARNING);
            setFormatter(new Formatter() {
                @Override
                public String format(LogRecord record) {
                    String message = formatMessage(record);
                    Throwable thrown = record.getThrown();
                    String cause = thrown == null || thrown.getMessage() == null || message.contains(thrown.getMessage())
                            ? "" : ": " + thrown.getMessage();
                    return "nnrun lsp: " + oneLine(plain(message + cause));
                }
            });
        }

        /**
         * The problem without the exception's class name in front ({@code java.lang.IllegalStateException: })
         * or the library's advice after its first line (Gson adds a troubleshooting link).
         */
        private static String plain(String text) {
            int end = text.indexOf("\nSee https://");
            String first = end >= 0 ? text.substring(0, end) : text;
            return EXCEPTION_PREFIX.matcher(first).replaceFirst("");
        }

        /** Line ends and other control characters (the client's input, quoted) as escapes. */
        private static String oneLine(String text) {
            StringBuilder line = new StringBuilder(text.length());
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                switch (c) {
                    case '\r' -> line.append("\\r");
                    case '\n' -> line.append("\\n");
                    case '\t' -> line.append("\\t");
                    default -> {
                        if (Character.isISOControl(c)) {
                            line.append(String.format("\\u%04x", (int) c));
                        } else {
                            line.append(c);
                        }
                    }
                }
            }
            return line.toString();
        }

        @Override
        public void publish(LogRecord record) {
            if (isLoggable(record)) {
                PrintStream err = System.err;
                err.println(getFormatter().format(record));
                err.flush();
            }
        }

        @Override
        public void flush() {
            System.err.flush();
        }

        @Override
        public void close() {
            flush();
        }
    }
}
