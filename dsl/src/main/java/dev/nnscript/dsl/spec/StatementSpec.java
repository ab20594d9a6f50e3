package dev.nnscript.dsl.spec;

import dev.nnscript.dsl.diagnostic.SourcePosition;
import java.util.List;
import java.util.Objects;

/**
 * One statement of a script, as written, with where it starts. Nullable fields are optional parts
 * of the statement. The parser's spec builder and the Groovy builder both produce these; the
 * validator checks them and the assembler turns them into a network.
 */
public sealed interface StatementSpec {

    /** Where the statement's first word is. */
    SourcePosition position();

    /** {@code network "ReLU in action"}. */
    record NetworkName(String name, SourcePosition position) implements StatementSpec {
        public NetworkName {
            Objects.requireNonNull(name, "name");
        }
    }

    /** {@code input petal_width, sepal_width}. */
    record Input(List<NameSpec> names, SourcePosition position) implements StatementSpec {
        public Input {
            names = List.copyOf(names);
        }
    }

    /** {@code hidden relu w=1.70 b=-0.85 [freeze ...]}: one node of the current hidden layer. */
    record HiddenNode(ActivationSpec activation, WeightsSpec weights, ParameterSpec bias, FreezeSpec freeze,
            SourcePosition position) implements StatementSpec {
        public HiddenNode {
            Objects.requireNonNull(activation, "activation");
            Objects.requireNonNull(weights, "weights");
            Objects.requireNonNull(bias, "bias");
        }
    }

    /** {@code hidden 16 relu [init=he] [freeze]}: a whole hidden layer from an initializer. */
    record HiddenLayer(WrittenNumber size, ActivationSpec activation, InitSpec init, FreezeSpec freeze,
            SourcePosition position) implements StatementSpec {
        public HiddenLayer {
            Objects.requireNonNull(size, "size");
            Objects.requireNonNull(activation, "activation");
        }
    }

    /** {@code layer}: ends the current hidden layer of node lines. */
    record LayerBreak(SourcePosition position) implements StatementSpec {}

    /** {@code output effectiveness relu w=[-40.8, 2.70] b=-16 [freeze ...]}: one output node. */
    record OutputNode(NameSpec name, ActivationSpec activation, WeightsSpec weights, ParameterSpec bias,
            FreezeSpec freeze, SourcePosition position) implements StatementSpec {
        public OutputNode {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(activation, "activation");
            Objects.requireNonNull(weights, "weights");
            Objects.requireNonNull(bias, "bias");
        }
    }

    /** {@code output setosa, versicolor, virginica softmax [init=...] [freeze]}: a whole output layer. */
    record OutputLayer(List<NameSpec> names, ActivationSpec activation, InitSpec init, FreezeSpec freeze,
            SourcePosition position) implements StatementSpec {
        public OutputLayer {
            names = List.copyOf(names);
            Objects.requireNonNull(activation, "activation");
        }
    }

    /** An inline table: {@code data dosage, effectiveness} then rows, then {@code end}. */
    record InlineData(List<NameSpec> columns, List<List<CellSpec>> rows, List<SettingSpec> options,
            SourcePosition position) implements StatementSpec {
        public InlineData {
            columns = List.copyOf(columns);
            rows = rows.stream().map(List::copyOf).toList();
            options = List.copyOf(options);
        }
    }

    /** {@code data "data/iris.csv" holdout=0.2}: a CSV file named relative to the script. */
    record CsvData(String path, SourcePosition pathPosition, List<SettingSpec> options, SourcePosition position)
            implements StatementSpec {
        public CsvData {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(pathPosition, "pathPosition");
            options = List.copyOf(options);
        }
    }

    /** {@code train loss=ssr lr=0.1 ...}. */
    record Train(List<SettingSpec> settings, SourcePosition position) implements StatementSpec {
        public Train {
            settings = List.copyOf(settings);
        }
    }

    /** {@code predict 0.04, 0.42}. */
    record Predict(List<WrittenNumber> values, SourcePosition position) implements StatementSpec {
        public Predict {
            values = List.copyOf(values);
        }
    }

    /** {@code report loss}. */
    record Report(List<NameSpec> what, SourcePosition position) implements StatementSpec {
        public Report {
            what = List.copyOf(what);
        }
    }
}
