package dev.nnscript.cli.serve;

import com.google.gson.stream.JsonWriter;
import dev.nnscript.core.train.TrainingConfig;
import dev.nnscript.dsl.print.ScriptPrinter;
import dev.nnscript.dsl.script.EffectiveSettings;
import dev.nnscript.dsl.script.Script;
import java.io.IOException;
import java.util.Locale;

/**
 * A session's training as the page shows it: idle, running, paused or done; the step, epoch and
 * last step's loss; the loss curve so far; the settings (the script's, every default written out,
 * as the trained script's {@code train} line will say) and, when done, {@code nnrun train}'s summary.
 * All of it is read at one moment, whose session version it carries ({@link EditSession#trainingSnapshot}).
 */
final class TrainingJson {

    private TrainingJson() {}

    static void write(JsonWriter json, EditSession session) throws IOException {
        TrainingSnapshot snapshot = session.trainingSnapshot();
        LiveTraining.Progress progress = snapshot.progress();
        json.beginObject();
        json.name("version").value(snapshot.version());
        String problem = session.served().dataProblem();
        json.name("available").value(problem == null);
        if (problem != null) {
            json.name("unavailable").value(problem);
        }
        json.name("settings").value(trainLine(snapshot.script(), snapshot.config()));
        json.name("state").value(progress == null ? "idle" : progress.state().name().toLowerCase(Locale.ROOT));
        json.name("summary").value(snapshot.summary());
        if (progress != null) {
            json.name("step").value(progress.step());
            json.name("epoch").value(progress.epoch());
            json.name("loss");
            JsonText.number(json, progress.loss());
            json.name("plannedSteps").value(snapshot.plannedSteps());
            json.name("lossSteps").beginArray();
            for (long step : progress.curve().steps()) {
                json.value(step);
            }
            json.endArray();
            json.name("losses");
            JsonText.numbers(json, progress.curve().losses());
        }
        json.endObject();
    }

    /** The {@code train} line a trained script would carry: every setting of {@code config}. */
    private static String trainLine(Script script, TrainingConfig config) {
        String printed = ScriptPrinter.print(Script.of(script.network()).withTraining(EffectiveSettings.of(config)));
        return printed.lines().filter(line -> line.startsWith("train ")).findFirst().orElse("");
    }
}
