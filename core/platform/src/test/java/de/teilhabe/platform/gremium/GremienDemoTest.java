package de.teilhabe.platform.gremium;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import de.teilhabe.platform.audit.AuditProtokoll;
import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class GremienDemoTest {

    @Inject ApplicationContext ctx;
    @Inject GremienDemo demo;

    @Test
    void rknDemoNachSeed004UndWiederholbar() {
        GremienFixture f = new GremienFixture(ctx, "demo");
        List<String> programme = List.of("kim", "durchstarten", "gemeinsam-klappts");
        demo.anlegen(f.slug, "Rhein-Kreis Neuss", programme, f.ki.benutzername());
        long eintraege = ctx.getBean(AuditProtokoll.class).neueste(f.admin, 1000).size();
        demo.anlegen(f.slug, "Rhein-Kreis Neuss", programme, f.ki.benutzername());
        assertThat(ctx.getBean(AuditProtokoll.class).neueste(f.admin, 1000).size() - eintraege)
                .as("der zweite Lauf legt nichts an; nur das Lesen der Personenliste wird protokolliert").isEqualTo(1);

        assertThat(f.gremien.liste(f.leser, null)).hasSize(8);
        Struktur kim = f.struktur.struktur(f.leser, "kim", LocalDate.of(2021, 6, 1));
        GremiumKnoten lg = kim.wurzeln().get(0);
        assertThat(lg.name()).isEqualTo("Lenkungsgruppe");
        assertThat(lg.konstituiertAm()).isEqualTo(LocalDate.of(2021, 3, 17));
        assertThat(lg.vorsitz().person()).isEqualTo("Dirk Brügge");
        assertThat(lg.mitglieder()).hasSize(17);
        assertThat(lg.offeneSitze()).isEmpty();
        assertThat(lg.mitglieder()).extracting(Mitglied::organisation)
                .contains("Gemeinde Rommerskirchen", "Stadt Neuss", "Jobcenter Rhein-Kreis Neuss",
                        "Bundesamt für Migration und Flüchtlinge, Außenstelle Düsseldorf");
        assertThat(lg.untergremien()).extracting(GremiumKnoten::name)
                .containsExactly("Austausch der koordinierenden Stellen (Baustein 1)", "Arbeitsgruppe Strukturebene");
        assertThat(f.struktur.struktur(f.leser, "durchstarten", LocalDate.of(2020, 6, 1)).wurzeln().get(0).vorsitz()
                .person()).isEqualTo("Dirk Brügge");

        Anliegen anliegen = f.anliegen.liste(f.leser).get(0);
        AnliegenVerlauf verlauf = f.anliegen.verlauf(f.leser, anliegen.id());
        assertThat(verlauf.herkunftGremium()).isEqualTo("Arbeitsgruppe Fallebene");
        assertThat(verlauf.befassungen()).extracting(AnliegenVerlauf.Befassung::gremium).containsExactly(
                "Arbeitsgruppe Fallebene", "Arbeitsgruppe Strukturebene", "Lenkungsgruppe");
        assertThat(verlauf.beschluesse()).singleElement().satisfies(b -> {
            assertThat(b.gremium()).isEqualTo("Lenkungsgruppe");
            assertThat(b.nummer()).isEqualTo(2);
            assertThat(b.auftraege()).extracting(AuftragZeile::zustaendig).containsExactly(
                    "Arbeitsgruppe Fallebene", "Arbeitsgruppe Strukturebene", "Koordinierende Stelle KI (Demo)");
        });
        assertThat(verlauf.status()).isEqualTo(Anliegenstatus.ENTSCHIEDEN);
        assertThat(f.auftraege.liste(f.ki, new AuftragFilter(true, null, null, true, false, null)))
                .extracting(AuftragZeile::text, AuftragZeile::status)
                .containsExactly(tuple("Bericht an die Lenkungsgruppe in ihrer nächsten Sitzung",
                        Auftragsstatus.IN_ARBEIT));
    }
}
