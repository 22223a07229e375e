package de.teilhabe.plugins.komman;

import de.teilhabe.plugin.api.baustein.Antragsteller;
import de.teilhabe.plugin.api.programm.Foerdergeber;
import de.teilhabe.plugin.api.stellen.Stellenschluessel;
import de.teilhabe.plugin.api.zielgruppe.Zielgruppenregel;
import de.teilhabe.plugin.testkit.Pruefstand;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Only what the seeds show – and deliberately nothing more. */
class KommAnProgrammTest {

    @Test
    void kleinesProgrammOhneRegelnUndOhneEigeneTabellen() {
        try (Pruefstand p = Pruefstand.ausKlassenpfad(KommAnPlugin.class)) {
            assertThat(p.programm().name()).isEqualTo("KOMM-AN NRW");
            assertThat(p.programm().foerdergeber()).containsExactly(Foerdergeber.MKFFI);
            assertThat(p.programm().standardFoerderzeitraum()).as("nicht aus den Quellen belegt").isEmpty();
            assertThat(p.baustein(1).name()).isEqualTo("KOMM-AN-Ehrenamtskoordination");
            assertThat(p.baustein(1).darfBeantragen(Antragsteller.KREIS)).isTrue();
            assertThat(p.baustein(1).foerderquote()).isEmpty();
            assertThat(p.gremium("komm-an.fachaustausch").name()).isEqualTo("KOMM-AN-Fachaustauschtreffen");
            assertThat(p.erweiterungen(Zielgruppenregel.class)).isEmpty();
            assertThat(p.erweiterungen(Stellenschluessel.class)).isEmpty();
            assertThat(p.migrationen()).isEmpty();
        }
    }
}
