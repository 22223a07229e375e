package de.teilhabe.platform.zielgruppe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import de.teilhabe.platform.fehler.FachlicherFehler;
import de.teilhabe.platform.fehler.Feldfehler;
import de.teilhabe.platform.programm.ProgrammDienst;
import de.teilhabe.platform.sicherheit.Nutzer;
import de.teilhabe.platform.testing.TestKreise;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** "Zielgruppe prüfen" across the programs of a Kreis, with the real plugins. */
@MicronautTest(transactional = false)
@Property(name = "teilhabe.plugins.verzeichnis", value = "${teilhabe.test.plugins}")
class ZielgruppencheckTest {

    static final LocalDate STICHTAG = LocalDate.of(2021, 3, 31);

    @Inject ApplicationContext ctx;
    @Inject ProgrammDienst programme;
    @Inject Zielgruppencheck check;

    Nutzer admin;

    @BeforeEach
    void kreis() {
        String slug = TestKreise.slug("zg");
        TestKreise.onboarden(ctx, slug);
        admin = TestKreise.admin(ctx, slug);
        programme.aktivieren(admin, "gemeinsam-klappts");
    }

    @Test
    void geduldet23IstPrimaer() {
        List<Programmurteil> urteile = check.pruefen(admin, person(LocalDate.of(1998, 1, 15), "DULDUNG"));
        assertThat(urteile).singleElement().satisfies(u -> {
            assertThat(u.programmId()).isEqualTo("gemeinsam-klappts");
            assertThat(u.einstufung()).isEqualTo("PRIMAER");
            assertThat(u.einstufungText()).isEqualTo("primäre Zielgruppe");
            assertThat(u.begruendungen()).isNotEmpty();
        });
    }

    @Test
    void aufenthaltstitelNurAlsDokumentierteAusnahme() {
        assertThat(check.pruefen(admin, person(LocalDate.of(1998, 1, 15), "AUFENTHALTSTITEL")))
                .extracting(Programmurteil::einstufung, Programmurteil::ausnahmeZulaessig)
                .containsExactly(tuple("NICHT_ZIELGRUPPE", true));
    }

    @Test
    void achtundzwanzigAmStichtagIstNichtMehrZielgruppe() {
        assertThat(check.pruefen(admin, person(STICHTAG.minusYears(28), "DULDUNG")))
                .extracting(Programmurteil::einstufung).containsExactly("NICHT_ZIELGRUPPE");
        assertThat(check.pruefen(admin, person(STICHTAG.minusYears(28).plusDays(1), "DULDUNG")))
                .extracting(Programmurteil::einstufung).containsExactly("PRIMAER");
    }

    @Test
    void eingabefehlerWerdenBenannt() {
        assertThatThrownBy(() -> check.pruefen(admin, new Personendaten(null, "FLUECHTLING", Set.of("XYZ"), Set.of(),
                STICHTAG))).isInstanceOfSatisfying(FachlicherFehler.class, f -> assertThat(f.feldfehler())
                .extracting(Feldfehler::feld, Feldfehler::code).containsExactly(
                        tuple("aufenthaltsstatus", "zielgruppe.status.unbekannt"),
                        tuple("merkmale", "zielgruppe.wert.unbekannt")));
        assertThatThrownBy(() -> check.pruefen(admin, person(STICHTAG.plusDays(1), "DULDUNG")))
                .isInstanceOfSatisfying(FachlicherFehler.class, f -> assertThat(f.feldfehler())
                        .extracting(Feldfehler::code).containsExactly("zielgruppe.geburt.nach.stichtag"));
    }

    @Test
    void ohneGeburtsdatumIstDasUrteilNichtEntscheidbarMitGrund() {
        assertThat(check.pruefen(admin, new Personendaten(null, "DULDUNG", Set.of(), Set.of(), STICHTAG)))
                .singleElement().satisfies(u -> {
                    assertThat(u.einstufung()).isEqualTo("NICHT_ENTSCHEIDBAR");
                    assertThat(u.begruendungen()).singleElement().asString().contains("Geburtsdatum fehlt");
                });
    }

    @Test
    void einKaputtesProgrammVerdirbtNichtDieAnderen() {
        programme.aktivieren(admin, "broken-example");
        List<Programmurteil> urteile = check.pruefen(admin, person(LocalDate.of(1998, 1, 15), "DULDUNG"));
        assertThat(urteile).extracting(Programmurteil::programmId)
                .containsExactlyInAnyOrder("gemeinsam-klappts", "broken-example");
        assertThat(urteile).filteredOn(u -> u.programmId().equals("broken-example")).singleElement()
                .satisfies(u -> {
                    assertThat(u.einstufung()).isNull();
                    assertThat(u.fehler()).isNotBlank();
                });
        assertThat(urteile).filteredOn(u -> u.programmId().equals("gemeinsam-klappts"))
                .extracting(Programmurteil::einstufung).containsExactly("PRIMAER");
    }

    private static Personendaten person(LocalDate geburt, String status) {
        return new Personendaten(geburt, status, Set.of(), Set.of(), STICHTAG);
    }
}
