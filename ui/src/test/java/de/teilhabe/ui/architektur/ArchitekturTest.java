package de.teilhabe.ui.architektur;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The UI calls platform services only: never repositories, never jOOQ. */
class ArchitekturTest {
    private static JavaClasses ui;

    @BeforeAll
    static void importieren() {
        ui = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("de.teilhabe.ui");
    }

    @Test
    void keineMicronautDataRepositories() {
        ArchRule regel = noClasses().that().resideInAPackage("de.teilhabe.ui..")
                .should().dependOnClassesThat().resideInAPackage("io.micronaut.data.repository..")
                .orShould().dependOnClassesThat().haveSimpleNameEndingWith("Repository");
        regel.check(ui);
    }

    @Test
    void keinJooq() {
        noClasses().that().resideInAPackage("de.teilhabe.ui..")
                .should().dependOnClassesThat().resideInAPackage("org.jooq..")
                .check(ui);
    }

    @Test
    void keinJdbcUndKeineSqlTransaktionen() {
        noClasses().that().resideInAPackage("de.teilhabe.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "io.micronaut.transaction..")
                .check(ui);
    }

    @Test
    void dieRegelGreiftWirklich() {
        JavaClasses mitRepository = new ClassFileImporter().importClasses(Verbotenes.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() ->
                noClasses().should().dependOnClassesThat().haveSimpleNameEndingWith("Repository").check(mitRepository))
                .isInstanceOf(AssertionError.class);
    }

    /** A class as the rule must reject it. */
    static class Verbotenes {
        Object feld = new BeispielRepository();
    }

    static class BeispielRepository {
    }
}
