package dev.nnscript.cli.serve;

import dev.nnscript.core.train.TrainingConfig;
import dev.nnscript.dsl.script.Script;

/**
 * A session's training at one moment ({@link EditSession#trainingSnapshot}): the session's version
 * then, its script and the settings a training uses, the training's progress and planned steps
 * (null when none was started since the last edit, reset or revert) and the last finished
 * training's summary (empty before).
 */
record TrainingSnapshot(long version, Script script, TrainingConfig config, LiveTraining.Progress progress,
        Long plannedSteps, String summary) {}
