package dev.nnscript.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnscript.dsl.LoadResult;
import dev.nnscript.dsl.NnScripts;
import dev.nnscript.dsl.print.ScriptPrinter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a trained model file is: {@code nnrun FILE} runs it as trained (no second training), its
 * {@code train} line records every setting the run used, its data path still names the data from
 * wherever it is saved, and {@code nnrun train} trains it again on purpose.
 */
class TrainedModelsTest {

    /** A bump with every weight unknown, its data in a CSV file beside it. */
    private static final String BUMP = """
            input dosage
            hidden 2 relu
            output effectiveness identity
            data "bump.csv"
            train loss=ssr optimizer=sgd lr=0.05 steps=300 seed=3
            predict 0.5
            report parameters
            report loss
            """;

    private static final String BUMP_CSV = "dosage,effectiveness\n0,0\n0.25,0.5\n0.5,1\n0.75,0.5\n1,0\n";

    @TempDir
    Path folder;

    private Path bump() throws IOException {
        Path models = Files.createDirectories(folder.resolve("models"));
        Files.writeString(models.resolve("bump.csv"), BUMP_CSV);
        return Files.writeString(models.resolve("bump.nn"), BUMP);
    }

    private static LoadResult load(Path file) {
        LoadResult loaded = NnScripts.load(file);
        assertTrue(loaded.succeeded(), loaded::formattedDiagnostics);
        return loaded;
    }

    @Test
    void runningATrainedModelRunsItAsTrainedWithoutTrainingAgain() throws IOException {
        Path trained = folder.resolve("trained.nn");
        CliRun train = CliRun.of("train", bump().toString(), "--optimizer", "adam", "--lr", "0.02",
                "--out", trained.toString());
        assertEquals(0, train.exitCode(), train.err());
        String network = ScriptPrinter.print(load(trained).script().network());

        CliRun run = CliRun.of(trained.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains(network), "the trained parameters, unchanged:\n" + run.out());
        assertEquals(trained + ": note: every parameter has a value (none is ?), so the network runs as written,"
                + " without training; to train it (again): nnrun train " + trained + " --out TRAINED.nn\n",
                run.err(), "no training summary, only the note");
    }

    @Test
    void aScriptWithUnknownsStillTrainsWhenRun() throws IOException {
        CliRun run = CliRun.of(bump().toString());
        assertEquals(0, run.exitCode(), run.err());
        assertFalse(run.out().contains("?"), run.out());
        assertTrue(run.err().contains("steps"), "the training summary:\n" + run.err());
        assertFalse(run.err().contains("note:"), run.err());
    }

    @Test
    void trainingATrainedModelAgainStartsFromItsParameters() throws IOException {
        Path trained = folder.resolve("trained.nn");
        assertEquals(0, CliRun.of("train", bump().toString(), "--out", trained.toString()).exitCode());
        String once = ScriptPrinter.print(load(trained).script().network());

        CliRun again = CliRun.of("train", trained.toString(), "--steps", "1", "--lr", "1e-300");

        assertEquals(0, again.exitCode(), again.err());
        // One step of a vanishing rate moves nothing: the second run started where the first ended.
        assertTrue(again.out().contains(once), again.out());
    }

    @Test
    void theSavedTrainLineRecordsEverySettingTheRunUsed() throws IOException {
        Path trained = folder.resolve("trained.nn");
        CliRun train = CliRun.of("train", bump().toString(), "--optimizer", "momentum", "--lr", "0.01",
                "--epochs", "4", "--batch", "2", "--seed", "9", "--out", trained.toString());
        assertEquals(0, train.exitCode(), train.err());
        assertTrue(Files.readAllLines(trained).contains("train loss=ssr optimizer=momentum lr=0.01 momentum=0.9"
                + " batch=2 epochs=4 seed=9 relu_at_zero=0 shuffle=true"), Files.readString(trained));
    }

    @Test
    void theSavedTrainLineSpellsOutTheDefaults() throws IOException {
        Path script = Files.writeString(folder.resolve("defaults.nn"),
                "input x\noutput y identity w=? b=?\ndata x, y\n  0, 1\n  1, 3\nend\ntrain steps=5\n");
        CliRun train = CliRun.of("train", script.toString());
        assertEquals(0, train.exitCode(), train.err());
        assertTrue(train.out().contains("\ntrain loss=ssr optimizer=sgd lr=0.1 batch=full steps=5 seed=0"
                + " relu_at_zero=0 shuffle=true\n"), train.out());
    }

    @Test
    void aModelSavedInAnotherFolderStillFindsItsData() throws IOException {
        Path elsewhere = Files.createDirectories(folder.resolve("out/models"));
        Path trained = elsewhere.resolve("trained.nn");
        assertEquals(0, CliRun.of("train", bump().toString(), "--out", trained.toString()).exitCode());

        assertTrue(Files.readAllLines(trained).contains("data \"../../models/bump.csv\""), Files.readString(trained));
        CliRun run = CliRun.of(trained.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("loss = "), run.out());
    }

    @Test
    void aModelSavedBesideItsScriptKeepsThePathAsWritten() throws IOException {
        Path script = bump();
        Path trained = script.resolveSibling("trained.nn");
        assertEquals(0, CliRun.of("train", script.toString(), "--out", trained.toString()).exitCode());
        assertTrue(Files.readAllLines(trained).contains("data \"bump.csv\""), Files.readString(trained));
    }

    @Test
    void theDataFlagsFileIsRecordedForTheOutputFolder() throws IOException {
        Path script = bump();
        Path other = Files.writeString(folder.resolve("other.csv"), BUMP_CSV);
        Path trained = script.resolveSibling("trained.nn");
        // --data takes a path from the current folder; the saved model names it from its own.
        Path fromHere = Path.of("").toAbsolutePath().relativize(other.toAbsolutePath());
        assertEquals(0, CliRun.of("train", script.toString(), "--data", fromHere.toString(),
                "--out", trained.toString()).exitCode());
        assertTrue(Files.readAllLines(trained).contains("data \"../other.csv\""), Files.readString(trained));

        Path absolute = script.resolveSibling("absolute.nn");
        assertEquals(0, CliRun.of("train", script.toString(), "--data", other.toAbsolutePath().toString(),
                "--out", absolute.toString()).exitCode());
        assertTrue(Files.readAllLines(absolute).contains("data \"" + other.toAbsolutePath() + "\""),
                "an absolute path stays absolute:\n" + Files.readString(absolute));
    }

    @Test
    void aModelOnStandardOutputNamesItsDataFromTheCurrentFolder() throws IOException {
        Path script = bump();
        CliRun train = CliRun.of("train", script.toString());
        assertEquals(0, train.exitCode(), train.err());
        assertDataNamedFromTheCurrentFolder(train.out(), script);
    }

    @Test
    void aModelWrittenThroughDevStdoutNamesItsDataFromTheCurrentFolder() throws IOException {
        Path script = bump();
        ProcessRun train = ProcessRun.java(List.of(), ProcessRun::none, "train", script.toString(), "--out", "/dev/stdout");
        assertEquals(0, train.exitCode(), train.err());
        assertDataNamedFromTheCurrentFolder(train.out(), script);
    }

    /** The saved model's data line names the script's bump.csv from the current folder. */
    private static void assertDataNamedFromTheCurrentFolder(String model, Path script) {
        String dataLine = model.lines().filter(l -> l.startsWith("data ")).findFirst().orElseThrow();
        String written = dataLine.substring("data \"".length(), dataLine.lastIndexOf('"'));
        assertEquals(script.resolveSibling("bump.csv").toAbsolutePath().normalize(),
                Path.of("").toAbsolutePath().resolve(written).normalize(), dataLine);
    }

    @Test
    void aScriptWithDataAndTrainingButNothingUnknownRunsAsWritten() throws IOException {
        Path script = Files.writeString(folder.resolve("known.nn"),
                "input x\noutput y identity w=2 b=1\ndata x, y\n  0, 1\n  1, 3\nend\ntrain steps=5\nreport parameters\n");
        CliRun run = CliRun.of(script.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(List.of("input x", "output y identity w=2 b=1"), run.out().lines().toList());
        assertTrue(run.err().startsWith(script + ": note: every parameter has a value"), run.err());
    }
}
