package dev.nnscript.cli.text;

import dev.nnscript.dsl.print.ReadableNumbers;
import java.util.List;

/** {@code petal_width = 0.04, sepal_width = 0.42}: names beside readable values, for people. */
public final class Assignments {

    private Assignments() {}

    /** One {@code name = value} per name, the values read from {@code values[offset ..]}. */
    public static String format(List<String> names, double[] values, int offset) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < names.size(); i++) {
            text.append(i > 0 ? ", " : "").append(names.get(i)).append(" = ")
                    .append(ReadableNumbers.format(values[offset + i]));
        }
        return text.toString();
    }
}
