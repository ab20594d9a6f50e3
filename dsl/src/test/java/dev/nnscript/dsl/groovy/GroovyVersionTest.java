package dev.nnscript.dsl.groovy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import groovy.lang.GroovySystem;
import org.junit.jupiter.api.Test;

/**
 * The Groovy tests run twice, with Groovy 5 and with Groovy 4 (what Gradle 9 ships); each run says
 * which version it expects, and this checks that the classpath really holds it.
 */
class GroovyVersionTest {

    @Test
    void runsOnTheGroovyThisExecutionAskedFor() {
        String expected = System.getProperty("nnscript.expectedGroovy");
        assertEquals(expected, GroovySystem.getVersion(), "set nnscript.expectedGroovy in the surefire execution");
    }
}
