package dev.nnscript.benchmarks.driver;

import java.util.function.Supplier;

/** Times one call with {@link System#nanoTime()}. */
record Stopwatch<T>(T value, double seconds) {

    static <T> Stopwatch<T> time(Supplier<T> call) {
        long start = System.nanoTime();
        T value = call.get();
        return new Stopwatch<>(value, (System.nanoTime() - start) / 1e9);
    }
}
