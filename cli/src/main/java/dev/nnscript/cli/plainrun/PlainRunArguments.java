package dev.nnscript.cli.plainrun;

import dev.nnscript.cli.predict.OutputFormat;
import dev.nnscript.cli.words.CommandWords;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The arguments of the common runs, recognised without picocli: the script run {@code FILE}, its
 * check {@code check FILE}, the one-shot {@code FILE --input VALUES [--input VALUES ...]
 * [--format human|csv|json]} and batch inference {@code FILE --inputs DATA.csv [--format csv]}
 * ({@code --inputs -} for standard input), each option also as {@code --option=VALUE}, FILE and
 * DATA.csv existing regular files. {@link #match} takes only arguments the full command line reads
 * the same way, so both agree on what they mean: no other option, no subcommand but that check, no
 * help, no value that picocli could take for an option ({@code -h},
 * {@code -X...}, {@code --...}) or an argument file ({@code @...}), FILE first, {@code --format} at
 * most once and spelled in lower case, {@code --inputs} at most once and not with {@code --input}.
 * Anything else is left to the full command line.
 *
 * @param file the script, as typed
 * @param inputs each {@code --input} text, in the order given (none for a batch or a script run)
 * @param inputsFile the {@code --inputs} value as typed (a file or {@code -}), or null for a one-shot run
 * @param format the {@code --format} given, or {@code human} ({@code csv} for batch inference)
 * @param checks true for {@code check FILE}
 */
record PlainRunArguments(Path file, List<String> inputs, String inputsFile, OutputFormat format, boolean checks) {

    /** The subcommand the plain path takes, in {@code check FILE}. */
    private static final String CHECK = "check";

    PlainRunArguments {
        inputs = List.copyOf(inputs);
    }

    /** A one-shot run of {@code --input} values (none: a script run). */
    PlainRunArguments(Path file, List<String> inputs, OutputFormat format) {
        this(file, inputs, null, format, false);
    }

    /** A batch inference of {@code inputsFile}. */
    PlainRunArguments(Path file, List<String> inputs, String inputsFile, OutputFormat format) {
        this(file, inputs, inputsFile, format, false);
    }

    /** A batch inference: {@code --inputs}. */
    boolean isBatch() {
        return inputsFile != null;
    }

    /** True when the batch reads standard input ({@code --inputs -}). */
    boolean readsStandardInput() {
        return CommandWords.STANDARD_INPUT.equals(inputsFile);
    }

    /** A run of the script itself: {@code FILE} alone. */
    boolean runsScript() {
        return inputs.isEmpty() && inputsFile == null && !checks;
    }

    /** The run {@code args} ask for, or empty when the full command line should read them. */
    static Optional<PlainRunArguments> match(String[] args) {
        if (args.length == 2 && args[0].equals(CHECK)) {
            Path file = args[1].startsWith("-") || !isPlainValue(args[1]) ? null : existingFile(args[1]);
            return file == null ? Optional.empty()
                    : Optional.of(new PlainRunArguments(file, List.of(), null, OutputFormat.human, true));
        }
        if (args.length < 1 || args[0].startsWith("-") || !isPlainValue(args[0])) {
            return Optional.empty();
        }
        Path file = existingFile(args[0]);
        if (args.length == 1) {
            return file == null ? Optional.empty()
                    : Optional.of(new PlainRunArguments(file, List.of(), OutputFormat.human));
        }
        List<String> inputs = new ArrayList<>();
        List<String> inputsFiles = new ArrayList<>();
        List<String> formats = new ArrayList<>();
        for (int i = 1; i < args.length && file != null; i++) {
            int equals = args[i].indexOf('=');
            boolean attached = args[i].startsWith("--") && equals > 0; // --input=0.5
            if (!attached && i + 1 == args.length) {
                return Optional.empty();
            }
            String option = attached ? args[i].substring(0, equals) : args[i];
            String value = attached ? args[i].substring(equals + 1) : args[++i];
            List<String> values = switch (option) {
                case CommandWords.INPUT_OPTION -> inputs;
                case CommandWords.INPUTS_OPTION -> inputsFiles;
                case CommandWords.FORMAT_OPTION -> formats;
                default -> null;
            };
            boolean standardInput = values == inputsFiles && value.equals(CommandWords.STANDARD_INPUT);
            if (values == null || !(standardInput || isOptionValue(value))) {
                return Optional.empty();
            }
            values.add(value);
        }
        if (file == null || formats.size() > 1) {
            return Optional.empty();
        }
        OutputFormat byDefault = inputsFiles.isEmpty() ? OutputFormat.human : OutputFormat.csv;
        OutputFormat format = formats.isEmpty() ? byDefault : formatNamed(formats.get(0));
        if (format == null) {
            return Optional.empty();
        }
        if (inputsFiles.isEmpty()) {
            return inputs.isEmpty() ? Optional.empty() : Optional.of(new PlainRunArguments(file, inputs, format));
        }
        return batch(file, inputs, inputsFiles, format);
    }

    /** A batch inference, when it is one: one readable {@code --inputs}, no {@code --input}, CSV. */
    private static Optional<PlainRunArguments> batch(Path file, List<String> inputs, List<String> inputsFiles,
            OutputFormat format) {
        if (!inputs.isEmpty() || inputsFiles.size() > 1 || format != OutputFormat.csv) {
            return Optional.empty();
        }
        String data = inputsFiles.get(0);
        if (!data.equals(CommandWords.STANDARD_INPUT) && existingFile(data) == null) {
            return Optional.empty(); // the full command line says it is missing or unreadable
        }
        return Optional.of(new PlainRunArguments(file, inputs, data, format));
    }

    /** The path of an existing, readable regular file, or null. */
    private static Path existingFile(String text) {
        try {
            Path file = Path.of(text);
            return Files.isRegularFile(file) && Files.isReadable(file) ? file : null;
        } catch (InvalidPathException e) {
            return null;
        }
    }

    /**
     * True for a value picocli reads only as a value: a leading minus only before a digit or a point
     * ({@code -0.5}, {@code -.5}), which no option name of nnrun has.
     */
    private static boolean isOptionValue(String value) {
        if (!isPlainValue(value)) {
            return false;
        }
        if (!value.startsWith("-")) {
            return true;
        }
        return value.length() > 1 && isDigitOrPoint(value.charAt(1));
    }

    private static boolean isDigitOrPoint(char c) {
        return (c >= '0' && c <= '9') || c == '.';
    }

    /** Not empty, not an argument file ({@code @name}), not a subcommand's or help's name. */
    private static boolean isPlainValue(String value) {
        return !value.isEmpty() && !value.startsWith("@") && !CommandWords.isCommandWord(value);
    }

    /** The format with exactly this name, or null (other spellings are left to picocli). */
    private static OutputFormat formatNamed(String name) {
        for (OutputFormat format : OutputFormat.values()) {
            if (format.name().equals(name)) {
                return format;
            }
        }
        return null;
    }
}
