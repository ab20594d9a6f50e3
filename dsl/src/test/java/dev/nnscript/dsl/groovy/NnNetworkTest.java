package dev.nnscript.dsl.groovy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnscript.core.train.StopReason;
import dev.nnscript.dsl.print.ReadableNumbers;
import groovy.lang.Binding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The network object Groovy code gets: parse, load, predict by position and by name, train, toNn. */
class NnNetworkTest {

    static final String RELU_IN_ACTION = """
            input dosage
            hidden relu w=1.70 b=-0.85
            hidden relu w=12.6 b=0.00
            output effectiveness relu w=[-40.8, 2.70] b=-16
            """;

    /**
     * StatQuest's ReLU network with only the final bias to learn: at dosage 0.5 the output is
     * 17.01 + b, so b = -16.01 fits all three rows exactly.
     */
    static final String RELU_FINAL_BIAS = """
            network {
                input 'dosage'
                hidden relu, w: 1.70, b: -0.85, freeze: true
                hidden relu, w: 12.6, b: 0.00, freeze: true
                output 'effectiveness', relu, w: [-40.8, 2.70], b: unknown, freeze: w
                data 'dosage', 'effectiveness', rows: [[0, 0], [0.5, 1], [1, 0]]
                train lr: 0.1, steps: 200, seed: 1
            }
            """;

    @Test
    void parsesAndPredictsByPosition() {
        Object out = GroovySnippets.run("parse('''" + RELU_IN_ACTION + "''').predict(0.5)");
        assertArrayEquals(new double[] {17.01 - 16}, (double[]) out, 1e-12);
    }

    @Test
    void loadsFilesAndPaths(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("relu.nn");
        Files.writeString(file, RELU_IN_ACTION);
        Binding binding = new Binding(Map.of("path", file, "file", file.toFile()));
        Object out = GroovySnippets.run("[load(file).predict(0.5)[0], load(path).predict(1)[0], load(file) == load(path)]",
                binding);
        assertEquals(List.of(1.01, 0.0, true), round((List<?>) out));
    }

    @Test
    void loadReportsAMissingFile(@TempDir Path dir) {
        Path missing = dir.resolve("missing.nn");
        NnScriptException e = assertThrows(NnScriptException.class, () -> NnDsl.load(missing));
        assertEquals(missing + ":1:1: error: file not found", e.getMessage());
    }

    @Test
    void parseErrorsShowTheSourceLine() {
        NnScriptException e = assertThrows(NnScriptException.class,
                () -> NnDsl.parse("input x\nhidden reluu w=1 b=0\noutput y relu w=1 b=0\n"));
        assertEquals("""
                <string>:2:8: error: unknown activation 'reluu' (did you mean 'relu'?)
                  hidden reluu w=1 b=0
                         ^""", e.getMessage());
    }

    @Test
    void predictsByName() {
        Object out = GroovySnippets.run("parse('''" + RELU_IN_ACTION + "''').predict(dosage: 0.5).effectiveness");
        assertEquals(1.01, (double) out, 1e-12);
    }

    @Test
    void namedPredictRejectsUnknownAndMissingInputs() {
        NnNetwork net = NnDsl.parse(RELU_IN_ACTION);
        assertEquals("unknown input 'dosge' (did you mean 'dosage'?); the inputs are dosage",
                assertThrows(IllegalArgumentException.class, () -> net.predict(Map.of("dosge", 1))).getMessage());
        assertEquals("missing input 'dosage'",
                assertThrows(IllegalArgumentException.class, () -> net.predict(Map.of())).getMessage());
        assertEquals("the network takes 1 input (dosage) but got 2 values",
                assertThrows(IllegalArgumentException.class, () -> net.predict(1, 2)).getMessage());
    }

    @Test
    void trainsTheUnknownBiasWithTheScriptsSettings() {
        Object[] out = (Object[]) GroovySnippets.run("def net = " + RELU_FINAL_BIAS + """
                def result = net.train()
                [net, result] as Object[]
                """);
        NnNetwork before = (NnNetwork) out[0];
        NnTraining result = (NnTraining) out[1];
        double bias = result.getNetwork().getNetwork().outputLayer().biases()[0];
        assertEquals(-16.01, bias, 1e-6);
        assertTrue(result.getLoss() < 1e-9, "loss " + result.getLoss());
        assertEquals(200, result.getSteps());
        assertEquals("ssr", result.getLossName());
        assertNull(result.getAccuracy());
        assertNotEquals(bias, before.getNetwork().outputLayer().biases()[0], "the network trained is left as it was");
    }

    @Test
    void overridesTheScriptsSettingsAsTheCommandLineDoes() {
        NnTraining result = (NnTraining) GroovySnippets.run("(" + RELU_FINAL_BIAS + ").train(steps: 3, lr: 0.01)");
        assertEquals(3, result.getSteps());
        assertEquals(StopReason.MAX_STEPS, result.getStopReason());
        NnTraining epochs = (NnTraining) GroovySnippets.run("(" + RELU_FINAL_BIAS + ").train(epochs: 2)");
        assertEquals(2, epochs.getSteps(), "epochs replace the script's steps; full batch is one step an epoch");
    }

    /** Unknown weights drawn from the seed, held-out rows picked by it, mini-batches shuffled by it. */
    private static final String SEEDED = """
            input x
            hidden 2 relu
            output y identity
            data x, y holdout=0.25
              0, 1
              1, 3
              2, 5
              3, 7
              4, 9
              5, 11
              6, 13
              7, 15
            end
            train lr=0.01 batch=2 epochs=5 seed=3
            """;

    @Test
    void aSeedGivenToTrainDrawsTheStartAndTheSplitAsTheScriptsOwnSeedDoes() {
        NnTraining overridden = NnDsl.parse(SEEDED).train(Map.of("seed", 7));
        NnTraining written = NnDsl.parse(SEEDED.replace("seed=3", "seed=7")).train();
        assertEquals(written.getNetwork().getScript().network(), overridden.getNetwork().getScript().network());
        assertEquals(written.getHeldOutLoss(), overridden.getHeldOutLoss());
        assertNotEquals(NnDsl.parse(SEEDED).train().getNetwork().getScript().network(),
                overridden.getNetwork().getScript().network());
    }

    @Test
    void anOptimizerGivenToTrainKeepsTheScriptsMomentum() {
        String script = SEEDED.replace("train lr=", "train momentum=0.5 lr=");
        NnTraining overridden = NnDsl.parse(script).train(Map.of("optimizer", "momentum"));
        NnTraining written = NnDsl.parse(script.replace("train ", "train optimizer=momentum ")).train();
        assertEquals(written.getNetwork().getScript().network(), overridden.getNetwork().getScript().network());
    }

    @Test
    void aTrainedNetworksTrainLineRecordsEverySettingTheRunUsed() {
        NnTraining result = (NnTraining) GroovySnippets.run("(" + RELU_FINAL_BIAS + ").train(steps: 3, optimizer: 'adam')");
        assertTrue(result.getNetwork().toNn().contains("\ntrain loss=ssr optimizer=adam lr=0.1 batch=full steps=3"
                + " seed=1 relu_at_zero=0 shuffle=true\n"), result.getNetwork().toNn());
    }

    @Test
    void toNnForAFileNamesTheDataFromThatFilesFolder(@TempDir Path dir) throws IOException {
        Path models = Files.createDirectories(dir.resolve("models"));
        Files.writeString(models.resolve("line.csv"), "x,y\n0,1\n1,3\n");
        Files.writeString(models.resolve("line.nn"), "input x\noutput y identity w=? b=?\ndata \"line.csv\"\ntrain steps=2\n");
        NnNetwork trained = NnDsl.load(models.resolve("line.nn")).train().getNetwork();
        assertTrue(trained.toNn().contains("data \"line.csv\""), trained.toNn());
        assertTrue(trained.toNn(dir.resolve("out/line.nn")).contains("data \"../models/line.csv\""),
                trained.toNn(dir.resolve("out/line.nn")));
        assertTrue(trained.toNn(models.resolve("trained.nn").toFile()).contains("data \"line.csv\""));
    }

    @Test
    void badOverridesGetTheTrainLineMessages() {
        NnScriptException e = assertThrows(NnScriptException.class,
                () -> GroovySnippets.run("def net = " + RELU_FINAL_BIAS + "\nnet.train(stepz: 3)"));
        int line = RELU_FINAL_BIAS.split("\n").length + 2;
        assertEquals("model.groovy:" + line + ":1: error: unknown training setting 'stepz' (did you mean 'steps'?)",
                e.getMessage());
    }

    @Test
    void trainsAClassifierOnACsvFileGivenAtTrainTime(@TempDir Path dir) throws IOException {
        Path csv = dir.resolve("levels.csv");
        Files.writeString(csv, "dose,level\n0.1,low\n0.2,low\n0.3,low\n0.7,high\n0.8,high\n0.9,high\n");
        NnTraining result = (NnTraining) GroovySnippets.run("""
                network {
                    input 'dose'
                    hidden 4, tanh
                    output 'low', 'high', softmax
                    data 'dose', 'level', rows: [[0.5, 'low']]
                    train optimizer: adam, lr: 0.05, steps: 300, seed: 5
                }.train(data: csv)
                """, new Binding(Map.of("csv", csv.toFile())));
        assertEquals(1.0, result.getAccuracy());
        assertEquals("cross-entropy", result.getLossName());
        assertTrue(result.toString().matches("trained 300 steps \\(\\d+ epochs\\): reached the step limit; cross-entropy loss .*"),
                result.toString());
    }

    /** A train-time data file that is not there is reported at the train call's line, as a data line's would be. */
    @Test
    void aMissingDataFileGivenAtTrainTimeIsReportedAtTheCall(@TempDir Path dir) {
        Path missing = dir.resolve("nosuch.csv");
        NnScriptException e = assertThrows(NnScriptException.class, () -> GroovySnippets.run("""
                def net = network {
                    input 'dose'
                    output 'y', identity, w: unknown, b: 0
                }
                net.train(data: csv)
                """, new Binding(Map.of("csv", missing.toFile()))));
        assertEquals("model.groovy:5:1: error: data file not found: " + missing, e.getMessage());
    }

    /** {@code println result} reads like nnrun's summary: words for the stop reason, four significant digits. */
    @Test
    void printsLikeTheCommandLineSummary() {
        NnTraining result = (NnTraining) GroovySnippets.run("""
                network {
                    input 'x'
                    output 'y', identity, w: unknown, b: 0
                    data 'x', 'y', rows: [[0, 0], [1, 2], [2, 4], [3, 6], [4, 8]], holdout: 0.4
                    train epochs: 7, lr: 0.01, seed: 3
                }.train()
                """);
        assertEquals("trained 7 steps (7 epochs): finished the epochs asked for; ssr loss "
                + ReadableNumbers.format(result.getLoss()) + ", held-out loss " + ReadableNumbers.format(result.getHeldOutLoss()),
                result.toString());
        assertTrue(result.getLoss() != Double.parseDouble(ReadableNumbers.format(result.getLoss())),
                "the loss has more than four significant digits, so rounding shows: " + result.getLoss());
    }

    @Test
    void holdsOutRowsAndMeasuresThemApart() {
        String script = """
                network {
                    input 'x'
                    output 'y', identity, w: unknown, b: 0
                    data 'x', 'y', rows: [[0, 0], [1, 2], [2, 4], [3, 6], [4, 8]]HOLDOUT
                    train steps: 5
                }.train()
                """;
        NnTraining heldOut = (NnTraining) GroovySnippets.run(script.replace("HOLDOUT", ", holdout: 0.4"));
        NnTraining all = (NnTraining) GroovySnippets.run(script.replace("HOLDOUT", ""));
        assertTrue(heldOut.getHeldOutLoss() != null && heldOut.getHeldOutLoss() > 0, heldOut.toString());
        assertEquals(null, all.getHeldOutLoss());
        // SSR sums over rows, so training on 3 of the 5 rows gives another loss than training on all 5.
        assertTrue(heldOut.getLoss() != all.getLoss(), heldOut + " vs " + all);
    }

    @Test
    void toNnIsCanonicalAndParsesBackToAnEqualNetwork() {
        NnNetwork built = (NnNetwork) GroovySnippets.run(RELU_FINAL_BIAS);
        assertEquals("""
                input dosage
                hidden relu w=1.7 b=-0.85 freeze
                hidden relu w=12.6 b=0 freeze
                output effectiveness relu w=[-40.8, 2.7] b=? freeze w
                data dosage, effectiveness
                  0, 0
                  0.5, 1
                  1, 0
                end
                train lr=0.1 steps=200 seed=1
                """, built.toNn());
        assertEquals(built, NnDsl.parse(built.toNn()));
    }

    @Test
    void aTrainedNetworkRoundTripsBitForBit() {
        NnNetwork trained = ((NnTraining) GroovySnippets.run("(" + RELU_FINAL_BIAS + ").train()")).getNetwork();
        NnNetwork reparsed = NnDsl.parse(trained.toNn());
        assertEquals(trained, reparsed);
        assertEquals(Double.doubleToLongBits(trained.predict(0.5)[0]), Double.doubleToLongBits(reparsed.predict(0.5)[0]));
    }

    private static List<Object> round(List<?> values) {
        return values.stream().map(v -> v instanceof Double d ? (Object) (Math.round(d * 1e9) / 1e9) : v).toList();
    }
}
