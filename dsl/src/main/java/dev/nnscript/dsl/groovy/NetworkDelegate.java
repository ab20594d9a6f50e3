package dev.nnscript.dsl.groovy;

import dev.nnscript.dsl.builder.Freeze;
import dev.nnscript.dsl.builder.SpecStatements;
import dev.nnscript.dsl.builder.SpecValues;
import dev.nnscript.dsl.builder.Unknown;
import dev.nnscript.dsl.diagnostic.SourcePosition;
import dev.nnscript.dsl.spec.CellSpec;
import dev.nnscript.dsl.spec.NameSpec;
import dev.nnscript.dsl.spec.StatementSpec;
import groovy.lang.GroovyObjectSupport;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The delegate of a {@code network { }} closure: one method per {@code .nn} statement, named
 * arguments first ({@code hidden relu, w: 1.70, b: -0.85} arrives as {@code hidden(Map, Object...)}),
 * each writing its values into the spec as written ({@link GroovyValues}), so that a wrong key or
 * value reads as it would in a {@code .nn} file. Missing properties are words of the
 * language; a missing method is an unknown statement, unless it has only numbers in its
 * parentheses ({@code leaky_relu(0.1)}), which makes a word with numbers. A Groovy object, so that
 * a {@code DELEGATE_ONLY} closure hands missing methods to {@link #methodMissing}.
 */
public final class NetworkDelegate extends GroovyObjectSupport {

    private static final String HIDDEN_FORMS = "write 'hidden ACTIVATION, w: ..., b: ...' for a node "
            + "or 'hidden SIZE, ACTIVATION' for a whole layer";
    private static final String OUTPUT_FORMS = "write 'output NAME, ACTIVATION, w: ..., b: ...' for a node "
            + "or 'output NAME, NAME, ..., ACTIVATION' for a whole layer";

    private final SpecStatements statements;
    private final GroovyValues values;
    private final Supplier<SourcePosition> positions;
    private final List<PendingWord> words = new ArrayList<>();

    NetworkDelegate(SpecStatements statements, Supplier<SourcePosition> positions) {
        this.statements = statements;
        this.values = new GroovyValues(statements.diagnostics());
        this.positions = positions;
    }

    /** {@code network 'ReLU in action'}. */
    public void network(Object name) {
        String text = String.valueOf(GroovyArgs.unwrap(name));
        statements.add(new StatementSpec.NetworkName(text, statements.position()));
    }

    /** {@code input 'dosage'} or {@code input dosage} / {@code input 'petal_width', 'sepal_width'}. */
    public void input(Object... names) {
        List<Object> flat = GroovyArgs.flat(names);
        SourcePosition at = statements.position();
        statements.add(new StatementSpec.Input(values.names(flat, at), at));
    }

    /** {@code hidden relu, w: 1.70, b: -0.85, freeze: 'b'} or {@code hidden 16, relu, init: he, freeze: true}. */
    public void hidden(Map<?, ?> named, Object... args) {
        Map<String, Object> parameters = GroovyArgs.named(named);
        var freeze = GroovyFreeze.from(parameters.remove("freeze"));
        List<Object> positional = GroovyArgs.each(args);
        if (positional.size() == 2 && positional.get(0) instanceof Number size) {
            hidden(size, positional.get(1), parameters, freeze);
        } else if (positional.size() == 1) {
            hidden(null, positional.get(0), parameters, freeze);
        } else {
            error("'hidden' takes " + positional.size() + " values here; " + HIDDEN_FORMS);
        }
    }

    /** @param size the layer's size, or null for a node line */
    private void hidden(Number size, Object activation, Map<String, Object> parameters, Freeze freeze) {
        SourcePosition at = statements.position();
        statements.hidden(size == null ? null : SpecValues.number(size, at), values.activation(activation, at),
                values.settings(parameters, at), SpecValues.freeze(freeze, at), at);
    }

    /** {@code hidden 16, relu} or {@code hidden relu} (which lacks w and b). */
    public void hidden(Object... args) {
        hidden(Map.of(), args);
    }

    /** {@code layer}: ends the current hidden layer. As a property, so it reads as in a {@code .nn} file. */
    public Object getLayer() {
        layer();
        return null;
    }

    /** {@code layer()}. */
    public void layer() {
        statements.add(new StatementSpec.LayerBreak(statements.position()));
    }

    /**
     * {@code output 'effectiveness', relu, w: [-40.8, 2.70], b: -16} or
     * {@code output 'setosa', 'versicolor', 'virginica', softmax}: names, then the activation.
     */
    public void output(Map<?, ?> named, Object... args) {
        Map<String, Object> parameters = GroovyArgs.named(named);
        var freeze = GroovyFreeze.from(parameters.remove("freeze"));
        List<Object> positional = GroovyArgs.flat(args);
        if (positional.size() < 2) {
            error("'output' needs at least a name and an activation; " + OUTPUT_FORMS);
            return;
        }
        Object activation = positional.remove(positional.size() - 1);
        SourcePosition at = statements.position();
        statements.output(values.labels(positional, at), values.activation(activation, at),
                values.settings(parameters, at), SpecValues.freeze(freeze, at), at);
    }

    public void output(Object... args) {
        output(Map.of(), args);
    }

    /**
     * {@code data 'dosage', 'effectiveness', rows: [[0, 0], [0.5, 1], [1, 0]]} (an inline table) or
     * {@code data file: 'data/iris.csv', holdout: 0.2} (a CSV file); other named arguments are the
     * data options ({@code label}, {@code holdout}, {@code scale}).
     */
    public void data(Map<?, ?> named, Object... columns) {
        Map<String, Object> options = GroovyArgs.named(named);
        Object file = options.remove("file");
        Object rows = options.remove("rows");
        if (file != null && (rows != null || columns.length > 0)) {
            error("data takes a file: or columns with rows:, not both");
        } else if (rows != null && !(rows instanceof List<?>)) {
            error("rows: takes a list of rows, each a list of cells, such as rows: [[0, 0], [0.5, 1]], not '"
                    + rows + "'");
        } else if (file != null) {
            SourcePosition at = statements.position();
            statements.add(new StatementSpec.CsvData(path(file), at, values.settings(options, at), at));
        } else {
            List<Object> names = GroovyArgs.flat(columns);
            List<List<?>> table = rows(rows);
            SourcePosition at = statements.position();
            // Cells before names, as the builder has always checked them: messages on one line keep their order.
            List<List<CellSpec>> cells = table.stream()
                    .map(r -> r.stream().map(c -> values.cell(c, at)).toList()).toList();
            List<NameSpec> columnNames = values.names(names, at);
            statements.add(new StatementSpec.InlineData(columnNames, cells, values.settings(options, at), at));
        }
    }

    public void data(Object... columns) {
        data(Map.of(), columns);
    }

    /** {@code train lr: 0.1, steps: 1000, loss: ssr}; several merge, a key may appear once. */
    public void train(Map<?, ?> settings) {
        Map<String, Object> named = GroovyArgs.named(settings);
        SourcePosition at = statements.position();
        statements.add(new StatementSpec.Train(values.settings(named, at), at));
    }

    /** {@code predict 0.5} / {@code predict 0.04, 0.42}. */
    public void predict(Object... values) {
        List<Number> numbers = new ArrayList<>();
        for (Object v : GroovyArgs.flat(values)) {
            if (v instanceof Number n) {
                numbers.add(n);
            } else {
                error("predict takes numbers, one per input, not '" + v + "'");
                return;
            }
        }
        SourcePosition at = statements.position();
        statements.add(new StatementSpec.Predict(numbers.stream().map(v -> SpecValues.number(v, at)).toList(), at));
    }

    /** {@code report loss} / {@code report 'accuracy'}. */
    public void report(Object... what) {
        List<Object> kinds = GroovyArgs.flat(what);
        SourcePosition at = statements.position();
        statements.add(new StatementSpec.Report(kinds.stream()
                .map(w -> new NameSpec(String.valueOf(w instanceof Word x ? x.text() : w), at)).toList(), at));
    }

    /** {@code unknown}: the language's {@code ?}, as in {@code b: unknown} or {@code w: [unknown, 2.70]}. */
    public Unknown getUnknown() {
        return Unknown.UNKNOWN;
    }

    /** A bare word such as {@code relu}: a value until some statement uses it. */
    public Object propertyMissing(String name) {
        return pending(Word.of(name));
    }

    /** {@code leaky_relu(0.1)} makes a word with numbers; anything else is an unknown statement. */
    public Object methodMissing(String name, Object args) {
        Object[] values = args instanceof Object[] a ? a : new Object[] {args};
        boolean numbers = values.length > 0;
        for (Object v : values) {
            numbers &= v instanceof Number;
        }
        if (numbers) {
            List<Number> arguments = new ArrayList<>();
            for (Object v : values) {
                arguments.add((Number) v);
            }
            return pending(new Word(name, arguments));
        }
        GroovyArgs.each(values);
        statements.unknownStatement(name, statements.position());
        return null;
    }

    /** Reports words no statement used: each was meant as a statement. Call once the closure has run. */
    void finish() {
        for (PendingWord w : words) {
            if (!w.isUsed()) {
                statements.unknownStatement(w.word().text(), w.position());
            }
        }
    }

    /** A problem only a Groovy caller can make, at the statement's line. */
    private void error(String message) {
        statements.diagnostics().error(statements.position(), message);
    }

    private PendingWord pending(Word word) {
        PendingWord p = new PendingWord(word, positions.get(), statements.diagnostics());
        words.add(p);
        return p;
    }

    private static String path(Object file) {
        if (file instanceof File f) {
            return f.getPath();
        }
        return file instanceof Path p ? p.toString() : String.valueOf(file);
    }

    /** Rows as lists of cells; a missing {@code rows:} is an empty table, for the validator to judge. */
    private static List<List<?>> rows(Object rows) {
        List<List<?>> out = new ArrayList<>();
        if (rows instanceof List<?> list) {
            for (Object row : list) {
                out.add(row instanceof List<?> cells ? cells : List.of(row));
            }
        }
        return out;
    }
}
