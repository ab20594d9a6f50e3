package dev.nnscript.cli.plainrun;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import dev.nnscript.cli.CliRun;
import dev.nnscript.cli.Scripts;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * For generated {@code --input} values, numbers and near-numbers alike, {@code main}'s way (the
 * fast path, or the full command line when it hands over) answers as the full command line alone.
 */
class PlainRunProperties {

    /** Characters numbers, named values and typical typos are made of. */
    private static final String ALPHABET = "0123456789.-+eE,= dosagx";

    @TempDir
    Path folder;

    private static List<String> arguments(String file, List<String> values, String format) {
        List<String> args = new ArrayList<>(List.of(file));
        for (String value : values) {
            args.add("--input");
            args.add(value);
        }
        if (!format.isEmpty()) {
            args.add("--format=" + format);
        }
        return args;
    }

    private static void assertSameAnswer(List<String> args) {
        CliRun.assertMainAnswersAlike(args.toArray(String[]::new));
    }

    @Test
    void numbersAnswerAlikeInEveryFormat() {
        String relu = Scripts.copy("relu-in-action.nn", folder).toString();
        List<String> formats = List.of("", "human", "csv", "json");
        qt().withExamples(300)
                .forAll(lists().of(doubles().any()).ofSizeBetween(1, 4), integers().between(0, formats.size() - 1))
                .checkAssert((values, format) -> assertSameAnswer(arguments(relu,
                        values.stream().map(String::valueOf).toList(), formats.get(format))));
    }

    @Test
    void nearNumbersAnswerAlike() {
        String relu = Scripts.copy("relu-in-action.nn", folder).toString();
        qt().withExamples(500)
                .forAll(strings().betweenCodePoints(0, ALPHABET.length() - 1).ofLengthBetween(0, 8))
                .checkAssert(codes -> {
                    StringBuilder value = new StringBuilder();
                    codes.codePoints().forEach(c -> value.append(ALPHABET.charAt(c)));
                    assertSameAnswer(arguments(relu, List.of(value.toString()), ""));
                });
    }
}
