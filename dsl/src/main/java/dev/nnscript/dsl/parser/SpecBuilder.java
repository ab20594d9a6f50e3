package dev.nnscript.dsl.parser;

import dev.nnscript.dsl.diagnostic.Diagnostic;
import dev.nnscript.dsl.diagnostic.DiagnosticList;
import dev.nnscript.dsl.diagnostic.SourcePosition;
import dev.nnscript.dsl.spec.ActivationSpec;
import dev.nnscript.dsl.spec.CellSpec;
import dev.nnscript.dsl.spec.FreezeSpec;
import dev.nnscript.dsl.spec.NameSpec;
import dev.nnscript.dsl.spec.ScriptSpec;
import dev.nnscript.dsl.spec.StatementSpec;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.antlr.v4.runtime.ParserRuleContext;

/**
 * The build-spec pass: a visitor with one short method per statement form, turning the parse tree
 * into spec records with positions. Statements touched by a syntax error are skipped (the error is
 * already reported), so the spec holds only what parsed cleanly.
 */
public final class SpecBuilder extends NnScriptBaseVisitor<StatementSpec> {

    private final Positions positions;
    private final DiagnosticList diagnostics = new DiagnosticList();
    private final ValueReader values;
    /**
     * Set when a statement is left out because it could not be read (a bad name range, an unknown
     * statement word): the validator then skips the checks its absence would mislead.
     */
    private boolean dropped;

    private SpecBuilder(String fileName) {
        this.positions = new Positions(fileName);
        this.values = new ValueReader(positions, diagnostics);
    }

    public static BuildResult build(ParseResult parsed, String fileName) {
        SpecBuilder builder = new SpecBuilder(fileName);
        List<StatementSpec> statements = new ArrayList<>();
        Set<Integer> errorLines = errorLines(parsed.diagnostics());
        Set<Integer> harmlessErrorLines = new HashSet<>();
        for (NnScriptParser.StatementContext s : parsed.tree().statement()) {
            if (!SyntaxTrees.hasSyntaxError(s, errorLines)) {
                StatementSpec spec = builder.visit(s);
                if (spec != null) {
                    statements.add(spec);
                }
            } else if (aboutNoLayer(s)) {
                harmlessErrorLines.add(s.getStart().getLine());
            }
        }
        // Checks of the whole network still run when every line lost to a syntax error is a predict,
        // report or train line: none of those shapes the network or its order.
        boolean complete = !builder.dropped && harmlessErrorLines.containsAll(errorLines);
        return new BuildResult(new ScriptSpec(fileName, statements), builder.diagnostics.toList(), complete);
    }

    /** A statement the structure and weight-count checks do not look at, on one line. */
    private static boolean aboutNoLayer(NnScriptParser.StatementContext s) {
        boolean oneLine = s.getStop() == null || s.getStop().getLine() == s.getStart().getLine();
        return oneLine && (s instanceof NnScriptParser.PredictStatementContext
                || s instanceof NnScriptParser.ReportStatementContext
                || s instanceof NnScriptParser.TrainStatementContext);
    }

    /**
     * The lines with syntax errors. A loop, not a stream collecting to a set: every script comes here,
     * and a first stream costs start-up time (see {@link dev.nnscript.dsl.NnScripts}).
     */
    private static Set<Integer> errorLines(List<Diagnostic> syntaxErrors) {
        Set<Integer> lines = new HashSet<>();
        for (Diagnostic error : syntaxErrors) {
            lines.add(error.position().line());
        }
        return lines;
    }

    @Override
    public StatementSpec visitNetworkStatement(NnScriptParser.NetworkStatementContext ctx) {
        return new StatementSpec.NetworkName(values.string(ctx.STRING().getSymbol()), at(ctx));
    }

    @Override
    public StatementSpec visitInputStatement(NnScriptParser.InputStatementContext ctx) {
        List<NameSpec> names = nameList(ctx.nameList());
        return names == null ? null : new StatementSpec.Input(names, at(ctx));
    }

    @Override
    public StatementSpec visitHiddenStatement(NnScriptParser.HiddenStatementContext ctx) {
        return NodeLines.hidden(ctx.size == null ? null : values.number(ctx.NUMBER()), activation(ctx.activation()),
                values.settings(ctx.setting()), freeze(ctx.freeze()), at(ctx), diagnostics);
    }

    @Override
    public StatementSpec visitLayerStatement(NnScriptParser.LayerStatementContext ctx) {
        return new StatementSpec.LayerBreak(at(ctx));
    }

    @Override
    public StatementSpec visitOutputStatement(NnScriptParser.OutputStatementContext ctx) {
        List<NameSpec> names = labels(ctx.labels());
        if (names == null) {
            return null;
        }
        return NodeLines.output(names, activation(ctx.activation()), values.settings(ctx.setting()),
                freeze(ctx.freeze()), at(ctx), diagnostics);
    }

    @Override
    public StatementSpec visitCsvDataStatement(NnScriptParser.CsvDataStatementContext ctx) {
        return new StatementSpec.CsvData(values.string(ctx.STRING().getSymbol()), positions.of(ctx.STRING()),
                values.settings(ctx.setting()), at(ctx));
    }

    @Override
    public StatementSpec visitInlineDataStatement(NnScriptParser.InlineDataStatementContext ctx) {
        List<List<CellSpec>> rows = new ArrayList<>(ctx.row().size());
        for (NnScriptParser.RowContext row : ctx.row()) {
            List<CellSpec> cells = new ArrayList<>(row.cell().size());
            for (NnScriptParser.CellContext cell : row.cell()) {
                cells.add(new CellSpec(cell.getText(), at(cell)));
            }
            rows.add(cells);
        }
        return new StatementSpec.InlineData(names(ctx.names()), rows, values.settings(ctx.setting()), at(ctx));
    }

    @Override
    public StatementSpec visitTrainStatement(NnScriptParser.TrainStatementContext ctx) {
        return new StatementSpec.Train(values.settings(ctx.setting()), at(ctx));
    }

    @Override
    public StatementSpec visitPredictStatement(NnScriptParser.PredictStatementContext ctx) {
        return new StatementSpec.Predict(values.numbers(ctx.NUMBER()), at(ctx));
    }

    @Override
    public StatementSpec visitReportStatement(NnScriptParser.ReportStatementContext ctx) {
        List<NameSpec> what = ctx.IDENT().stream().map(t -> new NameSpec(t.getText(), positions.of(t))).toList();
        return new StatementSpec.Report(what, at(ctx));
    }

    @Override
    public StatementSpec visitUnknownStatement(NnScriptParser.UnknownStatementContext ctx) {
        String word = ctx.IDENT().getText();
        diagnostics.error(at(ctx), StatementWords.unknownStatement(word), StatementWords.replacement(word));
        // `imput x` is most likely the input line misspelled: without it, "missing 'input'" and
        // every width check would repeat the one mistake.
        dropped = true;
        return null;
    }

    private List<NameSpec> names(NnScriptParser.NamesContext ctx) {
        return ctx.name().stream().map(n -> new NameSpec(n.getText(), at(n))).toList();
    }

    private List<NameSpec> nameList(NnScriptParser.NameListContext ctx) {
        List<NameSpec> out = new ArrayList<>();
        NameRanges ranges = new NameRanges(true, diagnostics);
        boolean read = true;
        for (NnScriptParser.NameItemContext item : ctx.nameItem()) {
            if (item instanceof NnScriptParser.NameRangeContext) {
                read &= ranges.expand(item.getText(), at(item), out);
            } else {
                ranges.single();
                out.add(new NameSpec(item.getText(), at(item)));
            }
        }
        return kept(read, out);
    }

    /** The names, or null (the statement is left out) when a range in them could not be read. */
    private List<NameSpec> kept(boolean read, List<NameSpec> names) {
        dropped |= !read;
        return read ? names : null;
    }

    private List<NameSpec> labels(NnScriptParser.LabelsContext ctx) {
        List<NameSpec> out = new ArrayList<>();
        NameRanges ranges = new NameRanges(false, diagnostics);
        boolean read = true;
        for (NnScriptParser.LabelContext label : ctx.label()) {
            String text = label.getText();
            if (label instanceof NnScriptParser.RangeLabelContext) {
                read &= ranges.expand(text, at(label), out);
                continue;
            }
            ranges.single();
            if (label instanceof NnScriptParser.NumberLabelContext && !text.matches("[0-9]+")) {
                diagnostics.error(at(label), "an output name must be a name or a whole number, not '" + text + "'");
            }
            out.add(new NameSpec(text, at(label)));
        }
        return kept(read, out);
    }

    private ActivationSpec activation(NnScriptParser.ActivationContext ctx) {
        return new ActivationSpec(ctx.IDENT().getText(), ctx.NUMBER() == null ? null : values.number(ctx.NUMBER()),
                at(ctx));
    }

    private FreezeSpec freeze(NnScriptParser.FreezeContext ctx) {
        if (ctx == null) {
            return null;
        }
        List<FreezeSpec.Target> targets = new ArrayList<>();
        for (NnScriptParser.FreezeTargetContext t : ctx.freezeTarget()) {
            targets.add(new FreezeSpec.Target(t.IDENT().getText(),
                    t.NUMBER() == null ? null : values.number(t.NUMBER()), at(t)));
        }
        return new FreezeSpec(targets, at(ctx));
    }

    private SourcePosition at(ParserRuleContext ctx) {
        return positions.of(ctx);
    }
}
