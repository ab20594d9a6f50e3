package dev.nnscript.cli.script;

import dev.nnscript.dsl.LoadResult;
import dev.nnscript.dsl.NnScripts;
import java.nio.file.Path;

/**
 * Loads a {@code .nn} file through the dsl pipeline: every script a run loads comes through here,
 * once ({@link ScriptFiles} hands a load on rather than repeating it). Tests extend it to count
 * loads.
 */
public class ScriptLoader {

    /** The file's load result: the script, or the diagnostics that stop it. */
    public LoadResult load(Path file) {
        return NnScripts.load(file);
    }
}
