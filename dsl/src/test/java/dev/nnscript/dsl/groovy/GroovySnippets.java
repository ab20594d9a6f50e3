package dev.nnscript.dsl.groovy;

import groovy.lang.Binding;
import groovy.lang.GroovyShell;
import org.codehaus.groovy.control.CompilerConfiguration;
import org.codehaus.groovy.control.customizers.ImportCustomizer;

/** Runs Groovy snippets as a user's script would: {@code NnDsl.*} statically imported, named {@value #FILE}. */
final class GroovySnippets {

    static final String FILE = "model.groovy";

    private GroovySnippets() {}

    static Object run(String code) {
        return run(code, new Binding());
    }

    static Object run(String code, Binding binding) {
        ImportCustomizer imports = new ImportCustomizer().addStaticStars(NnDsl.class.getName());
        CompilerConfiguration config = new CompilerConfiguration().addCompilationCustomizers(imports);
        return new GroovyShell(GroovySnippets.class.getClassLoader(), binding, config).evaluate(code, FILE);
    }
}
