package dev.nnscript.dsl.builder;

import dev.nnscript.dsl.diagnostic.SourcePosition;
import dev.nnscript.dsl.script.DataOptions;
import dev.nnscript.dsl.script.InitChoice;
import dev.nnscript.dsl.script.TrainingSettings;
import dev.nnscript.dsl.spec.ParameterSpec;
import dev.nnscript.dsl.spec.SettingSpec;
import dev.nnscript.dsl.spec.SettingValue;
import java.util.ArrayList;
import java.util.List;

/**
 * Typed values as the {@code key=value} settings a {@code .nn} line would write for them, so the
 * parser's checks (a layer given {@code w=}, an {@code lr} of 0, ...) read the same for Java code.
 * Only the settings given become settings: a null field writes nothing.
 */
final class TypedSettings {

    private final SourcePosition at;
    private final List<SettingSpec> out = new ArrayList<>();

    private TypedSettings(SourcePosition at) {
        this.at = at;
    }

    /** {@code w=... b=...}. */
    static List<SettingSpec> node(Weights weights, Parameter bias, SourcePosition at) {
        TypedSettings s = new TypedSettings(at);
        s.put("w", weights(weights, at));
        s.put("b", parameter(bias, at));
        return s.out;
    }

    /** {@code init=uniform(-0.5, 0.5)}, or nothing for a null initializer (the layer's default). */
    static List<SettingSpec> init(InitChoice init, SourcePosition at) {
        TypedSettings s = new TypedSettings(at);
        if (init != null) {
            s.put("init", new SettingValue.WordValue(init.kind().text(),
                    init.arguments().stream().map(a -> SpecValues.number(a, at)).toList(), at));
        }
        return s.out;
    }

    /** A {@code train} line's settings, in the order {@code docs/language.md} lists them. */
    static List<SettingSpec> training(TrainingSettings t, SourcePosition at) {
        TypedSettings s = new TypedSettings(at);
        s.word("loss", t.loss() == null ? null : t.loss().text());
        s.word("optimizer", t.optimizer() == null ? null : t.optimizer().text());
        s.number("lr", t.learningRate());
        s.number("momentum", t.momentum());
        if (t.batchSize() != null && t.batchSize() == TrainingSettings.FULL_BATCH) {
            s.word("batch", "full");
        } else {
            s.number("batch", t.batchSize());
        }
        s.number("epochs", t.epochs());
        s.number("steps", t.steps());
        s.number("min_step", t.minStep());
        s.number("target_loss", t.targetLoss());
        s.number("seed", t.seed());
        s.number("relu_at_zero", t.reluAtZero());
        s.word("shuffle", t.shuffle() == null ? null : t.shuffle().toString());
        return s.out;
    }

    /** A {@code data} line's options. */
    static List<SettingSpec> data(DataOptions options, SourcePosition at) {
        TypedSettings s = new TypedSettings(at);
        s.word("label", options.label());
        s.number("holdout", options.holdout());
        s.word("scale", options.scale());
        return s.out;
    }

    private static SettingValue weights(Weights weights, SourcePosition at) {
        if (weights.allUnknown()) {
            return new SettingValue.UnknownValue(at);
        }
        return new SettingValue.ListValue(weights.entries().stream().map(p -> p instanceof Parameter.Known k
                ? ParameterSpec.known(SpecValues.number(k.value(), at)) : ParameterSpec.unknown(at)).toList(), at);
    }

    private static SettingValue parameter(Parameter p, SourcePosition at) {
        return p instanceof Parameter.Known k ? new SettingValue.NumberValue(SpecValues.number(k.value(), at))
                : new SettingValue.UnknownValue(at);
    }

    private void word(String key, String word) {
        if (word != null) {
            put(key, new SettingValue.WordValue(word, List.of(), at));
        }
    }

    private void number(String key, Number n) {
        if (n != null) {
            put(key, new SettingValue.NumberValue(SpecValues.number(n, at)));
        }
    }

    private void put(String key, SettingValue value) {
        out.add(new SettingSpec(key, value, at));
    }
}
