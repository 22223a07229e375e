package de.teilhabe.platform.demo;

import static org.assertj.core.api.Assertions.assertThat;

import de.teilhabe.platform.kommune.KommunenDienst;
import de.teilhabe.platform.massnahme.Massnahmen;
import de.teilhabe.platform.programm.ProgrammDienst;
import de.teilhabe.platform.sicherheit.Anmeldung;
import de.teilhabe.platform.sicherheit.Nutzer;
import de.teilhabe.platform.sicherheit.Rolle;
import de.teilhabe.platform.teilnehmer.TeilnehmerFuerTraeger;
import de.teilhabe.platform.teilnehmer.TraegerTeilnahme;
import de.teilhabe.platform.teilnehmer.Zuweisungsergebnis;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The start with demo data on: three Kreise with all their Kommunen, accounts per role, programs, Maßnahmen. */
@MicronautTest(transactional = false)
@Property(name = "teilhabe.demo", value = "true")
@Property(name = "teilhabe.plugins.verzeichnis", value = "${teilhabe.test.plugins}")
class DemoDatenTest {

    @Inject Anmeldung anmeldung;
    @Inject KommunenDienst kommunen;
    @Inject ProgrammDienst programme;
    @Inject Massnahmen massnahmen;
    @Inject DemoDaten demo;
    @Inject DemoZugaenge zugaenge;
    @Inject TeilnehmerFuerTraeger sicht;

    @Test
    void dreiKreiseMitAllenKommunenUndKonten() {
        demo.anlegen();
        assertThat(kommunen.liste(anmelden("rkn.admin"))).hasSize(8);
        assertThat(kommunen.liste(anmelden("coe.admin"))).hasSize(11);
        assertThat(kommunen.liste(anmelden("st.admin"))).hasSize(24);
        for (DemoZugang z : zugaenge.zugaenge().subList(1, 16)) {
            Nutzer n = anmeldung.anmelden(z.benutzername(), z.passwort(), "demo-test");
            assertThat(n.rollen()).containsExactly(Rolle.valueOf(z.rolle()));
        }
        assertThat(zugaenge.zugaenge()).hasSize(16).first().satisfies(betreiber -> {
            assertThat(betreiber.benutzername()).isEqualTo("betrieb");
            assertThat(betreiber.passwort()).as("the test configures the operator's password: never printed")
                    .isEqualTo(DemoZugaenge.KONFIGURIERTES_PASSWORT);
        });
    }

    @Test
    void programmeUndMassnahmenDesRheinKreisesNeuss() {
        Nutzer ki = anmelden("rkn.ki");
        assertThat(programme.aktiveProgramme(ki)).containsExactly("durchstarten", "gemeinsam-klappts", "kim");
        assertThat(programme.aktiveProgramme(anmelden("st.ki"))).containsExactly("durchstarten", "gemeinsam-klappts");
        assertThat(massnahmen.tabelle(ki)).hasSize(RknMassnahmenTest.SEED_000.size());
        assertThat(massnahmen.tabelle(anmelden("coe.ki"))).isEmpty();
    }

    @Test
    void massnahmetraegerDesRheinKreisesSiehtSeineTeilnehmende() {
        demo.anlegen();
        List<TraegerTeilnahme> eigene = sicht.liste(anmelden("rkn.traeger"));
        assertThat(eigene).singleElement().satisfies(t -> {
            assertThat(t.name()).isEqualTo("Muster, Demo-Bashir");
            assertThat(t.ergebnis()).isEqualTo(Zuweisungsergebnis.ABBRUCH);
        });
    }

    private Nutzer anmelden(String konto) {
        return anmeldung.anmelden(konto, DemoDaten.PASSWORT, "demo-test");
    }
}
