package dev.nnscript.dsl.validate;

import dev.nnscript.core.activation.Softmax;
import dev.nnscript.dsl.spec.NameSpec;
import dev.nnscript.dsl.spec.ScriptSpec;
import dev.nnscript.dsl.spec.SettingSpec;
import dev.nnscript.dsl.spec.StatementSpec;
import java.util.ArrayList;
import java.util.List;

/**
 * Facts gathered from a spec's statements in one walk: the first of each once-only statement, the
 * output names, and every training setting in order. Later duplicates are the structure check's
 * business; everything else looks at the first.
 *
 * @param networkName the first network line, or null
 * @param input the first input line, or null
 * @param data the first data line ({@code InlineData} or {@code CsvData}), or null
 */
public record SpecFacts(StatementSpec.NetworkName networkName, StatementSpec.Input input, List<String> outputNames,
        boolean softmaxOutput, StatementSpec data, List<SettingSpec> trainSettings) {

    public static SpecFacts of(ScriptSpec spec) {
        StatementSpec.NetworkName name = null;
        StatementSpec.Input input = null;
        StatementSpec data = null;
        List<String> outputs = new ArrayList<>();
        List<SettingSpec> train = new ArrayList<>();
        boolean softmax = false;
        for (StatementSpec s : spec.statements()) {
            if (s instanceof StatementSpec.NetworkName n && name == null) {
                name = n;
            } else if (s instanceof StatementSpec.Input i && input == null) {
                input = i;
            } else if (s instanceof StatementSpec.OutputNode o) {
                outputs.add(o.name().name());
                softmax |= o.activation().name().equals(Softmax.NAME);
            } else if (s instanceof StatementSpec.OutputLayer o) {
                for (NameSpec n : o.names()) {
                    outputs.add(n.name());
                }
                softmax |= o.activation().name().equals(Softmax.NAME);
            } else if ((s instanceof StatementSpec.InlineData || s instanceof StatementSpec.CsvData) && data == null) {
                data = s;
            } else if (s instanceof StatementSpec.Train t) {
                train.addAll(t.settings());
            }
        }
        return new SpecFacts(name, input, outputs, softmax, data, train);
    }

    public List<String> inputNames() {
        if (input == null) {
            return List.of();
        }
        List<String> names = new ArrayList<>(input.names().size());
        for (NameSpec n : input.names()) {
            names.add(n.name());
        }
        return List.copyOf(names);
    }
}
