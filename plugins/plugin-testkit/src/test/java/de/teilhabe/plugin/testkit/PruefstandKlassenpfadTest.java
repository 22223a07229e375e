package de.teilhabe.plugin.testkit;

import de.teilhabe.plugin.api.zielgruppe.Zielgruppenurteil;
import de.teilhabe.plugin.testkit.beispiel.BeispielPlugin;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static de.teilhabe.plugin.testkit.TestkitAssertions.assertThatUrteil;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PruefstandKlassenpfadTest {

    private static final LocalDate STICHTAG = LocalDate.of(2021, 3, 31);

    @Test
    void laedtDieIndiziertenErweiterungenUndPrueftPersonen() {
        try (Pruefstand p = Pruefstand.ausKlassenpfad(BeispielPlugin.class)) {
            assertThat(p.pluginId()).isEqualTo("testkit-beispiel");
            assertThat(p.pluginManager()).isEmpty();
            assertThatUrteil(p.pruefe(Person.imAlter(18).am(STICHTAG).geduldet(), STICHTAG)).istPrimaer()
                    .begruendetGenauMit("testkit-beispiel.passt");
            assertThatUrteil(p.pruefe(Person.imAlter(28).am(STICHTAG).geduldet(), STICHTAG)).istNichtZielgruppe();
            assertThatUrteil(p.pruefe(Person.ohneGeburtsdatum().geduldet(), STICHTAG)).istNichtEntscheidbar()
                    .nennt("Geburtsdatum fehlt");
            assertThatThrownBy(() -> p.stellenschluessel("x.y"))
                    .hasMessageContaining("Keine Stellenschluessel mit Id x.y");
        }
    }

    @Test
    void findetDieAbsichtlichenDeklarationsfehler() {
        try (Pruefstand p = Pruefstand.ausKlassenpfad(BeispielPlugin.class)) {
            assertThat(p.konsistenzmaengel()).containsExactlyInAnyOrder(
                    "Bausteinnummer „1“ ist doppelt",
                    "Gremium „testkit-beispiel.ag“: übergeordnetes Gremium „testkit-beispiel.fehlt“ fehlt oder steht später",
                    "Berichtsbeitrag „testkit-beispiel.bericht“ verlangt unbekannte Kennzahl „erfunden.kennzahl“",
                    "Migrationsdatei „falsch.sql“ folgt nicht dem Muster V<n>__<name>.sql");
        }
    }

    @Test
    void urteilAssertMeldetAbweichungenVerstaendlich() {
        try (Pruefstand p = Pruefstand.ausKlassenpfad(BeispielPlugin.class)) {
            Zielgruppenurteil u = p.pruefe(Person.imAlter(30).am(STICHTAG).geduldet(), STICHTAG);

            assertThatThrownBy(() -> assertThatUrteil(u).istPrimaer()).isInstanceOf(AssertionError.class)
                    .hasMessageContaining("Erwartet Einstufung <PRIMAER>, war <NICHT_ZIELGRUPPE>")
                    .hasMessageContaining("Passt nicht.");
            assertThatThrownBy(() -> assertThatUrteil(u).begruendetMit("testkit-beispiel.passt"))
                    .isInstanceOf(AssertionError.class).hasMessageContaining("testkit-beispiel.passt-nicht");
            assertThatThrownBy(() -> assertThatUrteil(u).mitAusnahme()).isInstanceOf(AssertionError.class);
        }
    }

    @Test
    void architekturregelMeldetVerboteneAbhaengigkeiten() {
        assertThatThrownBy(() -> PluginArchitektur.pruefeNurPluginApi(BeispielPlugin.class))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("BeispielVerstoss")
                .hasMessageContaining("org.flywaydb.core.Flyway");
    }
}
