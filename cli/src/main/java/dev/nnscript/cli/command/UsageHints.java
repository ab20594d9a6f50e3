package dev.nnscript.cli.command;

import dev.nnscript.cli.words.CommandWords;
import dev.nnscript.dsl.diagnostic.Suggestions;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Plainer words for command-line mistakes that picocli can only call an "unmatched argument": a
 * misspelled command ({@code nnrun trian model.nn}, where {@code trian} was taken as the script
 * FILE), {@code nnrun run model.nn}, and {@code --input 0.5 1} (a second value without commas or
 * a second {@code --input}).
 */
final class UsageHints {

    /** Words people type for "run this script", which {@code nnrun FILE} does without a command. */
    private static final List<String> RUN_WORDS = List.of("run", "predict", "exec");

    private UsageHints() {}

    /**
     * What to say instead of picocli's message, when the top command's FILE is a word that is no
     * file: {@code unknown command 'trian' (did you mean 'train'?)}.
     *
     * @param args every argument of the top command
     */
    static Optional<String> forCommandWord(String[] args) {
        if (args.length == 0 || args[0].startsWith("-") || exists(args[0])) {
            return Optional.empty();
        }
        String word = args[0];
        if (RUN_WORDS.contains(word)) {
            String rest = String.join(" ", Arrays.asList(args).subList(1, args.length));
            return Optional.of("there is no command '" + word + "'; to run a script, give it first: nnrun "
                    + (rest.isEmpty() ? "FILE" : rest));
        }
        if (word.contains(".") || word.contains("/")) {
            return Optional.empty();
        }
        return Suggestions.closest(word, CommandWords.SUBCOMMANDS)
                .map(command -> "unknown command '" + word + "' (did you mean '" + command + "'?)");
    }

    /**
     * A hint for a value left over after {@code --input VALUES}: {@code --input 0.5 1}.
     *
     * @param args every argument
     * @param unmatched the arguments picocli could not place, the first first
     */
    static Optional<String> forInputValues(String[] args, List<String> unmatched) {
        if (unmatched.isEmpty()) {
            return Optional.empty();
        }
        String extra = unmatched.get(0);
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals(extra) && isInputValue(args, i - 1) && looksNumeric(extra)) {
                String value = args[i - 1].startsWith(CommandWords.INPUT_OPTION + "=")
                        ? args[i - 1].substring(CommandWords.INPUT_OPTION.length() + 1) : args[i - 1];
                return Optional.of("unexpected value '" + extra + "' after --input " + value + "; give one pass's "
                        + "values comma separated (--input " + value + "," + extra + "), or one --input per pass "
                        + "(--input " + value + " --input " + extra + ")");
            }
        }
        return Optional.empty();
    }

    /** True when {@code args[i]} is a value given to {@code --input}. */
    private static boolean isInputValue(String[] args, int i) {
        return args[i].startsWith(CommandWords.INPUT_OPTION + "=")
                || i >= 1 && args[i - 1].equals(CommandWords.INPUT_OPTION);
    }

    private static boolean looksNumeric(String text) {
        return !text.isEmpty() && (Character.isDigit(text.charAt(0)) || "+-.".indexOf(text.charAt(0)) >= 0
                || text.contains("="));
    }

    private static boolean exists(String file) {
        try {
            return Files.exists(Path.of(file));
        } catch (InvalidPathException e) {
            return false;
        }
    }
}
