package dev.muster.app.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * Module boundaries, checked rather than hoped for: a module uses another only through its
 * {@code api} package, and the platform kernel depends on no feature module.
 */
class ModuleBoundariesTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.muster");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"tenants", "devices", "tokens", "alerts"})
    void otherModulesSeeAFeatureModuleOnlyThroughItsApi(String module) {
        String root = "dev.muster." + module;
        noClasses().that().resideOutsideOfPackage(root + "..")
                .should().dependOnClassesThat(resideInAPackage(root + "..").and(DescribedPredicate.not(resideInAPackage(root + ".api.."))))
                .check(classes);
    }

    @Test
    void theRegistryDoesNotKnowEnrollment() {
        noClasses().that().resideInAnyPackage("dev.muster.devices..", "dev.muster.tenants..")
                .should().dependOnClassesThat().resideInAPackage("dev.muster.tokens..")
                .check(classes);
    }

    @Test
    void thePlatformKernelDependsOnNoFeatureModule() {
        noClasses().that().resideInAPackage("dev.muster.platform..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.muster.tenants..", "dev.muster.console..",
                        "dev.muster.app..", "dev.muster.devices..", "dev.muster.tokens..", "dev.muster.alerts..")
                .check(classes);
    }

    @Test
    void featureModulesDoNotDependOnTheAssembly() {
        noClasses().that().resideOutsideOfPackage("dev.muster.app..")
                .should().dependOnClassesThat().resideInAPackage("dev.muster.app..")
                .check(classes);
    }

    @Test
    void domainExceptionsStayFreeOfHttp() {
        noClasses().that().resideInAPackage("dev.muster.platform.errors..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..", "jakarta.servlet..")
                .check(classes);
    }
}
