package dev.nnscript.dsl;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.nnscript.dsl.data.DataOptionsReader;
import dev.nnscript.dsl.diagnostic.DiagnosticList;
import dev.nnscript.dsl.spec.ScriptSpec;
import dev.nnscript.dsl.validate.ActivationResolver;
import dev.nnscript.dsl.validate.InitResolver;
import dev.nnscript.dsl.validate.LayerPlanner;
import dev.nnscript.dsl.validate.ScriptValidator;
import dev.nnscript.dsl.validate.SpecFacts;
import dev.nnscript.dsl.validate.TrainingSettingsReader;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The dsl's packages as their package-info files describe them: the passes read (source) -> parse
 * (parser) -> spec -> validate -> assemble -> script, one way, with diagnostic a leaf every pass
 * uses; and each reading of a script done once, by the validator, whose result the assembler only
 * consumes. Checked on the compiled main classes, the generated parser included.
 */
class PackageStructureTest {

    private static final String DSL = "dev.nnscript.dsl";

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(DSL);

    @Test
    void packagesFormNoCycle() {
        slices().matching(DSL + ".(*)..").should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void diagnosticIsALeaf() {
        noClasses().that().resideInAPackage(DSL + ".diagnostic")
                .should().dependOnClassesThat().resideInAnyPackage(others("diagnostic"))
                .check(MAIN);
    }

    /** Earlier passes never reach into later ones; the loaded script needs no pass at all. */
    @Test
    void passesDependOnlyOnEarlierOnes() {
        noClasses().that().resideInAPackage(DSL + ".source")
                .should().dependOnClassesThat().resideInAnyPackage(pkgs("parser", "spec", "validate", "assemble",
                        "script"))
                .check(MAIN);
        noClasses().that().resideInAnyPackage(DSL + ".parser", DSL + ".spec")
                .should().dependOnClassesThat().resideInAnyPackage(pkgs("validate", "assemble", "script"))
                .check(MAIN);
        noClasses().that().resideInAPackage(DSL + ".validate")
                .should().dependOnClassesThat().resideInAnyPackage(pkgs("parser", "assemble"))
                .check(MAIN);
        noClasses().that().resideInAPackage(DSL + ".script")
                .should().dependOnClassesThat().resideInAnyPackage(pkgs("source", "parser", "validate", "assemble"))
                .check(MAIN);
    }

    /** Assembly builds from the validator's {@code ValidatedScript}: it reads, resolves and reports nothing. */
    @Test
    void assemblyOnlyConsumesTheValidatedScript() {
        noClasses().that().resideInAPackage(DSL + ".assemble")
                .should().dependOnClassesThat().belongToAnyOf(LayerPlanner.class, TrainingSettingsReader.class,
                        DataOptionsReader.class, ActivationResolver.class, InitResolver.class, ScriptValidator.class,
                        DiagnosticList.class)
                .orShould().callMethod(SpecFacts.class, "of", ScriptSpec.class)
                .orShould().callMethod(Optional.class, "orElseThrow")
                .check(MAIN);
    }

    /** One load groups the layers, gathers the facts and reads the settings and data options once: in the validator. */
    @Test
    void onlyTheValidatorRunsTheReadingPasses() {
        noClasses().that().doNotBelongToAnyOf(ScriptValidator.class)
                .should().callMethod(LayerPlanner.class, "plan", List.class)
                .orShould().callMethod(SpecFacts.class, "of", ScriptSpec.class)
                .orShould().callMethod(DataOptionsReader.class, "read", List.class, DiagnosticList.class)
                .check(MAIN);
        // Groovy's net.train(...) reads the settings it overrides on a loaded script: not part of loading.
        noClasses().that().doNotBelongToAnyOf(ScriptValidator.class)
                .and().doNotHaveFullyQualifiedName(DSL + ".groovy.NetworkTraining")
                .should().callMethod(TrainingSettingsReader.class, "read", List.class, DiagnosticList.class)
                .check(MAIN);
    }

    private static String[] pkgs(String... names) {
        String[] out = new String[names.length];
        for (int i = 0; i < names.length; i++) {
            out[i] = DSL + "." + names[i] + "..";
        }
        return out;
    }

    private static String[] others(String name) {
        return MAIN.stream().map(c -> c.getPackageName())
                .filter(p -> p.startsWith(DSL + ".") && !p.equals(DSL + "." + name))
                .distinct().toArray(String[]::new);
    }
}
