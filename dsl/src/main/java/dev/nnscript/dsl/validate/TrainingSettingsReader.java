package dev.nnscript.dsl.validate;

import dev.nnscript.dsl.diagnostic.DiagnosticList;
import dev.nnscript.dsl.diagnostic.SourcePosition;
import dev.nnscript.dsl.diagnostic.Suggestions;
import dev.nnscript.dsl.script.LossKind;
import dev.nnscript.dsl.script.OptimizerKind;
import dev.nnscript.dsl.script.TrainingSettings;
import dev.nnscript.dsl.spec.NonFiniteWords;
import dev.nnscript.dsl.spec.WrittenNumber;
import dev.nnscript.dsl.spec.SettingKeys;
import dev.nnscript.dsl.spec.SettingSpec;
import dev.nnscript.dsl.spec.SettingValue;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Reads {@code train key=value} settings into {@link TrainingSettings}, reporting unknown keys
 * (with a suggestion), keys given twice across all train lines, and values out of range.
 */
public final class TrainingSettingsReader {

    public static final List<String> KEYS = List.of("loss", "optimizer", "lr", "momentum", "batch", "epochs",
            "steps", "min_step", "target_loss", "seed", "relu_at_zero", "shuffle");

    private static final SettingKeys CHECK = new SettingKeys(KEYS, "training setting", "",
            (key, first) -> "training setting '" + key + "' is given twice (first on line " + first.line() + ")");

    /** The warning for {@code momentum=} with an optimizer that has none (a command line may make it apply). */
    public static final String MOMENTUM_UNUSED = "momentum is used only by optimizer=momentum and optimizer=nesterov";

    private final DiagnosticList diagnostics;
    private LossKind loss;
    private OptimizerKind optimizer;
    private Double learningRate;
    private Double momentum;
    private Integer batch;
    private Long epochs;
    private Long steps;
    private Double minStep;
    private Double targetLoss;
    private Long seed;
    private Integer reluAtZero;
    private Boolean shuffle;

    private TrainingSettingsReader(DiagnosticList diagnostics) {
        this.diagnostics = diagnostics;
    }

    public static TrainingSettings read(List<SettingSpec> settings, DiagnosticList diagnostics) {
        TrainingSettingsReader r = new TrainingSettingsReader(diagnostics);
        Map<String, SourcePosition> seen = CHECK.check(settings, diagnostics, r::set);
        if (r.epochs != null && r.steps != null) {
            diagnostics.error(seen.get("steps"), "give epochs or steps, not both");
        }
        if (r.momentum != null && (r.optimizer == null || !r.optimizer.usesMomentum())) {
            diagnostics.warning(seen.get("momentum"), MOMENTUM_UNUSED);
        }
        return new TrainingSettings(r.loss, r.optimizer, r.learningRate, r.momentum, r.batch, r.epochs, r.steps,
                r.minStep, r.targetLoss, r.seed, r.reluAtZero, r.shuffle);
    }

    private void set(SettingSpec s) {
        switch (s.key()) {
            case "loss" -> loss = word(s, LossKind.NAMES).flatMap(LossKind::byText).orElse(null);
            case "optimizer" -> optimizer = word(s, OptimizerKind.NAMES).flatMap(OptimizerKind::byText).orElse(null);
            case "lr" -> learningRate = number(s, "a learning rate greater than 0", v -> v > 0.0);
            case "momentum" -> momentum = number(s, "a momentum at least 0 and below 1", v -> v >= 0.0 && v < 1.0);
            case "batch" -> batch = batch(s);
            case "epochs" -> epochs = whole(s, 1, Long.MAX_VALUE);
            case "steps" -> steps = whole(s, 1, Long.MAX_VALUE);
            case "min_step" -> minStep = number(s, "a step size greater than 0", v -> v > 0.0);
            case "target_loss" -> targetLoss = number(s, "a loss of at least 0", v -> v >= 0.0);
            case "seed" -> seed = whole(s, Long.MIN_VALUE, Long.MAX_VALUE);
            case "relu_at_zero" -> reluAtZero = reluAtZero(s);
            default -> shuffle = word(s, List.of("true", "false")).map(Boolean::parseBoolean).orElse(null);
        }
    }

    private Optional<String> word(SettingSpec s, List<String> allowed) {
        if (s.value() instanceof SettingValue.WordValue w && w.arguments().isEmpty() && allowed.contains(w.word())) {
            return Optional.of(w.word());
        }
        diagnostics.error(s.value().position(), "unknown " + s.key() + " '" + s.value().text() + "'"
                + Suggestions.didYouMean(s.value().text(), allowed) + "; expected " + orList(allowed),
                Suggestions.replacement(s.value().text(), allowed));
        return Optional.empty();
    }

    private Double number(SettingSpec s, String expected, java.util.function.DoublePredicate ok) {
        Optional<WrittenNumber> n = numberSpec(s);
        if (n.isEmpty()) {
            diagnostics.error(s.value().position(), s.key() + " must be " + expected + ", not '" + s.value().text() + "'");
            return null;
        }
        if (!WrittenNumberChecks.requireFinite(n.get(), diagnostics)) {
            return null;
        }
        if (!ok.test(n.get().value())) {
            diagnostics.error(n.get().position(), s.key() + " must be " + expected + ", not " + n.get().text());
            return null;
        }
        return n.get().value();
    }

    private Long whole(SettingSpec s, long min, long max) {
        Optional<WrittenNumber> n = numberSpec(s);
        if (n.isEmpty()) {
            diagnostics.error(s.value().position(), s.key() + " must be a whole number, not '" + s.value().text() + "'");
            return null;
        }
        OptionalLong v = WrittenNumberChecks.requireWhole(n.get(), min, max, s.key(), diagnostics);
        return v.isPresent() ? (Long) v.getAsLong() : null;
    }

    private Integer batch(SettingSpec s) {
        if (s.value() instanceof SettingValue.WordValue w && w.word().equals("full") && w.arguments().isEmpty()) {
            return TrainingSettings.FULL_BATCH;
        }
        Optional<WrittenNumber> n = numberSpec(s);
        if (n.isEmpty()) {
            diagnostics.error(s.value().position(), "batch must be a whole number of rows or 'full', not '"
                    + s.value().text() + "'");
            return null;
        }
        OptionalLong v = WrittenNumberChecks.requireWhole(n.get(), 1, Integer.MAX_VALUE, "batch", diagnostics);
        return v.isPresent() ? (Integer) (int) v.getAsLong() : null;
    }

    private Integer reluAtZero(SettingSpec s) {
        Optional<WrittenNumber> n = numberSpec(s);
        if (n.isPresent() && (n.get().text().equals("0") || n.get().text().equals("1"))) {
            return (int) n.get().value();
        }
        diagnostics.error(s.value().position(), "relu_at_zero must be 0 or 1, not '" + s.value().text() + "'");
        return null;
    }

    private static Optional<WrittenNumber> numberSpec(SettingSpec s) {
        if (s.value() instanceof SettingValue.NumberValue n) {
            return Optional.of(n.number());
        }
        if (s.value() instanceof SettingValue.WordValue w && w.arguments().isEmpty()) {
            return NonFiniteWords.value(w.word())
                    .map(v -> new WrittenNumber(v, w.word(), w.position()));
        }
        return Optional.empty();
    }

    /** {@code a, b or c}: how a message lists the allowed words (the cli's help lists them the same way). */
    public static String orList(List<String> words) {
        return String.join(", ", words.subList(0, words.size() - 1)) + " or " + words.get(words.size() - 1);
    }
}
