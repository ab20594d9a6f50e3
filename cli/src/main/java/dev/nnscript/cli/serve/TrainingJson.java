package dev.nnscript.cli.serve;

import com.google.gson.stream.JsonWriter;
import dev.nnscript.cli.train.TrainingSession;
import dev.nnscript.core.train.TrainingConfig;
import dev.nnscript.dsl.print.ScriptPrinter;
import dev.nnscript.dsl.script.EffectiveSettings;
import dev.nnscript.dsl.script.Script;
import dev.nnscript.dsl.script.TrainingConfigs;
import java.io.IOException;
import java.util.Locale;

/**
 * A session's training as the page shows it: idle, running, paused or done; the step, epoch and
 * last step's loss; the loss curve so far; the settings (the script's, every default written out,
 * as the trained script's {@code train} line will say) and, when done, {@code nnrun train}'s summary.
 */
final class TrainingJson {

    private TrainingJson() {}

    static void write(JsonWriter json, EditSession session) throws IOException {
        LiveTraining training = session.training();
        Script script = session.script();
        json.beginObject();
        String problem = session.served().dataProblem();
        json.name("available").value(problem == null);
        if (problem != null) {
            json.name("unavailable").value(problem);
        }
        TrainingConfig config = training != null ? training.config() : TrainingConfigs.of(script.training(), script.network());
        json.name("settings").value(trainLine(script, config));
        json.name("state").value(training == null ? "idle" : training.state().name().toLowerCase(Locale.ROOT));
        json.name("summary").value(session.summary());
        if (training != null) {
            json.name("step").value(training.step());
            json.name("epoch").value(training.epoch());
            json.name("loss");
            JsonText.number(json, training.lastLoss());
            json.name("plannedSteps").value(TrainingSession.plannedSteps(training.data().trainingRows(), config));
            json.name("lossSteps").beginArray();
            for (long step : training.losses().steps()) {
                json.value(step);
            }
            json.endArray();
            json.name("losses");
            JsonText.numbers(json, training.losses().losses());
        }
        json.endObject();
    }

    /** The {@code train} line a trained script would carry: every setting of {@code config}. */
    private static String trainLine(Script script, TrainingConfig config) {
        String printed = ScriptPrinter.print(Script.of(script.network()).withTraining(EffectiveSettings.of(config)));
        return printed.lines().filter(line -> line.startsWith("train ")).findFirst().orElse("");
    }
}
