package dev.nnscript.onnx;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The onnx module's rooms as their package-info files say: the entry points on top, export (write)
 * and import (read) beside each other and independent, format a leaf both use; nothing here
 * touches Groovy or onnxruntime (test scope only).
 */
class OnnxStructureTest {

    private static final String ONNX = "dev.nnscript.onnx";

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ONNX);

    @Test
    void packagesFormNoCycle() {
        slices().matching(ONNX + ".(*)..").should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void formatIsALeaf() {
        noClasses().that().resideInAPackage(ONNX + ".format")
                .should().dependOnClassesThat().resideInAnyPackage(ONNX, ONNX + ".write", ONNX + ".read")
                .check(MAIN);
    }

    @Test
    void exportAndImportAreIndependent() {
        noClasses().that().resideInAPackage(ONNX + ".write")
                .should().dependOnClassesThat().resideInAnyPackage(ONNX + ".read", ONNX)
                .check(MAIN);
        noClasses().that().resideInAPackage(ONNX + ".read")
                .should().dependOnClassesThat().resideInAnyPackage(ONNX + ".write", ONNX)
                .check(MAIN);
    }

    @Test
    void noRuntimeNorGroovyInMainCode() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("ai.onnxruntime..", "groovy..",
                "org.apache.groovy..", "org.tribuo.util.onnx..").check(MAIN);
    }
}
