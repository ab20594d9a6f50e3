package dev.nnscript.dsl.builder;

import dev.nnscript.dsl.LoadResult;
import dev.nnscript.dsl.diagnostic.SourcePosition;
import dev.nnscript.dsl.script.DataOptions;
import dev.nnscript.dsl.script.InitChoice;
import dev.nnscript.dsl.script.ReportKind;
import dev.nnscript.dsl.script.TrainingSettings;
import dev.nnscript.dsl.spec.CellSpec;
import dev.nnscript.dsl.spec.NameSpec;
import dev.nnscript.dsl.spec.ScriptSpec;
import dev.nnscript.dsl.spec.SettingSpec;
import dev.nnscript.dsl.spec.StatementSpec;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Builds a script from Java, one method per {@code .nn} statement, with typed values: core's
 * activations, numbers or {@link Unknown#UNKNOWN} for parameters, the script's own
 * {@link TrainingSettings}, {@link DataOptions}, {@link InitChoice} and {@link ReportKind}. It fills
 * the spec the parser fills; {@link #load} then runs the shared validator and assembler. Collect
 * first, check later: nothing throws for a mistake in the script (a weight count that does not fit,
 * softmax on a hidden layer), every problem comes back in the {@link LoadResult}, at the Java line
 * that wrote the statement. A null argument is a programming error and throws at once.
 *
 * <pre>{@code
 * NodeActivation relu = NodeActivation.of(Activations.RELU);
 * LoadResult r = new ScriptBuilder()
 *         .input("dosage")
 *         .hidden(relu, Weights.of(1.70), Parameter.of(-0.85))
 *         .hidden(relu, Weights.of(12.6), Parameter.of(0.0))
 *         .output("effectiveness", relu, Weights.of(-40.8, 2.70), Parameter.of(-16))
 *         .load(Path.of(""));
 * }</pre>
 */
public final class ScriptBuilder {

    private final SpecStatements statements;
    private final SpecValues values;

    /** Positions from the calling line of user code ({@link CallerPosition#userCode()}). */
    public ScriptBuilder() {
        this(CallerPosition.userCode());
    }

    /** @param positions where each statement is written; asked once per statement, and once now for the file name */
    public ScriptBuilder(Supplier<SourcePosition> positions) {
        this.statements = new SpecStatements(positions);
        this.values = new SpecValues(statements.diagnostics());
    }

    /** {@code network "ReLU in action"}. */
    public ScriptBuilder network(String name) {
        Objects.requireNonNull(name, "name");
        statements.add(new StatementSpec.NetworkName(name, statements.position()));
        return this;
    }

    /** {@code input dosage} / {@code input petal_width, sepal_width}. */
    public ScriptBuilder input(String... names) {
        return input(List.of(names));
    }

    public ScriptBuilder input(List<String> names) {
        SourcePosition at = statements.position();
        statements.add(new StatementSpec.Input(names(names, at), at));
        return this;
    }

    /** {@code hidden relu w=[1.70] b=-0.85}: one node of the current hidden layer. */
    public ScriptBuilder hidden(NodeActivation activation, Weights weights, Parameter bias) {
        return hidden(activation, weights, bias, null);
    }

    /**
     * {@code hidden relu w=[1.70] b=-0.85 freeze b}.
     *
     * @param freeze the freeze clause, or null for none
     */
    public ScriptBuilder hidden(NodeActivation activation, Weights weights, Parameter bias, Freeze freeze) {
        SourcePosition at = statements.position();
        statements.hidden(null, activation.spec(at), node(weights, bias, at), SpecValues.freeze(freeze, at), at);
        return this;
    }

    /** {@code hidden 16 relu}: a whole hidden layer, initialized by the layer's default. */
    public ScriptBuilder hiddenLayer(int size, NodeActivation activation) {
        return hiddenLayer(size, activation, null, null);
    }

    /**
     * {@code hidden 16 relu init=he freeze}.
     *
     * @param init the initializer, or null for the layer's default
     * @param freeze the freeze clause, or null for none
     */
    public ScriptBuilder hiddenLayer(int size, NodeActivation activation, InitChoice init, Freeze freeze) {
        SourcePosition at = statements.position();
        statements.hidden(SpecValues.number(size, at), activation.spec(at), TypedSettings.init(init, at),
                SpecValues.freeze(freeze, at), at);
        return this;
    }

    /** {@code layer}: ends the current hidden layer of node lines. */
    public ScriptBuilder layer() {
        statements.add(new StatementSpec.LayerBreak(statements.position()));
        return this;
    }

    /** {@code output effectiveness relu w=[-40.8, 2.70] b=-16}: one output node. */
    public ScriptBuilder output(String name, NodeActivation activation, Weights weights, Parameter bias) {
        return output(name, activation, weights, bias, null);
    }

    /**
     * One output node with a freeze clause.
     *
     * @param name a name, or a whole number such as {@code "7"} (a class label)
     * @param freeze the freeze clause, or null for none
     */
    public ScriptBuilder output(String name, NodeActivation activation, Weights weights, Parameter bias,
            Freeze freeze) {
        Objects.requireNonNull(name, "name");
        SourcePosition at = statements.position();
        statements.output(labels(List.of(name), at), activation.spec(at), node(weights, bias, at),
                SpecValues.freeze(freeze, at), at);
        return this;
    }

    /** {@code output setosa, versicolor, virginica softmax}: a whole output layer. */
    public ScriptBuilder outputLayer(List<String> names, NodeActivation activation) {
        return outputLayer(names, activation, null, null);
    }

    /**
     * A whole output layer with an initializer or a freeze clause.
     *
     * @param names names, or whole numbers such as {@code "0"} to {@code "9"} (class labels)
     * @param init the initializer, or null for the layer's default
     * @param freeze the freeze clause, or null for none
     */
    public ScriptBuilder outputLayer(List<String> names, NodeActivation activation, InitChoice init, Freeze freeze) {
        SourcePosition at = statements.position();
        statements.output(labels(names, at), activation.spec(at), TypedSettings.init(init, at),
                SpecValues.freeze(freeze, at), at);
        return this;
    }

    /**
     * An inline table: {@code data dosage, effectiveness}, its rows, {@code end}.
     *
     * @param rows each row's cells, such as {@code Cell.row(0.5, 1)}
     * @param options {@code label}, {@code holdout}, {@code scale}; {@link DataOptions#NONE} for none
     */
    public ScriptBuilder data(List<String> columns, List<? extends List<Cell>> rows, DataOptions options) {
        SourcePosition at = statements.position();
        List<List<CellSpec>> cells = rows.stream()
                .map(r -> r.stream().map(c -> values.cell(c.text(), c.number(), at)).toList()).toList();
        statements.add(new StatementSpec.InlineData(names(columns, at), cells, TypedSettings.data(options, at), at));
        return this;
    }

    /** {@code data "data/iris.csv" holdout=0.2}: a CSV file, relative to the folder given to {@link #load}. */
    public ScriptBuilder dataFile(String path, DataOptions options) {
        Objects.requireNonNull(path, "path");
        SourcePosition at = statements.position();
        statements.add(new StatementSpec.CsvData(path, at, TypedSettings.data(options, at), at));
        return this;
    }

    /**
     * {@code train loss=ssr lr=0.1 ...}: the settings given (non-null fields), most easily made
     * with a {@link TrainingSettingsBuilder}; several calls merge, and a setting may be given once.
     */
    public ScriptBuilder train(TrainingSettings settings) {
        SourcePosition at = statements.position();
        statements.add(new StatementSpec.Train(TypedSettings.training(settings, at), at));
        return this;
    }

    /** {@code predict 0.04, 0.42}: one value per input. */
    public ScriptBuilder predict(double... inputs) {
        SourcePosition at = statements.position();
        statements.add(new StatementSpec.Predict(Arrays.stream(inputs)
                .mapToObj(v -> SpecValues.number(v, at)).toList(), at));
        return this;
    }

    /** {@code report loss, accuracy}. */
    public ScriptBuilder report(ReportKind... what) {
        SourcePosition at = statements.position();
        statements.add(new StatementSpec.Report(Arrays.stream(what).map(k -> new NameSpec(k.text(), at)).toList(),
                at));
        return this;
    }

    /** Records a problem only the calling program can spot, in the language's message style. */
    public ScriptBuilder error(String message) {
        statements.diagnostics().error(statements.position(), message);
        return this;
    }

    /** The spec so far, named after the file of the line that created this builder. */
    public ScriptSpec spec() {
        return statements.spec();
    }

    /**
     * Validates and assembles the script.
     *
     * @param dataDirectory the folder relative CSV paths are resolved against
     */
    public LoadResult load(Path dataDirectory) {
        return statements.load(dataDirectory);
    }

    private List<NameSpec> names(List<String> names, SourcePosition at) {
        return names.stream().map(n -> values.name(n, at)).toList();
    }

    private List<NameSpec> labels(List<String> names, SourcePosition at) {
        return names.stream().map(n -> values.label(n, false, at)).toList();
    }

    private static List<SettingSpec> node(Weights weights, Parameter bias, SourcePosition at) {
        return TypedSettings.node(Objects.requireNonNull(weights, "weights"), Objects.requireNonNull(bias, "bias"), at);
    }
}
