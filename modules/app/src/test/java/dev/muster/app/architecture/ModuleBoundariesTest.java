package dev.muster.app.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

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

    @Test
    void theConsoleUsesTheTenantsModuleOnlyThroughItsApi() {
        noClasses().that().resideInAPackage("dev.muster.console..")
                .should().dependOnClassesThat().resideInAPackage("dev.muster.tenants..")
                .andShould().dependOnClassesThat().resideOutsideOfPackages("dev.muster.tenants.api..", "dev.muster.console..",
                        "dev.muster.platform..", "java..", "jakarta..", "org..", "com..")
                .orShould().dependOnClassesThat().resideInAnyPackage("dev.muster.tenants.registry..", "dev.muster.tenants.users..",
                        "dev.muster.tenants.invitations..", "dev.muster.tenants.auth..", "dev.muster.tenants.apikeys..",
                        "dev.muster.tenants.bootstrap..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void modulesOtherThanTenantsSeeOnlyItsApi() {
        noClasses().that().resideOutsideOfPackage("dev.muster.tenants..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.muster.tenants.registry..", "dev.muster.tenants.users..",
                        "dev.muster.tenants.invitations..", "dev.muster.tenants.auth..", "dev.muster.tenants.apikeys..",
                        "dev.muster.tenants.bootstrap..")
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
