package dev.nnscript.dsl.assemble;

import dev.nnscript.core.network.DenseLayer;
import dev.nnscript.core.network.Network;
import dev.nnscript.dsl.data.DataOptionsReader;
import dev.nnscript.dsl.diagnostic.DiagnosticList;
import dev.nnscript.dsl.diagnostic.SourcePosition;
import dev.nnscript.dsl.print.ScriptNumberFormat;
import dev.nnscript.dsl.script.DataOptions;
import dev.nnscript.dsl.script.DataSource;
import dev.nnscript.dsl.script.LayerUnknowns;
import dev.nnscript.dsl.script.ReportKind;
import dev.nnscript.dsl.script.Script;
import dev.nnscript.dsl.script.SourceComments;
import dev.nnscript.dsl.script.TrainingSettings;
import dev.nnscript.dsl.script.UnknownParameters;
import dev.nnscript.dsl.spec.CellSpec;
import dev.nnscript.dsl.spec.NameSpec;
import dev.nnscript.dsl.spec.NumberSyntax;
import dev.nnscript.dsl.spec.ScriptSpec;
import dev.nnscript.dsl.spec.StatementSpec;
import dev.nnscript.dsl.spec.WrittenNumber;
import dev.nnscript.dsl.validate.LayerPlanner;
import dev.nnscript.dsl.validate.PlannedLayer;
import dev.nnscript.dsl.validate.SpecFacts;
import dev.nnscript.dsl.validate.TrainingSettingsReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The assemble pass: a validated spec to a {@link Script} with a core {@link Network}. Call only
 * after {@code ScriptValidator} found no error; this pass does not check again.
 *
 * <p>Unknown parameters are drawn here from the {@code seed} setting, so the same script gives the
 * same starting network bit for bit.
 */
public final class ScriptAssembler {

    /** Validated input: anything reported here again would be a duplicate, so it is dropped. */
    private final DiagnosticList ignored = new DiagnosticList();

    private ScriptAssembler() {}

    /** @param scriptDirectory the folder CSV paths are relative to */
    public static Script assemble(ScriptSpec spec, Path scriptDirectory) {
        return new ScriptAssembler().run(spec, scriptDirectory);
    }

    private Script run(ScriptSpec spec, Path scriptDirectory) {
        SpecFacts facts = SpecFacts.of(spec);
        TrainingSettings training = TrainingSettingsReader.read(facts.trainSettings(), ignored);
        List<DenseLayer> layers = new ArrayList<>();
        List<LayerUnknowns> unknowns = new ArrayList<>();
        LayerBuilder builder = new LayerBuilder();
        int width = facts.inputNames().size();
        for (PlannedLayer planned : LayerPlanner.plan(spec.statements())) {
            LayerBuilder.Built built = builder.build(planned, width);
            layers.add(built.layer());
            unknowns.add(built.unknowns());
            width = built.layer().outputs();
        }
        String name = facts.networkName() == null ? null : facts.networkName().name();
        Network network = new Network(name, facts.inputNames(), facts.outputNames(), layers);
        UnknownParameters.draw(network, unknowns, training.seedOrDefault());
        return new Script(network, unknowns, data(facts.data(), scriptDirectory), training, predictions(spec),
                reports(spec), SourceComments.NONE);
    }

    private DataSource data(StatementSpec data, Path scriptDirectory) {
        if (data instanceof StatementSpec.CsvData csv) {
            DataOptions options = DataOptionsReader.read(csv.options(), ignored);
            return new DataSource.CsvFile(csv.path(), scriptDirectory.resolve(csv.path()), options, csv.position());
        }
        if (data instanceof StatementSpec.InlineData inline) {
            DataOptions options = DataOptionsReader.read(inline.options(), ignored);
            List<List<String>> rows = inline.rows().stream()
                    .map(row -> row.stream().map(CellSpec::text).map(ScriptAssembler::canonicalCell).toList())
                    .toList();
            List<List<SourcePosition>> positions = inline.rows().stream()
                    .map(row -> row.stream().map(CellSpec::position).toList())
                    .toList();
            return new DataSource.InlineTable(inline.columns().stream().map(NameSpec::name).toList(), rows, options,
                    inline.position(), positions);
        }
        return null;
    }

    /** Numbers in their shortest round-trip form ({@code 0.50} becomes {@code 0.5}); labels as written. */
    private static String canonicalCell(String text) {
        if (NumberSyntax.isNumber(text)) {
            double v = Double.parseDouble(text);
            return Double.isFinite(v) ? ScriptNumberFormat.format(v) : text;
        }
        return text;
    }

    private static List<List<Double>> predictions(ScriptSpec spec) {
        List<List<Double>> out = new ArrayList<>();
        for (StatementSpec s : spec.statements()) {
            if (s instanceof StatementSpec.Predict p) {
                out.add(p.values().stream().map(WrittenNumber::value).toList());
            }
        }
        return out;
    }

    private static List<ReportKind> reports(ScriptSpec spec) {
        List<ReportKind> out = new ArrayList<>();
        for (StatementSpec s : spec.statements()) {
            if (s instanceof StatementSpec.Report r) {
                r.what().forEach(w -> out.add(ReportKind.byText(w.name()).orElseThrow()));
            }
        }
        return out;
    }
}
