package de.teilhabe.plugins.durchstarten;

import de.teilhabe.plugin.api.gremium.Besetzung;
import de.teilhabe.plugin.api.gremium.Gremienrolle;
import de.teilhabe.plugin.api.gremium.Gremiumvorlage;
import de.teilhabe.plugin.testkit.Pruefstand;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GremienTest {

    @Test
    void buendniskerngruppeMitZweiArbeitsgruppenDarunter() {
        try (Pruefstand p = Pruefstand.ausKlassenpfad(DurchstartenPlugin.class)) {
            assertThat(p.gremien()).extracting(Gremiumvorlage::name).containsExactly("Bündniskerngruppe",
                    "Arbeitsgruppe Maßnahmenträger", "Arbeitsgruppe Coaches und Teilhabemanagement");
            assertThat(p.gremium("durchstarten.ag-massnahmentraeger").uebergeordnet())
                    .contains("durchstarten.buendniskerngruppe");
            assertThat(p.gremium("durchstarten.ag-coaches-teilhabemanagement").uebergeordnet())
                    .contains("durchstarten.buendniskerngruppe");
            Gremiumvorlage kern = p.gremium("durchstarten.buendniskerngruppe");
            assertThat(kern.rollen(Gremienrolle.GESCHAEFTSFUEHRUNG)).singleElement()
                    .satisfies(r -> assertThat(r.funktion()).contains("Kommunales Integrationszentrum"));
            assertThat(kern.rollen(Gremienrolle.MITGLIED)).anySatisfy(r ->
                    assertThat(r.besetzung()).isEqualTo(Besetzung.JE_KOMMUNE));
        }
    }
}
