package dev.nnscript.spark;

import dev.nnscript.core.network.Network;
import dev.nnscript.dsl.print.ScriptPrinter;
import dev.nnscript.dsl.script.Script;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.ml.Transformer;
import org.apache.spark.ml.param.Param;
import org.apache.spark.ml.param.ParamMap;
import org.apache.spark.ml.util.DefaultParamsReader;
import org.apache.spark.ml.util.DefaultParamsWritable;
import org.apache.spark.ml.util.Identifiable;
import org.apache.spark.ml.util.MLReader;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.NumericType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * A Spark ML {@link Transformer} that scores rows with a {@code .nn} network: it reads the columns
 * named as the network's inputs (any numeric type) and adds one double column per output, named as
 * in the file (after an optional prefix). A softmax network's outputs are its class probabilities,
 * and it adds the predicted class's name as a string column ({@code prediction} unless set).
 *
 * <p>A row with a null, NaN or infinite input gets null outputs (nnrun refuses such rows instead).
 * Rows are scored per partition in batches of 1024 through the engine's batch forward pass: the same
 * bits as {@code nnrun --inputs} on the same rows. The network travels as its canonical text, a
 * parameter, so a {@code Pipeline} holding the model saves and loads it; executors parse it once.
 */
public final class NnModel extends Transformer implements DefaultParamsWritable {

    private static final long serialVersionUID = 1L;

    private final String uid;
    private final Param<String> network;
    private final Param<String> outputPrefix;
    private final Param<String> predictionCol;

    /** For Spark's reader (it sets the parameters); use {@link #of} or {@link #fromFile}. */
    public NnModel(String uid) {
        this.uid = uid;
        this.network = new Param<>(this, "network", "the network as canonical .nn text");
        this.outputPrefix = new Param<>(this, "outputPrefix", "put before every output column's name");
        this.predictionCol = new Param<>(this, "predictionCol", "the predicted class of a softmax network");
        setDefault(outputPrefix, "");
        setDefault(predictionCol, "prediction");
    }

    /** A model of a network whose every parameter has a value. */
    public static NnModel of(Network network) {
        NnModel model = new NnModel(Identifiable.randomUID("nnModel"));
        model.set(model.network, ScriptPrinter.print(network));
        return model;
    }

    /** @throws IllegalArgumentException when the file does not load or has unknown ({@code ?}) parameters */
    public static NnModel fromFile(Path file) {
        return of(trained(Scripts.load(file), file.toString()));
    }

    /** As {@link #fromFile}, from {@code .nn} source text. */
    public static NnModel fromSource(String source) {
        return of(trained(Scripts.parse(source, "network"), "the network"));
    }

    private static Network trained(Script script, String name) {
        if (script.hasUnknowns()) {
            throw new IllegalArgumentException(name + ": error: " + script.unknownCount()
                    + " parameters are unknown (?): train the network first (nnrun train, or SparkTrainer)");
        }
        return script.network();
    }

    public static MLReader<NnModel> read() {
        return new DefaultParamsReader<>();
    }

    public static NnModel load(String path) {
        return read().load(path);
    }

    public Param<String> network() { return network; }

    public Param<String> outputPrefix() { return outputPrefix; }

    public Param<String> predictionCol() { return predictionCol; }

    public NnModel setOutputPrefix(String value) {
        set(outputPrefix, value);
        return this;
    }

    public NnModel setPredictionCol(String value) {
        set(predictionCol, value);
        return this;
    }

    /** The network's canonical {@code .nn} text. */
    public String getNetwork() {
        return getOrDefault(network);
    }

    @Override
    public String uid() {
        return uid;
    }

    @Override
    public StructType transformSchema(StructType schema) {
        Network net = parsed();
        inputColumns(net, schema);
        StructType out = schema;
        for (String column : outputColumns(net)) {
            // Spark matches column names regardless of case by default: a data column 'Setosa'
            // would make a new 'setosa' ambiguous to every later select.
            for (String existing : schema.fieldNames()) {
                if (existing.equalsIgnoreCase(column)) {
                    throw new IllegalArgumentException("NnModel: the output column '" + column + "' is already a column"
                            + " of the data" + (existing.equals(column) ? "" : " (as '" + existing + "'; Spark matches"
                            + " column names regardless of case)") + ": set another outputPrefix (or predictionCol)");
                }
            }
            boolean prediction = net.outputLayer().isSoftmax() && column.equals(getOrDefault(predictionCol));
            out = out.add(column, prediction ? DataTypes.StringType : DataTypes.DoubleType, true);
        }
        return out;
    }

    @Override
    public Dataset<Row> transform(Dataset<?> dataset) {
        StructType schema = transformSchema(dataset.schema());
        Network net = parsed();
        int[] inputs = inputColumns(net, dataset.schema());
        JavaSparkContext context = JavaSparkContext.fromSparkContext(dataset.sparkSession().sparkContext());
        Broadcast<String> text = context.broadcast(getNetwork());
        return dataset.toDF().mapPartitions(new PartitionScorer(text, inputs), Encoders.row(schema));
    }

    @Override
    public NnModel copy(ParamMap extra) {
        return (NnModel) defaultCopy(extra);
    }

    private Network parsed() {
        if (!isDefined(network)) {
            throw new IllegalArgumentException("NnModel: no network set: use NnModel.of or NnModel.fromFile");
        }
        return Scripts.network(getNetwork());
    }

    /** The input columns' indices in the network's input order. */
    private static int[] inputColumns(Network net, StructType schema) {
        List<String> names = Arrays.asList(schema.fieldNames());
        int[] indices = new int[net.inputCount()];
        for (int i = 0; i < indices.length; i++) {
            String input = net.inputNames().get(i);
            indices[i] = names.indexOf(input);
            if (indices[i] < 0) {
                throw new IllegalArgumentException("NnModel: the network's input '" + input
                        + "' is not a column of the data (columns: " + String.join(", ", names) + ")");
            }
            StructField field = schema.fields()[indices[i]];
            if (!(field.dataType() instanceof NumericType)) {
                throw new IllegalArgumentException("NnModel: column '" + input + "' is " + field.dataType().simpleString()
                        + ", not a number: cast it to double first");
            }
        }
        return indices;
    }

    /** The output columns added, in order: one per output, then the prediction of a softmax network. */
    private List<String> outputColumns(Network net) {
        List<String> columns = new ArrayList<>();
        for (String name : net.outputNames()) {
            columns.add(getOrDefault(outputPrefix) + name);
        }
        if (net.outputLayer().isSoftmax()) {
            columns.add(getOrDefault(predictionCol));
        }
        return columns;
    }
}
