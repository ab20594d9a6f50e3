package dev.nnscript.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The cli's rooms (docs/architecture.md): the entry point on top, then the two routes (the plain-run
 * path and the command line), then what they run, each package named for what it holds, no two
 * packages depending on each other. The root package holds the entry point, {@link Nnrun}, and the
 * exit codes, {@link ExitCodes}, which sit at the two ends: everything may name an exit code, and
 * nothing names the entry point. So for the cycle rule each is a room of its own.
 */
class CliStructureTest {

    private static final String ROOT = "dev.nnscript.cli";

    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
    }

    /** One room per package below the root; in the root, Nnrun, ExitCodes, and everything else together. */
    private static final class Rooms implements SliceAssignment {

        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            String pkg = javaClass.getPackageName();
            if (pkg.equals(ROOT)) {
                String topLevel = javaClass.getName().split("\\$")[0];
                return topLevel.equals(Nnrun.class.getName()) || topLevel.equals(ExitCodes.class.getName())
                        ? SliceIdentifier.of(topLevel) : SliceIdentifier.of(ROOT + " (other classes)");
            }
            if (!pkg.startsWith(ROOT + ".")) {
                return SliceIdentifier.ignore();
            }
            return SliceIdentifier.of(ROOT + "." + pkg.substring(ROOT.length() + 1).split("\\.")[0]);
        }

        @Override
        public String getDescription() {
            return "the cli's packages, with Nnrun and ExitCodes each a room of its own";
        }
    }

    @Test
    void noPackageCycles() {
        slices().assignedFrom(new Rooms()).should().beFreeOfCycles().check(classes);
    }

    /** And its package-info, which says so. */
    @Test
    void theRootPackageHoldsOnlyTheEntryPointAndTheExitCodes() {
        classes().that().resideInAPackage(ROOT)
                .should().haveNameMatching("dev\\.nnscript\\.cli\\.(Nnrun|ExitCodes)(\\$.*)?|dev\\.nnscript\\.cli\\.package-info")
                .check(classes);
    }

    /** The plain runs start without picocli, charts, progress bars, Groovy or the language server (LauncherIT checks the process). */
    @Test
    void thePlainRunPathNeedsNoCommandLine() {
        noClasses().that().resideInAPackage(ROOT + ".plainrun..")
                .should().dependOnClassesThat().resideInAnyPackage("picocli..", ROOT + ".command..", ROOT + ".plot..",
                        ROOT + ".train..", ROOT + ".serve..", "com.sun.net.httpserver..", "com.google.gson..",
                        "groovy..", "org.apache.groovy..", "org.jfree..", "org.knowm..",
                        "me.tongfei..", "org.jline..", "dev.nnscript.lsp..", "org.eclipse.lsp4j..")
                .check(classes);
    }

    @Test
    void theEntryPointIsOneFloorAboveTheRoutesAndTheRoutesAboveTheRest() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("entry point").definedBy(named(Nnrun.class))
                .layer("plain runs").definedBy(ROOT + ".plainrun..")
                .layer("commands").definedBy(ROOT + ".command..")
                .layer("script runs").definedBy(ROOT + ".script..")
                .layer("exit codes").definedBy(named(ExitCodes.class))
                .whereLayer("entry point").mayNotBeAccessedByAnyLayer()
                .whereLayer("plain runs").mayOnlyBeAccessedByLayers("entry point")
                .whereLayer("commands").mayOnlyBeAccessedByLayers("entry point")
                .whereLayer("script runs").mayOnlyBeAccessedByLayers("entry point", "plain runs", "commands")
                .check(classes);
    }

    private static DescribedPredicate<JavaClass> named(Class<?> type) {
        return DescribedPredicate.describe(type.getSimpleName(),
                javaClass -> javaClass.getName().split("\\$")[0].equals(type.getName()));
    }
}
