package dev.nnscript.dsl.assemble;

import dev.nnscript.core.network.DenseLayer;
import dev.nnscript.core.network.Network;
import dev.nnscript.dsl.diagnostic.SourcePosition;
import dev.nnscript.dsl.print.ScriptNumberFormat;
import dev.nnscript.dsl.script.DataOptions;
import dev.nnscript.dsl.script.DataSource;
import dev.nnscript.dsl.script.LayerUnknowns;
import dev.nnscript.dsl.script.Script;
import dev.nnscript.dsl.script.SourceComments;
import dev.nnscript.dsl.script.UnknownParameters;
import dev.nnscript.dsl.spec.CellSpec;
import dev.nnscript.dsl.spec.NameSpec;
import dev.nnscript.dsl.spec.NumberSyntax;
import dev.nnscript.dsl.spec.ScriptSpec;
import dev.nnscript.dsl.spec.StatementSpec;
import dev.nnscript.dsl.spec.WrittenNumber;
import dev.nnscript.dsl.validate.ResolvedLayer;
import dev.nnscript.dsl.validate.SpecFacts;
import dev.nnscript.dsl.validate.ValidatedScript;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The assemble pass: a validated script to a {@link Script} with a core {@link Network}. It builds
 * from what the validator read and resolved ({@link ValidatedScript}) and checks nothing again.
 *
 * <p>Unknown parameters are drawn here from the {@code seed} setting, so the same script gives the
 * same starting network bit for bit.
 */
public final class ScriptAssembler {

    private ScriptAssembler() {}

    /**
     * @param validated a script the validator found no error in
     * @param scriptDirectory the folder CSV paths are relative to
     */
    public static Script assemble(ValidatedScript validated, Path scriptDirectory) {
        if (!validated.valid()) {
            throw new IllegalArgumentException("only a script without errors can be assembled");
        }
        SpecFacts facts = validated.facts();
        List<DenseLayer> layers = new ArrayList<>();
        List<LayerUnknowns> unknowns = new ArrayList<>();
        int width = facts.inputNames().size();
        for (ResolvedLayer resolved : validated.layers()) {
            LayerBuilder.Built built = LayerBuilder.build(resolved, width);
            layers.add(built.layer());
            unknowns.add(built.unknowns());
            width = built.layer().outputs();
        }
        String name = facts.networkName() == null ? null : facts.networkName().name();
        Network network = new Network(name, facts.inputNames(), facts.outputNames(), layers);
        UnknownParameters.draw(network, unknowns, validated.training().seedOrDefault());
        return new Script(network, unknowns, data(facts.data(), validated.dataOptions(), scriptDirectory),
                validated.training(), predictions(validated.spec()), validated.reports(), SourceComments.NONE);
    }

    private static DataSource data(StatementSpec data, DataOptions options, Path scriptDirectory) {
        if (data instanceof StatementSpec.CsvData csv) {
            return new DataSource.CsvFile(csv.path(), scriptDirectory.resolve(csv.path()), options, csv.position());
        }
        if (data instanceof StatementSpec.InlineData inline) {
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
}
