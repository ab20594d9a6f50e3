package dev.nnscript.dsl.builder;

import dev.nnscript.dsl.LoadResult;
import dev.nnscript.dsl.NnScripts;
import dev.nnscript.dsl.diagnostic.DiagnosticList;
import dev.nnscript.dsl.diagnostic.SourcePosition;
import dev.nnscript.dsl.parser.NodeLines;
import dev.nnscript.dsl.parser.StatementWords;
import dev.nnscript.dsl.spec.CellSpec;
import dev.nnscript.dsl.spec.NameSpec;
import dev.nnscript.dsl.spec.ScriptSpec;
import dev.nnscript.dsl.spec.StatementSpec;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Builds a script statement by statement, one method per {@code .nn} statement, into the same spec
 * the parser builds; {@link #load} then runs the shared validator and assembler. Collect first,
 * check later: nothing throws for a mistake, every problem comes back in the {@link LoadResult}.
 *
 * <pre>{@code
 * LoadResult r = new ScriptBuilder()
 *         .input("dosage")
 *         .hidden("relu", Map.of("w", 1.70, "b", -0.85), null)
 *         .hidden("relu", Map.of("w", 12.6, "b", 0.0), null)
 *         .output(List.of("effectiveness"), "relu", Map.of("w", List.of(-40.8, 2.70), "b", -16), null)
 *         .load(Path.of(""));
 * }</pre>
 *
 * <p>Settings maps take the keys of the matching {@code .nn} line ({@code w}, {@code b},
 * {@code init}; {@code label}, {@code holdout}, {@code scale}; {@code lr}, {@code steps}, ...) in
 * their iteration order; use a {@code LinkedHashMap} when order matters for messages.
 */
public final class ScriptBuilder {

    private final Supplier<SourcePosition> positions;
    private final String fileName;
    private final List<StatementSpec> statements = new ArrayList<>();
    private final DiagnosticList diagnostics = new DiagnosticList();
    private final SpecValues values = new SpecValues(diagnostics);
    /** Set by an unknown statement: the script is missing a line, so the validator is told it is incomplete. */
    private boolean dropped;

    /** Positions from the calling line of user code ({@link CallerPosition#userCode()}). */
    public ScriptBuilder() {
        this(CallerPosition.userCode());
    }

    /** @param positions where each statement is written; asked once per statement, and once now for the file name */
    public ScriptBuilder(Supplier<SourcePosition> positions) {
        this.positions = Objects.requireNonNull(positions, "positions");
        this.fileName = positions.get().file();
    }

    /** {@code network "ReLU in action"}. */
    public ScriptBuilder network(String name) {
        return add(new StatementSpec.NetworkName(name, positions.get()));
    }

    /** {@code input dosage} / {@code input petal_width, sepal_width}. */
    public ScriptBuilder input(String... names) {
        return input(List.of(names));
    }

    /** @param names strings or {@link Word}s */
    public ScriptBuilder input(List<?> names) {
        SourcePosition at = positions.get();
        return add(new StatementSpec.Input(names(names, at), at));
    }

    /**
     * {@code hidden relu w=1.70 b=-0.85 [freeze ...]}: one node of the current hidden layer.
     *
     * @param activation a {@link Word} or string: {@code relu}, {@code leaky_relu(0.1)}
     * @param parameters {@code w} (a number, a list, or unknown) and {@code b}
     * @param freeze the freeze clause, or null
     */
    public ScriptBuilder hidden(Object activation, Map<String, ?> parameters, Freeze freeze) {
        SourcePosition at = positions.get();
        return add(NodeLines.hidden(null, values.activation(activation, at), values.settings(parameters, at),
                SpecValues.freeze(freeze, at), at, diagnostics));
    }

    /** {@code hidden 16 relu [init=he] [freeze]}: a whole hidden layer; {@code parameters} may hold {@code init}. */
    public ScriptBuilder hiddenLayer(Number size, Object activation, Map<String, ?> parameters, Freeze freeze) {
        SourcePosition at = positions.get();
        return add(NodeLines.hidden(SpecValues.number(size, at), values.activation(activation, at),
                values.settings(parameters, at), SpecValues.freeze(freeze, at), at, diagnostics));
    }

    /** {@code layer}: ends the current hidden layer of node lines. */
    public ScriptBuilder layer() {
        return add(new StatementSpec.LayerBreak(positions.get()));
    }

    /**
     * One output node ({@code w} and {@code b} given) or a whole output layer ({@code init} at most).
     *
     * @param names output names: strings, {@link Word}s or whole numbers (class labels)
     */
    public ScriptBuilder output(List<?> names, Object activation, Map<String, ?> parameters, Freeze freeze) {
        SourcePosition at = positions.get();
        List<NameSpec> labels = names.stream().map(n -> values.label(n, at)).toList();
        if (labels.isEmpty()) {
            diagnostics.error(at, "an output line names at least one output");
            return this;
        }
        return add(NodeLines.output(labels, values.activation(activation, at), values.settings(parameters, at),
                SpecValues.freeze(freeze, at), at, diagnostics));
    }

    /**
     * An inline table: {@code data dosage, effectiveness} then its rows.
     *
     * @param rows each row's cells: numbers, or class labels as strings
     * @param options {@code label}, {@code holdout}, {@code scale}
     */
    public ScriptBuilder data(List<?> columns, List<? extends List<?>> rows, Map<String, ?> options) {
        SourcePosition at = positions.get();
        List<List<CellSpec>> cells = rows.stream().map(r -> r.stream().map(c -> values.cell(c, at)).toList()).toList();
        return add(new StatementSpec.InlineData(names(columns, at), cells, values.settings(options, at), at));
    }

    /** {@code data "data/iris.csv" holdout=0.2}: a CSV file, relative to the folder given to {@link #load}. */
    public ScriptBuilder dataFile(String path, Map<String, ?> options) {
        SourcePosition at = positions.get();
        return add(new StatementSpec.CsvData(path, at, values.settings(options, at), at));
    }

    /** {@code train loss=ssr lr=0.1 ...}; several calls merge, a key may appear once. */
    public ScriptBuilder train(Map<String, ?> settings) {
        SourcePosition at = positions.get();
        return add(new StatementSpec.Train(values.settings(settings, at), at));
    }

    /** {@code predict 0.04, 0.42}: one value per input. */
    public ScriptBuilder predict(List<? extends Number> inputs) {
        SourcePosition at = positions.get();
        return add(new StatementSpec.Predict(inputs.stream().map(v -> SpecValues.number(v, at)).toList(), at));
    }

    /** {@code report loss}: {@code loss}, {@code accuracy} or {@code parameters}, as strings or {@link Word}s. */
    public ScriptBuilder report(List<?> what) {
        SourcePosition at = positions.get();
        List<NameSpec> kinds = what.stream().map(w -> new NameSpec(String.valueOf(w instanceof Word x ? x.text() : w),
                at)).toList();
        return add(new StatementSpec.Report(kinds, at));
    }

    /**
     * Records a statement the caller could not read (a misspelled statement word in a Groovy
     * closure), with the parser's message; like the parser, the other checks still run.
     */
    public ScriptBuilder unknownStatement(String word) {
        return unknownStatement(word, positions.get());
    }

    /** As {@link #unknownStatement(String)}, written at {@code at} (a word noticed only later). */
    public ScriptBuilder unknownStatement(String word, SourcePosition at) {
        diagnostics.error(at, StatementWords.unknownStatement(word));
        // As in the parser: the misspelled statement is missing, so checks it would mislead are skipped.
        dropped = true;
        return this;
    }

    /** Records a problem only a builder caller can spot, in the language's message style. */
    public ScriptBuilder error(String message) {
        diagnostics.error(positions.get(), message);
        return this;
    }

    /** The spec so far, named after the file of the line that created this builder. */
    public ScriptSpec spec() {
        return new ScriptSpec(fileName, statements);
    }

    /**
     * Validates and assembles the script.
     *
     * @param dataDirectory the folder relative CSV paths are resolved against
     */
    public LoadResult load(Path dataDirectory) {
        return NnScripts.fromSpec(spec(), diagnostics.toList(), !dropped, null, dataDirectory);
    }

    private List<NameSpec> names(List<?> names, SourcePosition at) {
        return names.stream().map(n -> values.name(n, at)).toList();
    }

    private ScriptBuilder add(StatementSpec statement) {
        statements.add(statement);
        return this;
    }
}
