package dev.nnscript.dsl.diagnostic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnscript.dsl.LoadResult;
import dev.nnscript.dsl.NnScripts;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every did-you-mean carries its fix as data (an editor's quick fix reads it, not the message): the
 * word written at the diagnostic's position, and the suggestion the message names.
 */
class ReplacementTest {

    private static final String HEAD = "network \"n\"\ninput a\n";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "hiden relu w=1 b=0|hiden|hidden",
        "hidden reluu w=1 b=0|reluu|relu",
        "hidden 2 relu init=xavir|xavir|xavier",
        "hidden 2 relu inti=he|inti|init",
        "train optimiser=adam|optimiser|optimizer",
        "train optimizer=adamm|adamm|adam",
        "train loss=mse shuffle=tru|tru|true",
        "report acuracy|acuracy|accuracy",
        "data \"rows.csv\" scale=minmx|minmx|minmax",
    })
    void theFixIsTheWordAtThePositionAndTheSuggestionTheMessageNames(String line, String written, String suggested) {
        String source = HEAD + line + "\noutput y relu w=1 b=0\n";
        LoadResult result = NnScripts.parse(source, "fix.nn");
        List<Diagnostic> withFix = result.diagnostics().stream().filter(d -> d.replacement() != null).toList();
        assertEquals(1, withFix.size(), result.formattedDiagnostics());
        Diagnostic d = withFix.get(0);
        assertEquals(new Replacement(written, suggested), d.replacement());
        assertTrue(d.message().contains("(did you mean '" + suggested + "'?)"), d.message());
        String atPosition = source.lines().toList().get(d.position().line() - 1).substring(d.position().column() - 1);
        assertTrue(atPosition.startsWith(written), atPosition);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"hidden zzzzzz w=1 b=0", "train qqqqqq=1"})
    void aMessageWithoutASuggestionHasNoFix(String line) {
        LoadResult result = NnScripts.parse(HEAD + line + "\noutput y relu w=1 b=0\n", "fix.nn");
        assertTrue(Diagnostic.anyError(result.diagnostics()), result.formattedDiagnostics());
        for (Diagnostic d : result.diagnostics()) {
            assertNull(d.replacement(), d.toString());
            assertTrue(!d.message().contains("did you mean"), d.message());
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"relu|reluu"})
    void closestAndReplacementAgree(String expected, String word) {
        Replacement fix = Suggestions.replacement(word, List.of("relu", "tanh"));
        assertNotNull(fix);
        assertEquals(expected, fix.suggested());
        assertEquals(Suggestions.closest(word, List.of("relu", "tanh")).orElseThrow(), fix.suggested());
    }
}
