package org.tematik.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layer rules of docs/architecture.md (after JabRef's CommonArchitectureTest). */
class LayerRulesTest {
    private static JavaClasses main;

    @BeforeAll
    static void importMain() {
        main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.tematik");
    }

    @Test
    void coreNeverSeesJavaFx() {
        rule(noClasses().that().resideInAPackage("org.tematik.core..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.fxmisc..", "org.controlsfx..", "org.kordamp.."));
    }

    @Test
    void coreDoesNotPrint() {
        rule(noClasses().that().resideInAPackage("org.tematik.core..")
                .should().accessField(System.class, "out")
                .orShould().accessField(System.class, "err")
                .because("core reports through return values and exceptions; the CLI and GUI decide what to show"));
    }

    @Test
    void uiReachesStorageOnlyThroughServices() {
        rule(noClasses().that().resideInAPackage("org.tematik.ui..")
                .should().dependOnClassesThat().resideInAPackage("org.tematik.core.storage.."));
    }

    @Test
    void cliDoesNotUseTheGui() {
        rule(noClasses().that().resideInAPackage("org.tematik.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("org.tematik.ui..", "javafx.."));
    }

    @Test
    void viewModelsHoldNoNodes() {
        rule(noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..", "org.fxmisc.."));
    }

    @Test
    void onlyTheCommandStackAppendsToTheAuditTrail() {
        rule(noClasses().that().doNotHaveFullyQualifiedName("org.tematik.core.history.CommandStack")
                .and().resideOutsideOfPackage("org.tematik.core.audit..")
                .should().callMethod(org.tematik.core.audit.AuditTrail.class, "append",
                        org.jdbi.v3.core.Handle.class, java.time.Instant.class, String.class, String.class, String.class,
                        String.class, String.class, String.class));
    }

    private static void rule(ArchRule rule) {
        rule.check(main);
    }
}
