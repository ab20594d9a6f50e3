package dev.nnscript.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnscript.core.network.Network;
import dev.nnscript.dsl.NnScripts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.apache.spark.ml.Pipeline;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** NnModel gives nnrun --inputs's numbers, bit for bit, and the documented nulls and messages. */
class ScoringTest {

    @TempDir
    Path dir;

    /** The shipped examples, trained once for the class where they have unknown parameters. */
    private static List<Path> scripts;

    /** Every shipped example: as it is when its parameters all have values, else as nnrun train leaves it. */
    private static synchronized List<Path> scripts() throws IOException {
        if (scripts == null) {
            Path trainedDir = Files.createTempDirectory("trained-examples");
            trainedDir.toFile().deleteOnExit();
            List<Path> found = new ArrayList<>();
            try (Stream<Path> files = Files.list(LocalSpark.root().resolve("examples"))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".nn")).sorted().toList()) {
                    if (NnScripts.load(file).script().hasUnknowns()) {
                        Path trained = trainedDir.resolve(file.getFileName());
                        LocalSpark.nnrun("train", file.toString(), "--out", trained.toString());
                        trained.toFile().deleteOnExit();
                        found.add(trained);
                    } else {
                        found.add(file);
                    }
                }
            }
            scripts = List.copyOf(found);
        }
        return scripts;
    }

    @Test
    void everyExampleScoresAsNnrunInputsBitForBit() throws IOException {
        List<Path> scripts = scripts();
        assertEquals(10, scripts.size(), "examples found: " + scripts);
        for (Path script : scripts) {
            Network network = NnScripts.load(script).script().network();
            double[][] rows = randomRows(network.inputCount(), 2500, script.hashCode());
            Path csv = dir.resolve("inputs.csv");
            Files.writeString(csv, csv(network.inputNames(), rows));
            String[] nnrun = LocalSpark.nnrun(script.toString(), "--inputs", csv.toString()).split("\n");
            List<String> header = Arrays.asList(nnrun[0].split(","));
            List<Row> scored = NnModel.fromFile(script).transform(frame(network.inputNames(), rows, 3)).collectAsList();
            assertEquals(rows.length, nnrun.length - 1, script.toString());
            assertEquals(rows.length, scored.size(), script.toString());
            for (int r = 0; r < rows.length; r++) {
                String[] expected = nnrun[r + 1].split(",");
                Row row = scored.get(r);
                for (String output : network.outputNames()) {
                    double want = Double.parseDouble(expected[header.indexOf(output)]);
                    double got = row.getDouble(row.fieldIndex(output));
                    assertEquals(Double.doubleToLongBits(want), Double.doubleToLongBits(got),
                            script.getFileName() + " row " + (r + 1) + " output " + output + ": " + want + " vs " + got);
                }
            }
        }
    }

    @Test
    void aSoftmaxNetworkAddsItsPredictedClass() throws IOException {
        Path trained = scripts().stream().filter(p -> p.endsWith("iris.nn")).findFirst().orElseThrow();
        Dataset<Row> iris = LocalSpark.session().read().option("header", true).option("inferSchema", true)
                .csv(LocalSpark.root().resolve("examples/data/iris.csv").toString());
        List<Row> scored = NnModel.fromFile(trained).transform(iris).collectAsList();
        long right = scored.stream().filter(r -> r.getString(r.fieldIndex("prediction")).equals(r.getString(4))).count();
        assertTrue(right >= 140, right + " of 150 right");
        Row first = scored.get(0);
        assertEquals("setosa", first.getString(first.fieldIndex("prediction")));
        double sum = first.getDouble(5) + first.getDouble(6) + first.getDouble(7);
        assertEquals(1.0, sum, 1e-12);
    }

    @Test
    void rowsWithANullNanOrInfiniteInputGetNullOutputs() {
        NnModel model = NnModel.fromFile(LocalSpark.root().resolve("examples/relu-in-action.nn"));
        StructType schema = new StructType().add("dosage", DataTypes.DoubleType, true);
        List<Row> rows = List.of(RowFactory.create(0.5), RowFactory.create((Object) null),
                RowFactory.create(Double.NaN), RowFactory.create(Double.POSITIVE_INFINITY), RowFactory.create(0.0));
        List<Row> scored = model.transform(LocalSpark.session().createDataFrame(rows, schema)).collectAsList();
        assertEquals(1.0100000000000016, scored.get(0).getDouble(1));
        for (int r = 1; r <= 3; r++) {
            assertTrue(scored.get(r).isNullAt(1), "row " + r);
        }
        assertEquals(0.0, scored.get(4).getDouble(1));
    }

    @Test
    void integerAndFloatColumnsAreInputsToo() {
        NnModel model = NnModel.fromFile(LocalSpark.root().resolve("examples/relu-in-action.nn")).setOutputPrefix("nn_");
        StructType schema = new StructType().add("dosage", DataTypes.IntegerType, true);
        Row row = model.transform(LocalSpark.session().createDataFrame(List.of(RowFactory.create(1)), schema)).first();
        assertEquals(NnScripts.load(LocalSpark.root().resolve("examples/relu-in-action.nn")).script().network()
                .predict(1.0)[0], row.getDouble(row.fieldIndex("nn_effectiveness")));
    }

    @Test
    void badColumnsAndScriptsAreRefusedWithOneLine() {
        NnModel model = NnModel.fromFile(LocalSpark.root().resolve("examples/relu-in-action.nn"));
        StructType other = new StructType().add("dose", DataTypes.DoubleType, true);
        Dataset<Row> noDosage = LocalSpark.session().createDataFrame(List.of(RowFactory.create(1.0)), other);
        assertEquals("NnModel: the network's input 'dosage' is not a column of the data (columns: dose)",
                assertThrows(IllegalArgumentException.class, () -> model.transform(noDosage)).getMessage());
        StructType text = new StructType().add("dosage", DataTypes.StringType, true);
        Dataset<Row> words = LocalSpark.session().createDataFrame(List.of(RowFactory.create("1")), text);
        assertEquals("NnModel: column 'dosage' is string, not a number: cast it to double first",
                assertThrows(IllegalArgumentException.class, () -> model.transform(words)).getMessage());
        StructType clash = new StructType().add("dosage", DataTypes.DoubleType, true)
                .add("effectiveness", DataTypes.DoubleType, true);
        Dataset<Row> twice = LocalSpark.session().createDataFrame(List.of(RowFactory.create(1.0, 2.0)), clash);
        assertEquals("NnModel: the output column 'effectiveness' is already a column of the data: "
                + "set another outputPrefix (or predictionCol)",
                assertThrows(IllegalArgumentException.class, () -> model.transform(twice)).getMessage());
        StructType caseOnly = new StructType().add("dosage", DataTypes.DoubleType, true)
                .add("Effectiveness", DataTypes.DoubleType, true);
        Dataset<Row> sameButCase = LocalSpark.session().createDataFrame(List.of(RowFactory.create(1.0, 2.0)), caseOnly);
        assertEquals("NnModel: the output column 'effectiveness' is already a column of the data (as 'Effectiveness';"
                + " Spark matches column names regardless of case): set another outputPrefix (or predictionCol)",
                assertThrows(IllegalArgumentException.class, () -> model.transform(sameButCase)).getMessage());
        String unknowns = assertThrows(IllegalArgumentException.class,
                () -> NnModel.fromFile(LocalSpark.root().resolve("examples/iris.nn"))).getMessage();
        assertTrue(unknowns.endsWith("iris.nn: error: 67 parameters are unknown (?): train the network first "
                + "(nnrun train, or SparkTrainer)"), unknowns);
        String typo = assertThrows(IllegalArgumentException.class,
                () -> NnModel.fromSource("input x\noutput y reluu w=1 b=0\n")).getMessage();
        assertTrue(typo.startsWith("network:2:10: error: unknown activation 'reluu'"), typo);
    }

    @Test
    void aPipelineSavesAndLoadsTheNetwork() throws IOException {
        NnModel model = NnModel.fromFile(LocalSpark.root().resolve("examples/relu-in-action.nn")).setOutputPrefix("p_");
        Dataset<Row> rows = frame(List.of("dosage"), randomRows(1, 100, 3), 2);
        PipelineModel fitted = new Pipeline().setStages(new PipelineStage[] {model}).fit(rows);
        String path = dir.resolve("pipeline").toString();
        fitted.write().save(path);
        PipelineModel loaded = PipelineModel.load(path);
        NnModel reloaded = (NnModel) loaded.stages()[0];
        assertEquals(model.getNetwork(), reloaded.getNetwork());
        assertEquals("p_", reloaded.getOrDefault(reloaded.outputPrefix()));
        assertEquals(fitted.transform(rows).collectAsList(), loaded.transform(rows).collectAsList());
        model.write().save(dir.resolve("model").toString());
        assertEquals(model.getNetwork(), NnModel.load(dir.resolve("model").toString()).getNetwork());
        assertFalse(fitted.transform(rows).first().isNullAt(1));
    }

    @Test
    void theTransformedSchemaNamesTheOutputs() {
        NnModel model = NnModel.fromSource(
                "input a, b\noutput p softmax w=[1, 2] b=0\noutput q softmax w=[3, 4] b=1\n");
        StructType out = model.transformSchema(new StructType().add("a", DataTypes.DoubleType).add("b", DataTypes.LongType));
        assertEquals(List.of("a", "b", "p", "q", "prediction"), Arrays.asList(out.fieldNames()));
        assertEquals(DataTypes.StringType, out.apply("prediction").dataType());
        Row row = model.transform(LocalSpark.session().createDataFrame(List.of(RowFactory.create(1.0, 2L)),
                new StructType().add("a", DataTypes.DoubleType).add("b", DataTypes.LongType))).first();
        assertEquals("q", row.getString(4));
        assertEquals(1.0, row.getDouble(2) + row.getDouble(3), 1e-15);
    }

    static double[][] randomRows(int width, int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[][] rows = new double[count][width];
        for (double[] row : rows) {
            for (int i = 0; i < width; i++) {
                row[i] = random.nextDouble(-3, 17);
            }
        }
        return rows;
    }

    static String csv(List<String> names, double[][] rows) {
        StringBuilder text = new StringBuilder(String.join(",", names)).append('\n');
        for (double[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                text.append(i == 0 ? "" : ",").append(row[i]);
            }
            text.append('\n');
        }
        return text.toString();
    }

    /** The rows in order, over {@code partitions} partitions. */
    static Dataset<Row> frame(List<String> names, double[][] rows, int partitions) {
        StructType schema = new StructType();
        for (String name : names) {
            schema = schema.add(name, DataTypes.DoubleType, true);
        }
        List<Row> list = new ArrayList<>();
        for (double[] row : rows) {
            list.add(RowFactory.create(Arrays.stream(row).boxed().toArray()));
        }
        return LocalSpark.session().createDataFrame(LocalSpark.context().parallelize(list, partitions), schema);
    }
}
