package dev.nnscript.cli.train;

import dev.nnscript.cli.ExitCodes;
import java.util.concurrent.atomic.AtomicBoolean;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * Ctrl-C during training: the first press asks training to stop after the step it is doing, so the
 * model trained so far is saved; a second press exits at once. Restores the previous handler on
 * {@link #close()}. In a JVM that trains for another one the presses come from that one
 * ({@link ForwardedPresses}).
 *
 * <p>Uses {@code sun.misc.Signal} (module jdk.unsupported, there on every JDK) because a shutdown
 * hook cannot let the training thread finish and save before the JVM exits.
 */
final class CtrlC implements AutoCloseable {

    private static final Signal INTERRUPT = new Signal("INT");

    private final AtomicBoolean pressed = new AtomicBoolean();
    private final SignalHandler previous;

    CtrlC() {
        if (ForwardedPresses.forwarded()) {
            previous = null;
            ForwardedPresses.receiveWith(this::press);
        } else {
            previous = Signal.handle(INTERRUPT, signal -> press());
        }
    }

    private void press() {
        if (pressed.getAndSet(true)) {
            Runtime.getRuntime().halt(ExitCodes.INTERRUPTED);
        }
    }

    boolean pressed() {
        return pressed.get();
    }

    @Override
    public void close() {
        if (previous == null) {
            ForwardedPresses.receiveWith(null);
        } else {
            Signal.handle(INTERRUPT, previous);
        }
    }
}
