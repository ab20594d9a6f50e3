package dev.nnscript.dsl.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

/**
 * Hostile CSV data for the script {@code input a, b / output setosa, versicolor softmax}: headers
 * that match, miss, repeat or misspell columns; cells that are numbers, extremes, NaN, labels, quoted
 * text, control characters, NUL bytes or junk; ragged rows; BOM; LF, CRLF and CR line ends; random bytes.
 */
final class CsvInputs {

    private static final String[] HEADERS = {
        "a,b,species", "b,a,species", "a,b", "a", "a,b,species,extra", "\"a\",\"b\",\"species\"", "a,a,species",
        "A,b,species", "a,bb,spcies", "", " a , b , species ", "a;b;species", "a,b,setosa,versicolor",
    };

    private static final String[] CELLS = {
        "1", "-2.5", ".5", "1e3", "NaN", "inf", "-Infinity", "", " ", "setosa", "versicolor", "versicolr", "Setosa",
        "\"1\"", "\"1,5\"", "\"a\"\"b\"", "\"line\nbreak\"", "\"unclosed", "x", "1e999", "-0", "1e-320", "0x10",
        "1_000", "١", "\u00A0", "\"\"", "3,4", "\u0001", "\u001b[31m", "\u007f", "\u0000", "1\u00002",
    };

    private CsvInputs() {}

    static byte[] csv(SplittableRandom random) {
        if (random.nextInt(10) == 0) {
            byte[] junk = new byte[random.nextInt(400)];
            random.nextBytes(junk);
            return junk;
        }
        String end = switch (random.nextInt(3)) {
            case 0 -> "\n";
            case 1 -> "\r\n";
            default -> "\r";
        };
        StringBuilder out = new StringBuilder(random.nextInt(8) == 0 ? "\uFEFF" : "");
        out.append(HEADERS[random.nextInt(HEADERS.length)]).append(end);
        int rows = random.nextInt(0, 30);
        for (int r = 0; r < rows; r++) {
            int cells = random.nextInt(4) == 0 ? random.nextInt(0, 6) : 3;
            for (int c = 0; c < cells; c++) {
                out.append(c == 0 ? "" : ",").append(cell(random, c));
            }
            out.append(random.nextInt(20) == 0 ? "" : end);
        }
        byte[] bytes = out.toString().getBytes(StandardCharsets.UTF_8);
        return random.nextInt(10) == 0 ? withBadByte(bytes, random) : bytes;
    }

    /** Mostly well-formed cells (numbers for a and b, a label last), so rows get past the header check. */
    private static String cell(SplittableRandom random, int column) {
        if (random.nextInt(3) > 0) {
            return column == 2 ? (random.nextBoolean() ? "setosa" : "versicolor") : Double.toString(random.nextDouble());
        }
        return CELLS[random.nextInt(CELLS.length)];
    }

    private static byte[] withBadByte(byte[] bytes, SplittableRandom random) {
        int at = random.nextInt(bytes.length + 1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(bytes, 0, at);
        out.write(random.nextBoolean() ? 0xFF : 0);
        out.write(bytes, at, bytes.length - at);
        return out.toByteArray();
    }
}
