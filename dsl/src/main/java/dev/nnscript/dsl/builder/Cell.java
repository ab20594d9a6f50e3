package dev.nnscript.dsl.builder;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One cell of an inline data table: a number ({@code Cell.of(0.5)}) or a class label
 * ({@code Cell.label("setosa")}); {@link #row} makes a row of numbers.
 */
public record Cell(String text, boolean number) {

    public Cell {
        Objects.requireNonNull(text, "text");
    }

    /** A number, kept as given ({@code 0}, {@code 0.5}). */
    public static Cell of(Number value) {
        return new Cell(SpecValues.numberText(value), true);
    }

    /** A class label such as {@code setosa} or {@code Iris-setosa}. */
    public static Cell label(String label) {
        return new Cell(label, false);
    }

    /** A row of numbers: {@code Cell.row(0.5, 1)}. */
    public static List<Cell> row(Number... values) {
        return Arrays.stream(values).map(Cell::of).toList();
    }

    @Override
    public String toString() {
        return text;
    }
}
