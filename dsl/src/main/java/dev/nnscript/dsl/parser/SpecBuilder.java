package dev.nnscript.dsl.parser;

import dev.nnscript.dsl.diagnostic.DiagnosticList;
import dev.nnscript.dsl.diagnostic.SourcePosition;
import dev.nnscript.dsl.diagnostic.Suggestions;
import dev.nnscript.dsl.spec.ActivationSpec;
import dev.nnscript.dsl.spec.CellSpec;
import dev.nnscript.dsl.spec.FreezeSpec;
import dev.nnscript.dsl.spec.NameSpec;
import dev.nnscript.dsl.spec.ParameterSpec;
import dev.nnscript.dsl.spec.ScriptSpec;
import dev.nnscript.dsl.spec.StatementSpec;
import dev.nnscript.dsl.spec.WeightsSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.antlr.v4.runtime.ParserRuleContext;

/**
 * The build-spec pass: a visitor with one short method per statement form, turning the parse tree
 * into spec records with positions. Statements touched by a syntax error are skipped (the error is
 * already reported), so the spec holds only what parsed cleanly.
 */
public final class SpecBuilder extends NnScriptBaseVisitor<StatementSpec> {

    /** The statement keywords, for "did you mean" on a misspelled first word. */
    static final List<String> KEYWORDS = List.of("network", "input", "hidden", "layer", "output", "data",
            "train", "predict", "report");

    private final Positions positions;
    private final DiagnosticList diagnostics = new DiagnosticList();
    private final ValueReader values;

    private SpecBuilder(String fileName) {
        this.positions = new Positions(fileName);
        this.values = new ValueReader(positions, diagnostics);
    }

    public static BuildResult build(ParseResult parsed, String fileName) {
        SpecBuilder builder = new SpecBuilder(fileName);
        List<StatementSpec> statements = new ArrayList<>();
        Set<Integer> errorLines = parsed.diagnostics().stream().map(d -> d.position().line()).collect(Collectors.toSet());
        for (NnScriptParser.StatementContext s : parsed.tree().statement()) {
            if (!SyntaxTrees.hasSyntaxError(s, errorLines)) {
                StatementSpec spec = builder.visit(s);
                if (spec != null) {
                    statements.add(spec);
                }
            }
        }
        return new BuildResult(new ScriptSpec(fileName, statements), builder.diagnostics.toList());
    }

    @Override
    public StatementSpec visitNetworkStatement(NnScriptParser.NetworkStatementContext ctx) {
        return new StatementSpec.NetworkName(values.string(ctx.STRING().getSymbol()), at(ctx));
    }

    @Override
    public StatementSpec visitInputStatement(NnScriptParser.InputStatementContext ctx) {
        return new StatementSpec.Input(names(ctx.names()), at(ctx));
    }

    @Override
    public StatementSpec visitHiddenStatement(NnScriptParser.HiddenStatementContext ctx) {
        NodeParameters p = NodeParameters.read(values.settings(ctx.setting()), diagnostics);
        ActivationSpec activation = activation(ctx.activation());
        FreezeSpec freeze = freeze(ctx.freeze());
        if (ctx.size != null) {
            rejectNodeValues(p);
            return new StatementSpec.HiddenLayer(values.number(ctx.NUMBER()), activation, p.init(), freeze, at(ctx));
        }
        rejectInit(p, "hidden 16 relu init=he");
        return new StatementSpec.HiddenNode(activation, weightsOrMissing(p, ctx), biasOrMissing(p, ctx),
                freeze, at(ctx));
    }

    @Override
    public StatementSpec visitLayerStatement(NnScriptParser.LayerStatementContext ctx) {
        return new StatementSpec.LayerBreak(at(ctx));
    }

    @Override
    public StatementSpec visitOutputStatement(NnScriptParser.OutputStatementContext ctx) {
        NodeParameters p = NodeParameters.read(values.settings(ctx.setting()), diagnostics);
        List<NameSpec> names = labels(ctx.labels());
        ActivationSpec activation = activation(ctx.activation());
        FreezeSpec freeze = freeze(ctx.freeze());
        if (!p.hasNodeValues()) {
            return new StatementSpec.OutputLayer(names, activation, p.init(), freeze, at(ctx));
        }
        if (names.size() > 1) {
            diagnostics.error(names.get(1).position(), "an output line with w= and b= names one output; "
                    + "write one line per output node");
        }
        rejectInit(p, "output a, b softmax init=xavier");
        return new StatementSpec.OutputNode(names.get(0), activation, weightsOrMissing(p, ctx),
                biasOrMissing(p, ctx), freeze, at(ctx));
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
        diagnostics.error(at(ctx), "unknown statement '" + word + "'" + Suggestions.didYouMean(word, KEYWORDS));
        return null;
    }

    private List<NameSpec> names(NnScriptParser.NamesContext ctx) {
        return ctx.name().stream().map(n -> new NameSpec(n.getText(), at(n))).toList();
    }

    private List<NameSpec> labels(NnScriptParser.LabelsContext ctx) {
        List<NameSpec> out = new ArrayList<>();
        for (NnScriptParser.LabelContext label : ctx.label()) {
            String text = label.getText();
            if (label instanceof NnScriptParser.NumberLabelContext && !text.matches("[0-9]+")) {
                diagnostics.error(at(label), "an output name must be a name or a whole number, not '" + text + "'");
            }
            out.add(new NameSpec(text, at(label)));
        }
        return out;
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

    private void rejectNodeValues(NodeParameters p) {
        SourcePosition at = p.weights() != null ? p.weights().position()
                : p.bias() != null ? p.bias().position() : null;
        if (at != null) {
            diagnostics.error(at, "a whole layer takes no w= or b=; write one 'hidden ACT w=... b=...' line "
                    + "per node to give values");
        }
    }

    private void rejectInit(NodeParameters p, String example) {
        if (p.init() != null) {
            diagnostics.error(p.initPosition(), "init= is only for whole layers, such as '" + example + "'");
        }
    }

    private WeightsSpec weightsOrMissing(NodeParameters p, ParserRuleContext line) {
        if (p.weights() == null) {
            diagnostics.error(at(line), "missing w= (the node's incoming weights; write w=? for unknown weights)");
            return WeightsSpec.allUnknown(at(line));
        }
        return p.weights();
    }

    private ParameterSpec biasOrMissing(NodeParameters p, ParserRuleContext line) {
        if (p.bias() == null) {
            diagnostics.error(at(line), "missing b= (the node's bias; write b=? for an unknown bias)");
            return ParameterSpec.unknown(at(line));
        }
        return p.bias();
    }

    private SourcePosition at(ParserRuleContext ctx) {
        return positions.of(ctx);
    }
}
