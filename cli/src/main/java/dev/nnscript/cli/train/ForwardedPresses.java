package dev.nnscript.cli.train;

import dev.nnscript.cli.ExitCodes;
import java.io.IOException;
import java.io.InputStream;
import sun.misc.Signal;

/**
 * Ctrl-C in a JVM that trains for another one ({@link CompilerChoice}): the JVM that handed the run
 * over receives the presses (from the terminal, which signals the whole process group, or from a
 * {@code kill -INT} sent to the process the user started) and writes one byte per press to this
 * JVM's standard input; this JVM ignores its own SIGINT, so that a press counts once. A press stops
 * training as {@link CtrlC} does; before or after training it exits at once, as SIGINT does. When
 * the other JVM is gone (its end of the pipe closes), this one ends too, saving nothing, as a
 * killed nnrun does.
 */
final class ForwardedPresses {

    /** Set (to {@code stdin}) on the command line of a JVM that trains for another one. */
    static final String PROPERTY = "nnrun.ctrlc";
    static final String FROM_STANDARD_INPUT = PROPERTY + "=stdin";

    private static volatile Runnable receiver;

    private ForwardedPresses() {}

    /** Whether this JVM trains for another one, which forwards Ctrl-C to it. */
    static boolean forwarded() {
        return "stdin".equals(System.getProperty(PROPERTY));
    }

    /** Ignores SIGINT and takes presses from standard input from now on; call once, early. */
    static void listen() {
        Signal.handle(new Signal("INT"), signal -> { });
        Thread reader = new Thread(() -> read(System.in), "nnrun Ctrl-C");
        reader.setDaemon(true);
        reader.start();
    }

    /** Where presses go now: training's {@link CtrlC}, or null to exit at once. */
    static void receiveWith(Runnable press) {
        receiver = press;
    }

    private static void read(InputStream in) {
        try {
            while (in.read() >= 0) {
                Runnable press = receiver;
                if (press == null) {
                    System.exit(ExitCodes.INTERRUPTED);
                }
                press.run();
            }
        } catch (IOException e) {
            // as when the pipe closes
        }
        Runtime.getRuntime().halt(143); // the JVM that started this one is gone
    }
}
