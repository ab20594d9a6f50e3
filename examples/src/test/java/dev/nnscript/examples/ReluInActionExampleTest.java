package dev.nnscript.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnscript.dsl.LoadResult;
import dev.nnscript.dsl.NnScripts;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The shipped relu-in-action.nn gives StatQuest's 1.01 at dosage 0.5. */
class ReluInActionExampleTest {

    @Test
    void givesOnePointZeroOneAtHalfDosage() {
        LoadResult result = NnScripts.load(Path.of("relu-in-action.nn"));
        assertTrue(result.succeeded(), result::formattedDiagnostics);
        assertEquals(1.01, result.script().network().predict(0.5)[0], 1e-12);
    }
}
