package dev.nnscript.dsl.builder;

import dev.nnscript.dsl.LoadResult;
import dev.nnscript.dsl.NnScripts;
import dev.nnscript.dsl.diagnostic.DiagnosticList;
import dev.nnscript.dsl.diagnostic.SourcePosition;
import dev.nnscript.dsl.parser.NodeLines;
import dev.nnscript.dsl.parser.StatementWords;
import dev.nnscript.dsl.spec.ActivationSpec;
import dev.nnscript.dsl.spec.FreezeSpec;
import dev.nnscript.dsl.spec.NameSpec;
import dev.nnscript.dsl.spec.ScriptSpec;
import dev.nnscript.dsl.spec.SettingSpec;
import dev.nnscript.dsl.spec.StatementSpec;
import dev.nnscript.dsl.spec.WrittenNumber;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The statements of one script as the parser's spec records, with the problems found while
 * writing them and where each statement was written. Two doors lead here: {@link ScriptBuilder}'s
 * typed methods for Java code, and the Groovy layer, which hands over its loose values as written
 * ({@code key=value} settings in the order given, words unchecked) so that its mistakes read as a
 * {@code .nn} file's. {@link #load} then runs the shared validator and assembler.
 */
public final class SpecStatements {

    private final Supplier<SourcePosition> positions;
    private final String fileName;
    private final List<StatementSpec> statements = new ArrayList<>();
    private final DiagnosticList diagnostics = new DiagnosticList();
    /** Set by an unknown statement: the script is missing a line, so the validator is told it is incomplete. */
    private boolean dropped;

    /** @param positions where each statement is written; asked once per statement, and once now for the file name */
    public SpecStatements(Supplier<SourcePosition> positions) {
        this.positions = Objects.requireNonNull(positions, "positions");
        this.fileName = positions.get().file();
    }

    /** Where the statement being written now starts: ask once per statement. */
    public SourcePosition position() {
        return positions.get();
    }

    /** Where problems found while writing go; {@link #load} passes them on with the validator's. */
    public DiagnosticList diagnostics() {
        return diagnostics;
    }

    public void add(StatementSpec statement) {
        statements.add(statement);
    }

    /**
     * A node line ({@code size} null) or a whole hidden layer, its {@code w=}/{@code b=}/{@code init=}
     * settings sorted out as the parser does.
     */
    public void hidden(WrittenNumber size, ActivationSpec activation, List<SettingSpec> settings, FreezeSpec freeze,
            SourcePosition at) {
        add(NodeLines.hidden(size, activation, settings, freeze, at, diagnostics));
    }

    /** An output node (settings give {@code w=} or {@code b=}) or a whole output layer. */
    public void output(List<NameSpec> names, ActivationSpec activation, List<SettingSpec> settings, FreezeSpec freeze,
            SourcePosition at) {
        if (names.isEmpty()) {
            diagnostics.error(at, "an output line names at least one output");
            return;
        }
        add(NodeLines.output(names, activation, settings, freeze, at, diagnostics));
    }

    /**
     * Records a statement the caller could not read (a misspelled statement word in a Groovy
     * closure), with the parser's message; like the parser, the other checks still run.
     */
    public void unknownStatement(String word, SourcePosition at) {
        diagnostics.error(at, StatementWords.unknownStatement(word), StatementWords.replacement(word));
        // As in the parser: the misspelled statement is missing, so checks it would mislead are skipped.
        dropped = true;
    }

    /** The spec so far, named after the file of the line that created this. */
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
}
