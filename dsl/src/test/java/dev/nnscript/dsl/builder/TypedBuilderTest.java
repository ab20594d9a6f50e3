package dev.nnscript.dsl.builder;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.codeUnits;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaParameterizedType;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.domain.JavaWildcardType;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The Java builder's API is typed (#14): no public method or constructor takes an {@code Object}, a
 * {@code Map} or a collection of anything; loose values are the Groovy layer's to convert. And the
 * builder never reaches into that layer or Groovy itself.
 */
class TypedBuilderTest {

    private static final JavaClasses BUILDER = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.nnscript.dsl.builder");

    @Test
    void publicMethodsTakeTypedValues() {
        codeUnits().that().areDeclaredInClassesThat().arePublic()
                .and().arePublic().and().doNotHaveName("equals")
                .should(takeTypedValues())
                .check(BUILDER);
    }

    @Test
    void theBuilderDoesNotUseGroovy() {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("dev.nnscript.dsl.groovy..", "groovy..", "org.codehaus.groovy..",
                        "org.apache.groovy..")
                .check(BUILDER);
    }

    private static ArchCondition<JavaCodeUnit> takeTypedValues() {
        return new ArchCondition<>("take typed values, not Object, Map or collections of anything") {
            @Override
            public void check(JavaCodeUnit unit, ConditionEvents events) {
                for (JavaType type : unit.getParameterTypes()) {
                    if (untyped(type)) {
                        events.add(SimpleConditionEvent.violated(unit,
                                unit.getFullName() + " takes " + type.getName()));
                    }
                }
            }
        };
    }

    private static boolean untyped(JavaType type) {
        if (type instanceof JavaWildcardType wildcard) {
            return wildcard.getUpperBounds().isEmpty()
                    || wildcard.getUpperBounds().stream().anyMatch(TypedBuilderTest::untyped);
        }
        if (type instanceof JavaParameterizedType parameterized
                && parameterized.getActualTypeArguments().stream().anyMatch(TypedBuilderTest::untyped)) {
            return true;
        }
        JavaClass raw = type.toErasure();
        return raw.isEquivalentTo(Object.class) || raw.isAssignableTo(Map.class);
    }
}
