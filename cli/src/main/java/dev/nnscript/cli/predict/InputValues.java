package dev.nnscript.cli.predict;

import dev.nnscript.cli.text.StrictNumberParser;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Reads one {@code --input} value: comma separated numbers in the network's declared input order
 * ({@code 0.04,0.42}) or named ({@code petal_width=0.04,sepal_width=0.42}, any order).
 */
public final class InputValues {

    private InputValues() {}

    /**
     * One input row per {@code --input} text, in the order given.
     *
     * @throws IllegalArgumentException with a message for the user, naming the text that does not fit
     */
    public static List<double[]> rows(List<String> texts, List<String> inputNames) {
        List<double[]> rows = new ArrayList<>(texts.size());
        for (String text : texts) {
            try {
                rows.add(parse(text, inputNames));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--input '" + text + "': " + e.getMessage(), e);
            }
        }
        return rows;
    }

    /**
     * The input row, one value per name in {@code inputNames} order.
     *
     * @throws IllegalArgumentException with a message for the user when the text does not fit
     */
    public static double[] parse(String text, List<String> inputNames) {
        String[] parts = text.split(",", -1);
        boolean named = parts[0].contains("=");
        double[] row = new double[inputNames.size()];
        boolean[] seen = new boolean[row.length];
        if (!named && parts.length != row.length) {
            throw new IllegalArgumentException("expected " + row.length + (row.length == 1 ? " value" : " values")
                    + " (" + String.join(", ", inputNames) + "), got " + parts.length);
        }
        for (int p = 0; p < parts.length; p++) {
            String part = parts[p].strip();
            int equals = part.indexOf('=');
            if ((equals >= 0) != named) {
                throw new IllegalArgumentException("name every value or none: '" + part + "'");
            }
            int index = named ? indexOf(part.substring(0, equals).strip(), inputNames) : p;
            if (seen[index]) {
                throw new IllegalArgumentException("'" + inputNames.get(index) + "' is given twice");
            }
            seen[index] = true;
            row[index] = number(named ? part.substring(equals + 1).strip() : part);
        }
        for (int i = 0; i < row.length; i++) {
            if (!seen[i]) {
                throw new IllegalArgumentException("no value for '" + inputNames.get(i) + "'");
            }
        }
        return row;
    }

    private static int indexOf(String name, List<String> inputNames) {
        int index = inputNames.indexOf(name);
        if (index < 0) {
            throw new IllegalArgumentException("unknown input '" + name + "' (inputs: "
                    + String.join(", ", inputNames) + ")");
        }
        return index;
    }

    private static double number(String text) {
        OptionalDouble value = StrictNumberParser.parse(text);
        if (value.isEmpty()) {
            throw new IllegalArgumentException("'" + text + "' is not a finite number");
        }
        return value.getAsDouble();
    }
}
