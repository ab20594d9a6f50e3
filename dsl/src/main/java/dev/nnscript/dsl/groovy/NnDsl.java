package dev.nnscript.dsl.groovy;

import dev.nnscript.dsl.LoadResult;
import dev.nnscript.dsl.NnScripts;
import dev.nnscript.dsl.builder.CallerPosition;
import dev.nnscript.dsl.builder.SpecStatements;
import dev.nnscript.dsl.diagnostic.DiagnosticFormatter;
import groovy.lang.Closure;
import groovy.lang.DelegatesTo;
import java.io.File;
import java.nio.file.Path;
import java.util.List;

/**
 * nnscript from Groovy: {@code import static dev.nnscript.dsl.groovy.NnDsl.*}, then
 *
 * <pre>{@code
 * def net = network {
 *     input 'dosage'
 *     hidden relu, w: 1.70, b: -0.85
 *     hidden relu, w: 12.6, b: 0.00
 *     output 'effectiveness', relu, w: [-40.8, 2.70], b: -16
 * }
 * assert Math.abs(net.predict(0.5)[0] - 1.01) < 1e-9
 * }</pre>
 *
 * Every method throws {@link NnScriptException}, with every problem and its position, when the
 * script has errors.
 */
public final class NnDsl {

    /** The file name diagnostics use for {@link #parse(String)}. */
    public static final String STRING_SOURCE = "<string>";

    private NnDsl() {}

    /**
     * Builds a network from the statements in {@code body}, one per {@code .nn} statement (see
     * {@link NetworkDelegate}). The closure runs against a fresh delegate only, so a misspelled
     * statement or word is reported, never looked up in the enclosing script. Relative CSV paths
     * are relative to the current folder.
     */
    public static NnNetwork network(@DelegatesTo(value = NetworkDelegate.class, strategy = Closure.DELEGATE_ONLY)
            Closure<?> body) {
        return build(null, body);
    }

    /** {@code network('ReLU in action') { ... }}: the {@code .nn} file's {@code network "ReLU in action"} line. */
    public static NnNetwork network(String name, @DelegatesTo(value = NetworkDelegate.class,
            strategy = Closure.DELEGATE_ONLY) Closure<?> body) {
        return build(name, body);
    }

    /**
     * Only to explain a mistake: with {@code import static NnDsl.*}, Groovy sends
     * {@code network 'name'} inside the closure here rather than to the delegate.
     *
     * @throws IllegalArgumentException always
     */
    public static NnNetwork network(CharSequence name) {
        throw new IllegalArgumentException("give the network's name before its closure: network('" + name
                + "') { ... }");
    }

    private static NnNetwork build(String name, Closure<?> body) {
        CallerPosition positions = CallerPosition.userCode();
        SpecStatements statements = new SpecStatements(positions);
        NetworkDelegate delegate = new NetworkDelegate(statements, positions);
        if (name != null) {
            delegate.network(name);
        }
        Closure<?> closure = (Closure<?>) body.clone();
        closure.setResolveStrategy(Closure.DELEGATE_ONLY);
        closure.setDelegate(delegate);
        closure.call();
        delegate.finish();
        return loaded(statements.load(Path.of("")), statements.spec().fileName());
    }

    /** Reads {@code .nn} text; CSV paths in it are relative to the current folder. */
    public static NnNetwork parse(String source) {
        return parse(source, STRING_SOURCE);
    }

    /** @param fileName the name diagnostics use for the text */
    public static NnNetwork parse(String source, String fileName) {
        return loaded(NnScripts.parse(source, fileName), fileName);
    }

    /** Reads a {@code .nn} file; CSV paths in it are relative to its folder. */
    public static NnNetwork load(File file) {
        return load(file.toPath());
    }

    public static NnNetwork load(Path file) {
        return loaded(NnScripts.load(file), file.toString());
    }

    private static NnNetwork loaded(LoadResult result, String fileName) {
        if (!result.succeeded()) {
            throw new NnScriptException(result);
        }
        List<String> warnings = result.diagnostics().stream()
                .map(d -> DiagnosticFormatter.format(d, result.source()).stripTrailing()).toList();
        return new NnNetwork(result.script(), fileName, warnings);
    }
}
