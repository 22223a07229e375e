package de.teilhabe.platform.demo;

import static org.assertj.core.api.Assertions.assertThat;

import de.teilhabe.platform.bericht.Aufnahmezeile;
import de.teilhabe.platform.bericht.Berichtsstaende;
import de.teilhabe.platform.bericht.Berichtsstand;
import de.teilhabe.platform.dokument.Dateiformat;
import de.teilhabe.platform.bericht.Stichtagsberichte;
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
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
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
    @Inject Stichtagsberichte berichte;
    @Inject Berichtsstaende staende;

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
    void massnahmetraegerDesRheinKreisesSiehtNurSeineEingewilligtenTeilnehmenden() {
        demo.anlegen();
        List<TraegerTeilnahme> eigene = sicht.liste(anmelden("rkn.traeger"));
        // rkn.traeger is linked to the provider of the first assignment: Caritas (FB 1 in Dormagen and Neuss/Kaarst).
        // Caritas has 19 assignments with 2 drop-outs (seed 000); 4 of the 19 people gave no consent to exchange
        // data with providers, so the account sees 15, both drop-outs among them, and nobody of another provider.
        assertThat(eigene).hasSize(15).allSatisfy(t -> {
            assertThat(t.name()).contains(", Demo-");
            assertThat(t.massnahme()).isIn("FB 1 · Dormagen", "FB 1 · Kaarst, Neuss");
        });
        assertThat(eigene).filteredOn(t -> t.ergebnis() == Zuweisungsergebnis.ABBRUCH).hasSize(2);
    }

    @Test
    void fallzahlenDesRheinKreisesZum31Maerz2021() {
        demo.anlegen();
        Nutzer ki = anmelden("rkn.ki");
        assertThat(berichte.aufnahme(ki, "gemeinsam-klappts", LocalDate.of(2021, 3, 31)).summe())
                .isEqualTo(new Aufnahmezeile("Summe", 122, 80, 2, 0, 204, 19, 185, 2));
        assertThat(berichte.zuweisungen(ki, "gemeinsam-klappts", LocalDate.of(2021, 3, 31)).personen())
                .isEqualTo(109);
        demo.anlegen();
        Nutzer gremium = anmelden("rkn.gremium");
        List<Berichtsstand> vorlage = staende.liste(gremium, "gemeinsam-klappts").stream()
                .filter(s -> s.anlass().contains("50/0617/XVII/2021")).toList();
        assertThat(vorlage).as("the council paper as issued, once").extracting(Berichtsstand::art)
                .containsExactlyInAnyOrder("aufnahme", "zuweisungen");
        String text = new String(Dateiformat.CSV.bytes(staende.oeffnen(gremium, vorlage.stream()
                .filter(s -> s.art().equals("aufnahme")).findFirst().orElseThrow().id())), StandardCharsets.UTF_8);
        // a committee reader sees the paper with small counts hidden, the sum row's two titles and two exceptions too
        assertThat(text).contains("Summe;122;·;·;0;204;19;185;·");
    }

    private Nutzer anmelden(String konto) {
        return anmeldung.anmelden(konto, DemoDaten.PASSWORT, "demo-test");
    }
}
