package dev.nnscript.cli;

import java.io.InputStream;

/**
 * {@code nnrun} with a thread of its own that fails while the main thread waits for standard input
 * that never comes: what a failure outside the helper pool (no future to carry it) does to a run.
 * The first argument names the failure ({@code oom} or {@code bug}); the rest are nnrun's.
 */
public final class FailingThreadMain {

    private FailingThreadMain() {}

    public static void main(String[] args) throws InterruptedException {
        System.setIn(new NeverReady());
        Thread failing = new Thread(new Failure(args[0]), "failing");
        failing.setDaemon(true);
        failing.start();
        String[] rest = new String[args.length - 1];
        System.arraycopy(args, 1, rest, 0, rest.length);
        Nnrun.main(rest);
    }

    /** Fails once nnrun has started (its handler installed), or after a few seconds without one. */
    private static final class Failure implements Runnable {
        private final String kind;

        Failure(String kind) {
            this.kind = kind;
        }

        @Override
        public void run() {
            try {
                for (int i = 0; i < 500 && Thread.getDefaultUncaughtExceptionHandler() == null; i++) {
                    Thread.sleep(10);
                }
                Thread.sleep(200); // the main thread is reading standard input by now
            } catch (InterruptedException e) {
                return;
            }
            if (kind.equals("oom")) {
                throw new OutOfMemoryError("Java heap space");
            }
            throw new IllegalStateException("broken on purpose");
        }
    }

    /** Standard input that blocks for ever. */
    private static final class NeverReady extends InputStream {
        @Override
        public synchronized int read() {
            while (true) {
                try {
                    wait();
                } catch (InterruptedException e) {
                    return -1;
                }
            }
        }
    }
}
