package dev.nnscript.dsl.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.nnscript.core.train.Dataset;
import dev.nnscript.dsl.diagnostic.DiagnosticList;
import dev.nnscript.dsl.script.DataOptions;
import dev.nnscript.dsl.script.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fast reader changes nothing a user sees: a data file loaded with it first gives the rows
 * (bit for bit) and the messages {@link CsvRowReader} alone gives, over files with numbers in many
 * forms, labels, spaces, blank lines, every line end, byte-order marks, blocks longer than its
 * buffer, and the things it must hand over: quotes, text outside ASCII, bad cells and ragged rows.
 */
class SimpleCsvRowsProperties {

    private static final ColumnRoles.Wanted LABELS = new ColumnRoles.Wanted(List.of("a", "b"),
            List.of("setosa", "versicolor"), true, "species");
    private static final ColumnRoles.Wanted TARGETS = new ColumnRoles.Wanted(List.of("a", "b"), List.of("y"), false,
            null);
    /** A softmax layer's target column: each target must be a probability, or the row is refused. */
    private static final ColumnRoles.Wanted PROBABILITIES = new ColumnRoles.Wanted(List.of("a", "b"), List.of("y"),
            true, null);

    @TempDir
    Path folder;

    private int readWhole;
    private int handedOver;

    @Test
    void loadsWhatTheGeneralReaderLoads() {
        qt().withExamples(400).forAll(longs().all()).checkAssert(seed -> {
            Random random = new Random(seed);
            boolean labels = random.nextBoolean();
            String text = file(random, labels);
            ColumnRoles.Wanted wanted = labels ? LABELS : random.nextInt(3) == 0 ? PROBABILITIES : TARGETS;
            Path file = write(text);
            DataSource.CsvFile csv = new DataSource.CsvFile("d.csv", file, DataOptions.NONE);
            DiagnosticList general = new DiagnosticList();
            Dataset expected = ScriptData.csv(csv, wanted, Long.MAX_VALUE, general, false);
            DiagnosticList withFast = new DiagnosticList();
            Dataset actual = ScriptData.csv(csv, wanted, Long.MAX_VALUE, withFast, true);
            String shown = "seed " + seed + ", file (escaped):\n" + escaped(text.length() > 2000 ? text.substring(0, 2000) + "..." : text);
            assertEquals(expected, actual, shown);
            assertEquals(general.toList(), withFast.toList(), shown);
            if (fastReadsWhole(file, wanted)) {
                readWhole++;
            } else {
                handedOver++;
            }
        });
        // Both paths were taken often, so the comparison above compared something.
        assertTrue(readWhole > 60, "files the fast reader read whole: " + readWhole);
        assertTrue(handedOver > 60, "files it handed over: " + handedOver);
    }

    @Test
    void readsRowsAcrossItsBufferAndCountsLinesAndCharacters() throws IOException {
        StringBuilder text = new StringBuilder("\uFEFFa,b,y\r\n");
        for (int r = 0; r < 20_000; r++) {
            text.append(r).append(", ").append(r / 7.0).append(",\t").append(-r).append(r % 3 == 0 ? "\r" : "\r\n");
            if (r % 1000 == 0) {
                text.append("\n");
            }
        }
        Path file = write(text.toString());
        try (SimpleCsvRows rows = SimpleCsvRows.open(file, TARGETS);
                CsvRowReader general = CsvRowReader.open(file, "d.csv", TARGETS, new DiagnosticList())) {
            double[] x = new double[2];
            double[] y = new double[1];
            double[] generalX = new double[2];
            double[] generalY = new double[1];
            int read = 0;
            while (rows.next(x, y)) {
                assertTrue(general.next(generalX, generalY));
                assertEquals(List.of(generalX[0], generalX[1], generalY[0]), List.of(x[0], x[1], y[0]));
                assertEquals(general.line(), rows.line(), "row " + read);
                assertEquals(general.charactersBefore(), rows.charactersBefore(), "row " + read);
                read++;
            }
            assertFalse(rows.stoppedEarly());
            assertFalse(general.next(generalX, generalY));
            assertEquals(20_000, read);
        }
    }

    /** Whether the fast reader alone reads {@code file} to its end. */
    private static boolean fastReadsWhole(Path file, ColumnRoles.Wanted wanted) {
        try (SimpleCsvRows rows = SimpleCsvRows.open(file, wanted)) {
            if (rows == null) {
                return false;
            }
            double[] x = new double[rows.inputCount()];
            double[] y = new double[rows.outputCount()];
            while (rows.next(x, y)) {
                // Read on.
            }
            return !rows.stoppedEarly();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path write(String text) {
        try {
            return Files.writeString(folder.resolve("d.csv"), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A data file: two in three only what the fast reader takes; the others have one odd thing (a
     * quoted header cell, a ragged row, an odd cell or a line end of another kind) at one row.
     */
    private static String file(Random random, boolean labels) {
        List<String> columns = new ArrayList<>(List.of("a", "b", labels ? "species" : "y"));
        if (random.nextInt(3) == 0) {
            columns.add("note");
        }
        Collections.shuffle(columns, random);
        int rows = random.nextInt(10) == 0 ? 2_000 + random.nextInt(3_000) : random.nextInt(40);
        int oddRow = random.nextInt(3) == 0 ? random.nextInt(rows + 1) : -1;
        int oddKind = random.nextInt(4);
        String[] ends = {"\n", "\r\n", "\r"};
        String end = ends[random.nextInt(3)];
        StringBuilder text = new StringBuilder(random.nextInt(8) == 0 ? "\uFEFF" : "");
        int quoted = oddRow >= 0 && oddKind == 0 ? random.nextInt(columns.size()) : -1;
        for (int c = 0; c < columns.size(); c++) {
            String name = c == quoted ? "\"" + columns.get(c) + "\"" : columns.get(c);
            String space = pick(random, "", "", "", "", " ", "\t", " \t ");
            text.append(c > 0 ? "," : "").append(space).append(name).append(pick(random, "", "", " ", "\t"));
        }
        for (int r = 0; r < rows; r++) {
            boolean odd = r == oddRow;
            text.append(odd && oddKind == 1 ? ends[random.nextInt(3)] : end);
            if (random.nextInt(15) == 0) {
                text.append(random.nextBoolean() ? "" : " \t").append(end);
            }
            int cells = odd && oddKind == 2 ? columns.size() + (random.nextBoolean() ? 1 : -1) : columns.size();
            int oddCell = odd && oddKind == 3 ? random.nextInt(columns.size()) : -1;
            for (int c = 0; c < cells; c++) {
                String column = c < columns.size() ? columns.get(c) : "a";
                text.append(c > 0 ? "," : "").append(cell(random, column, c == oddCell));
            }
        }
        if (random.nextBoolean()) {
            text.append(end);
        }
        return text.toString();
    }

    private static String cell(Random random, String column, boolean odd) {
        String[] space = {"", "", "", " ", "\t", "  "};
        String value = switch (column) {
            case "species" -> odd ? pick(random, "setosaa", "Setosa", "\"setosa\"", "caf\u00e9", "")
                    : pick(random, "setosa", "versicolor");
            case "note" -> odd ? pick(random, "\"with, comma\"", "caf\u00e9", "\"\"", "x\u0001y") : pick(random, "plain", "", "a b");
            default -> odd ? pick(random, "two", "NaN", "-Infinity", "inf", "1e999", "0x1p3", "", "1,5", "\"1\"", "1d")
                    : number(random);
        };
        return space[random.nextInt(space.length)] + value + space[random.nextInt(space.length)];
    }

    private static String number(Random random) {
        return switch (random.nextInt(9)) {
            case 0 -> Integer.toString(random.nextInt(33) - 16);
            case 1 -> Double.toString(random.nextGaussian());
            case 2 -> Double.toString(Double.longBitsToDouble(random.nextLong()) % 1e300).replace("NaN", "0");
            case 3 -> pick(random, ".5", "1.", "+3e-2", "-0", "0", "-.25E+3", "007", "1e-320");
            case 4 -> Double.toString(random.nextDouble() * Math.pow(10, random.nextInt(40) - 20));
            case 5 -> "0." + Long.toString(Math.abs(random.nextLong())) + Long.toString(Math.abs(random.nextLong()));
            case 6 -> Long.toString(random.nextLong());
            case 7 -> String.format(java.util.Locale.ROOT, "%.3e", random.nextGaussian() * 1e5);
            default -> Integer.toString(random.nextInt(17));
        };
    }

    private static String escaped(String text) {
        return text.replace("\r", "\\r").replace("\n", "\\n\n").replace("\t", "\\t");
    }

    private static String pick(Random random, String... choices) {
        return choices[random.nextInt(choices.length)];
    }
}
