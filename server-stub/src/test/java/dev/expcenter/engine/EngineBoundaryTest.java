package dev.expcenter.engine;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The engine is the Experiment Center itself, free of how it is served: no JAX-RS, Jersey, Grizzly,
 * servlet, Jackson, Hibernate Validator, swagger or logging type, and nothing of the stub that serves it
 * (its error catalogue included): a broken rule is a code and its detail, worded and given a status at the edge.
 */
class EngineBoundaryTest {
    private static final JavaClasses ENGINE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.expcenter.engine");

    @Test
    void theEngineDependsOnNoServingTypes() {
        noClasses().that().resideInAPackage("dev.expcenter.engine..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "jakarta.ws.rs..", "jakarta.servlet..", "jakarta.validation..", "jakarta.inject..",
                        "org.glassfish..", "com.fasterxml.jackson..", "org.hibernate..", "io.swagger..",
                        "org.slf4j..", "ch.qos.logback..", "java.util.logging..", "java.net.http..",
                        "dev.expcenter.stub..")
                .because("the engine speaks domain types only; the HTTP edge maps them")
                .check(ENGINE);
    }

    @Test
    void theEngineKnowsNoHttpStatusReasonPhraseOrHeader() {
        String http = "(?i).*(http|reasonphrase|header).*";
        noMethods().that().areDeclaredInClassesThat().resideInAPackage("dev.expcenter.engine..")
                .should().haveNameMatching(http)
                .because("statuses, reason phrases and headers belong to the HTTP edge's error catalogue")
                .check(ENGINE);
        noFields().that().areDeclaredInClassesThat().resideInAPackage("dev.expcenter.engine..")
                .should().haveNameMatching(http)
                .because("statuses, reason phrases and headers belong to the HTTP edge's error catalogue")
                .check(ENGINE);
    }
}
