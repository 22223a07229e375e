package de.teilhabe.plugins.kim;

import de.teilhabe.plugin.api.baustein.Antragsteller;
import de.teilhabe.plugin.api.baustein.Foerderbaustein;
import de.teilhabe.plugin.api.feld.Felddefinition;
import de.teilhabe.plugin.api.feld.Validierungsfehler;
import de.teilhabe.plugin.api.gremium.Besetzung;
import de.teilhabe.plugin.api.gremium.Gremienebene;
import de.teilhabe.plugin.api.gremium.Gremienrolle;
import de.teilhabe.plugin.api.gremium.Gremiumvorlage;
import de.teilhabe.plugin.api.gremium.Rollenvorlage;
import de.teilhabe.plugin.testkit.Pruefstand;
import de.teilhabe.plugins.kim.fall.KimFallfelder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Committees (seed 004, 3.2–3.5), catalog, settings and case fields. */
class KimStrukturTest {

    private static Pruefstand p;

    @BeforeAll
    static void laden() {
        p = Pruefstand.ausKlassenpfad(KimPlugin.class);
    }

    @AfterAll
    static void schliessen() {
        p.close();
    }

    @Test
    void lenkungsgruppeWieImRknKonzept() {
        Gremiumvorlage g = p.gremium(KimGremien.LENKUNGSGRUPPE);

        assertThat(g.ebene()).isEqualTo(Gremienebene.STEUERUNG);
        assertThat(g.rollen(Gremienrolle.VORSITZ)).extracting(Rollenvorlage::funktion).containsExactly("Kreisdirektor/in");
        assertThat(g.rollen(Gremienrolle.GESCHAEFTSFUEHRUNG)).singleElement()
                .satisfies(r -> assertThat(r.funktion()).startsWith("Kommunales Integrationszentrum"));
        assertThat(g.rollen(Gremienrolle.MITGLIED)).extracting(Rollenvorlage::funktion, Rollenvorlage::besetzung)
                .hasSize(8)
                .contains(tuple(
                        "Dezernent/in der kreisangehörigen Kommune (Integration und/oder Jugend)", Besetzung.JE_KOMMUNE))
                .extracting(t -> (String) t.toArray()[0]).contains("Leitung Jobcenter", "Leitung Agentur für Arbeit",
                        "Leitung Außenstelle des BAMF", "Sprecher/in der Wohlfahrtsverbände",
                        "Vertretung der Wirtschaft/Unternehmerschaft", "Dezernent/in der Ausländerbehörde des Kreises",
                        "Dezernent/in für Schule, Kultur und Jugend des Kreises");
        assertThat(g.rhythmus().sitzungenProJahr()).contains(2);
        assertThat(g.rhythmus().nachBedarf()).isTrue();
    }

    @Test
    void arbeitsgruppenUndVierzehntaegigerAustausch() {
        assertThat(p.gremium(KimGremien.KOORDINIERENDE_STELLEN).rhythmus().abstandTage()).contains(14);
        assertThat(p.gremium(KimGremien.AG_STRUKTUR).uebergeordnet()).contains(KimGremien.LENKUNGSGRUPPE);
        assertThat(p.gremium(KimGremien.AG_FALL).uebergeordnet()).contains(KimGremien.KOORDINIERENDE_STELLEN);
        assertThat(p.gremium(KimGremien.AG_FALL).rollen(Gremienrolle.MITGLIED))
                .allSatisfy(r -> assertThat(r.besetzung()).isEqualTo(Besetzung.NACH_THEMA));
        assertThat(p.gremien()).extracting(Gremiumvorlage::ebene).containsExactly(Gremienebene.STEUERUNG,
                Gremienebene.KOORDINATION, Gremienebene.STRUKTUR, Gremienebene.FALL);
    }

    @Test
    void dreiBausteineUndDieEinstellungZumEndeDerLandesinitiative() {
        assertThat(p.bausteine()).extracting(Foerderbaustein::nummer).containsExactly(1, 2, 3);
        assertThat(p.baustein(3).darfBeantragen(Antragsteller.KOMMUNE)).isTrue();
        assertThat(p.baustein(2).darfBeantragen(Antragsteller.KOMMUNE)).isFalse();
        assertThat(p.baustein(2).foerderquote()).isEmpty();
        assertThat(p.programm().einstellungen()).extracting(Felddefinition::schluessel)
                .containsExactly(KimPlugin.EINSTELLUNG_LANDESINITIATIVE_ENDE);
    }

    @Test
    void gemeldeteVersorgungslueckeBrauchtBeschreibung() {
        assertThat(p.fallfelderErweiterung().validiere(Map.of(KimFallfelder.LUECKE_GEMELDET, "ja")))
                .extracting(Validierungsfehler::code).containsExactly("kim.versorgungsluecke.beschreibung-fehlt");
        assertThat(p.fallfelderErweiterung().validiere(Map.of(KimFallfelder.LUECKE_GEMELDET, "ja",
                KimFallfelder.LUECKE_BESCHREIBUNG, "Kein Alphabetisierungskurs in Jüchen", KimFallfelder.VERWEIS, "Jobcenter")))
                .isEmpty();
    }
}
