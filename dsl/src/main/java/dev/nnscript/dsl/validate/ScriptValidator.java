package dev.nnscript.dsl.validate;

import dev.nnscript.core.activation.Activations;
import dev.nnscript.dsl.data.ColumnRoles;
import dev.nnscript.dsl.data.DataOptionsReader;
import dev.nnscript.dsl.data.InlineTableReader;
import dev.nnscript.dsl.diagnostic.Diagnostic;
import dev.nnscript.dsl.diagnostic.DiagnosticList;
import dev.nnscript.dsl.diagnostic.Suggestions;
import dev.nnscript.dsl.script.DataOptions;
import dev.nnscript.dsl.script.LossKind;
import dev.nnscript.dsl.script.ReportKind;
import dev.nnscript.dsl.script.TrainingSettings;
import dev.nnscript.dsl.spec.NameSpec;
import dev.nnscript.dsl.spec.ScriptSpec;
import dev.nnscript.dsl.spec.SettingSpec;
import dev.nnscript.dsl.spec.StatementSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The validate pass: every semantic check over a spec, all problems collected, and every reading
 * done once: facts, layers (grouped, activations and initializers resolved), training settings,
 * data options and reports come back in a {@link ValidatedScript}. After this passes with no
 * error, the assembler builds from those values and cannot fail.
 *
 * <p>{@code complete} is false when some statements were lost to syntax errors: then only checks
 * that cannot be misled by a missing line run (names, numbers, settings), so the user is not told
 * about a "missing input" that is merely misspelled.
 */
public final class ScriptValidator {

    private final DiagnosticList diagnostics = new DiagnosticList();
    private final List<ReportKind> reports = new ArrayList<>();
    private DataOptions dataOptions;

    private ScriptValidator() {}

    public static ValidatedScript validate(ScriptSpec spec, boolean complete) {
        return new ScriptValidator().run(spec, complete);
    }

    private ValidatedScript run(ScriptSpec spec, boolean complete) {
        SpecFacts facts = SpecFacts.of(spec);
        boolean layersInOrder = complete && StructureCheck.check(spec, diagnostics);
        long inputWidth = facts.input() != null ? facts.input().names().size() : -1;
        long layerInputWidth = widthsCanBeTrusted(facts, layersInOrder) ? inputWidth : -1;
        List<ResolvedLayer> layers = ShapeCheck.check(LayerPlanner.plan(spec.statements()), layerInputWidth,
                diagnostics);
        TrainingSettings training = TrainingSettingsReader.read(facts.trainSettings(), diagnostics);
        for (StatementSpec s : spec.statements()) {
            // A predict line's count needs only the input line, which a lost line elsewhere does not change.
            checkRequests(s, inputWidth, complete && !facts.outputNames().isEmpty() && !facts.softmaxOutput());
            checkData(s, facts, complete);
            checkOneLine(s);
        }
        if (complete) {
            checkLoss(training, facts, layers);
        }
        return new ValidatedScript(spec, facts, layers, training, dataOptions, reports, diagnostics.toList());
    }

    /**
     * Weight counts follow from the input width through every layer, so they mean something only
     * when no line is missing and the layers are in order: without an output line the last hidden
     * lines may be the output written as {@code hidden} ("expected 1 weight" there would repeat
     * "missing 'output' line"), and an output line above hidden lines is one misplaced line.
     */
    private static boolean widthsCanBeTrusted(SpecFacts facts, boolean layersInOrder) {
        return layersInOrder && facts.input() != null && !facts.outputNames().isEmpty();
    }

    /** @param noClasses whether the output layer is known to have no classes (not softmax) */
    private void checkRequests(StatementSpec s, long inputWidth, boolean noClasses) {
        if (s instanceof StatementSpec.Predict p) {
            p.values().forEach(v -> WrittenNumberChecks.requireFinite(v, diagnostics));
            if (inputWidth >= 0 && p.values().size() != inputWidth) {
                diagnostics.error(p.position(), "predict needs " + inputWidth + (inputWidth == 1 ? " value" : " values")
                        + " (one per input) but found " + p.values().size());
            }
        } else if (s instanceof StatementSpec.Report r) {
            for (NameSpec what : r.what()) {
                Optional<ReportKind> kind = ReportKind.byText(what.name());
                if (kind.isPresent()) {
                    reports.add(kind.get());
                    if (kind.get() == ReportKind.ACCURACY && noClasses) {
                        diagnostics.error(what.position(), "report accuracy needs a softmax output layer (one output"
                                + " per class); for other outputs report loss");
                    }
                } else {
                    diagnostics.error(what.position(), "unknown report '" + what.name() + "'"
                            + Suggestions.didYouMean(what.name(), ReportKind.NAMES)
                            + "; expected loss, accuracy or parameters",
                            Suggestions.replacement(what.name(), ReportKind.NAMES));
                }
            }
        }
    }

    /** Reads every data line's options (a second line is the structure check's error) and keeps the first's. */
    private void checkData(StatementSpec s, SpecFacts facts, boolean complete) {
        if (s instanceof StatementSpec.CsvData csv) {
            DataOptions options = DataOptionsReader.read(csv.options(), diagnostics);
            dataOptions = s == facts.data() ? options : dataOptions;
        } else if (s instanceof StatementSpec.InlineData inline) {
            DataOptions options = DataOptionsReader.read(inline.options(), diagnostics);
            dataOptions = s == facts.data() ? options : dataOptions;
            if (complete && facts.input() != null && !facts.outputNames().isEmpty()) {
                InlineTableReader.read(inline, new ColumnRoles.Wanted(facts.inputNames(), facts.outputNames(),
                        facts.softmaxOutput(), options.label()), diagnostics);
            }
        }
    }

    /**
     * A string is written on one line (a .nn file cannot hold another): a line break in a network
     * name or a data path from the Groovy builder would be saved as a script nothing can read.
     */
    private void checkOneLine(StatementSpec s) {
        if (s instanceof StatementSpec.NetworkName n && breaksLine(n.name())) {
            diagnostics.error(n.position(), "the network name has a line break; a name is written on one line");
        } else if (s instanceof StatementSpec.CsvData csv && breaksLine(csv.path())) {
            diagnostics.error(csv.pathPosition() != null ? csv.pathPosition() : csv.position(),
                    "the data file's path has a line break; a path is written on one line");
        }
    }

    private static boolean breaksLine(String text) {
        return text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0;
    }

    private void checkLoss(TrainingSettings training, SpecFacts facts, List<ResolvedLayer> layers) {
        SettingSpec loss = null;
        // A loop, not stream().findFirst(): every complete script comes here (see NnScripts).
        for (SettingSpec setting : facts.trainSettings()) {
            if (setting.key().equals("loss")) {
                loss = setting;
                break;
            }
        }
        if (loss != null && training.loss() == LossKind.CROSS_ENTROPY && !facts.softmaxOutput()) {
            diagnostics.error(loss.value().position(), "loss cross-entropy needs a softmax output layer; "
                    + "for other outputs use ssr, mse, mae or binary-cross-entropy");
        }
        if (loss != null && training.loss() == LossKind.BINARY_CROSS_ENTROPY && !outputsInUnitInterval(layers)) {
            diagnostics.error(loss.value().position(), "loss binary-cross-entropy needs outputs between 0 and 1; "
                    + "give the output layer the sigmoid activation (or softmax), or use ssr, mse or mae");
        }
    }

    /**
     * Whether the output layer's activations keep every output in [0, 1]: softmax or sigmoid. True
     * when it cannot be told (no output layer, or an activation already reported as wrong).
     */
    private static boolean outputsInUnitInterval(List<ResolvedLayer> layers) {
        for (ResolvedLayer layer : layers) {
            if (!layer.planned().output()) {
                continue;
            }
            for (ActivationChoice choice : layer.activations()) {
                if (choice != null && !choice.softmax() && !(choice.elementWise() instanceof Activations.Sigmoid)) {
                    return false;
                }
            }
        }
        return true;
    }
}
