package de.teilhabe.plugins.kim;

import de.teilhabe.plugin.api.feld.Feldwerte;
import de.teilhabe.plugin.api.zielgruppe.Aufenthaltsstatus;
import de.teilhabe.plugin.api.zielgruppe.Merkmal;
import de.teilhabe.plugin.api.zielgruppe.Rechtskreis;
import de.teilhabe.plugin.api.zielgruppe.Zielgruppenurteil;
import de.teilhabe.plugin.testkit.Person;
import de.teilhabe.plugin.testkit.Pruefstand;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;

import static de.teilhabe.plugin.testkit.TestkitAssertions.assertThatUrteil;
import static org.assertj.core.api.Assertions.assertThat;

/** KIM Stufen and demarcations (seed 004, 2.2 and 3.4); reference date = first AZR cut-off 31.03.2021. */
class KimZielgruppeTest {

    private static final LocalDate STICHTAG = LocalDate.of(2021, 3, 31);
    private static Pruefstand p;

    @BeforeAll
    static void laden() {
        p = Pruefstand.ausKlassenpfad(KimPlugin.class);
    }

    @AfterAll
    static void schliessen() {
        p.close();
    }

    private static Zielgruppenurteil pruefe(Person person) {
        return p.pruefe(person, STICHTAG);
    }

    @Nested
    class Stufe1 {

        @Test
        void kernzielgruppe18Bis35() {
            assertThatUrteil(pruefe(Person.imAlter(18).am(STICHTAG).mitAufenthaltstitel())).istPrimaer()
                    .begruendetGenauMit("kim.stufe.1a").hatHinweis("kim.hinweis.bedarfspruefung");
            assertThatUrteil(pruefe(Person.amTagVorDemGeburtstag(36, STICHTAG).mitAufenthaltstitel())).istPrimaer();
            assertThatUrteil(pruefe(Person.imAlter(30).am(STICHTAG).mitStatus(
                    Aufenthaltsstatus.EU_FREIZUEGIGKEIT))).istPrimaer();
        }

        @Test
        void ab36OderOhneBezugZurKernzielgruppeStufe1b() {
            assertThatUrteil(pruefe(Person.imAlter(36).am(STICHTAG).mitAufenthaltstitel())).istSekundaer()
                    .begruendetGenauMit("kim.stufe.1b");
            assertThatUrteil(pruefe(Person.imAlter(10).am(STICHTAG).mitAufenthaltstitel())).istSekundaer();
        }

        @Test
        void kinderDerKernzielgruppeSindPrimaer() {
            assertThatUrteil(pruefe(Person.imAlter(6).am(STICHTAG).mitAufenthaltstitel().mit(Merkmal.KIND_EINER_ZIELPERSON)))
                    .istPrimaer().begruendetGenauMit("kim.stufe.1a-kind");
        }

        @Test
        void geduldeteUndGestattete18Bis27BleibenBeiDerLandesinitiative() {
            assertThatUrteil(pruefe(Person.imAlter(18).am(STICHTAG).geduldet())).istNichtZielgruppe().ohneAusnahme()
                    .begruendetGenauMit("kim.ausschluss.landesinitiative");
            assertThatUrteil(pruefe(Person.amTagVorDemGeburtstag(28, STICHTAG).gestattet())).istNichtZielgruppe();
            assertThatUrteil(pruefe(Person.imAlter(28).am(STICHTAG).geduldet())).as("28: nicht mehr Landesinitiative")
                    .istPrimaer();
            assertThatUrteil(pruefe(Person.amTagVorDemGeburtstag(18, STICHTAG).geduldet()))
                    .as("17: weder Landesinitiative noch Kernzielgruppe").istSekundaer();
        }

        @Test
        void werInDerLandesinitiativeBetreutWirdIstAusgeschlossen() {
            assertThatUrteil(pruefe(Person.imAlter(22).am(STICHTAG).mitAufenthaltstitel().mit(Merkmal.BETREUT_LANDESINITIATIVE)))
                    .istNichtZielgruppe().begruendetGenauMit("kim.ausschluss.landesinitiative");
        }
    }

    @Nested
    class Stufe2 {

        private final Feldwerte beendet = Feldwerte.von(Map.of(KimPlugin.EINSTELLUNG_LANDESINITIATIVE_ENDE, "30.06.2022"));

        @Test
        void nachEndeDerLandesinitiativeWerdenGeduldeteAufgenommen() {
            LocalDate danach = LocalDate.of(2022, 7, 1);
            assertThatUrteil(p.pruefe(Person.imAlter(20).am(danach).geduldet(), danach, beendet)).istPrimaer()
                    .begruendetMit("kim.stufe.2").nennt("endete am 30.06.2022");
        }

        @Test
        void amLetztenTagDerLandesinitiativeNochNicht() {
            LocalDate ende = LocalDate.of(2022, 6, 30);
            assertThatUrteil(p.pruefe(Person.imAlter(20).am(ende).geduldet(), ende, beendet)).istNichtZielgruppe()
                    .begruendetGenauMit("kim.ausschluss.landesinitiative");
        }
    }

    @Nested
    class Abgrenzungen {

        @Test
        void jugendmigrationsdienstSchliesstAusMitMoeglicherAusnahme() {
            assertThatUrteil(pruefe(Person.imAlter(20).am(STICHTAG).mitAufenthaltstitel().mit(Merkmal.BETREUT_JMD)))
                    .istNichtZielgruppe().mitAusnahme().begruendetGenauMit("kim.ausschluss.jmd").nennt("12 bis 27");
        }

        @Test
        void migrationsberatungSchliesstAusOhneAusnahme() {
            assertThatUrteil(pruefe(Person.imAlter(30).am(STICHTAG).mitAufenthaltstitel().mit(Merkmal.BETREUT_MBE)))
                    .istNichtZielgruppe().ohneAusnahme().begruendetGenauMit("kim.ausschluss.mbe").nennt("27 bis 35");
        }

        @Test
        void mehrereAbgrenzungenWerdenAlleGenanntUndVerhindernDieAusnahme() {
            assertThatUrteil(pruefe(Person.imAlter(22).am(STICHTAG).geduldet().mit(Merkmal.BETREUT_JMD)))
                    .istNichtZielgruppe().ohneAusnahme()
                    .begruendetGenauMit("kim.ausschluss.landesinitiative", "kim.ausschluss.jmd");
        }

        @Test
        void gesetzlicheLeistungenGehenVorKimWirdSekundaer() {
            assertThatUrteil(pruefe(Person.imAlter(30).am(STICHTAG).mitAufenthaltstitel()
                    .beziehtLeistungen(Rechtskreis.SGB_II, Rechtskreis.SGB_VIII))).istSekundaer()
                    .begruendetGenauMit("kim.stufe.1a", "kim.subsidiaritaet").nennt("SGB II").nennt("SGB VIII");
        }

        @Test
        void deutscheSindNichtZielgruppeAuchOhneGeburtsdatum() {
            assertThatUrteil(pruefe(Person.ohneGeburtsdatum().mitStatus(
                    Aufenthaltsstatus.DEUTSCH))).istNichtZielgruppe().ohneAusnahme()
                    .begruendetGenauMit("kim.status.deutsch");
        }
    }

    @Test
    void fehlendeDatenSindNichtEntscheidbar() {
        assertThatUrteil(pruefe(Person.ohneGeburtsdatum().gestattet())).istNichtEntscheidbar()
                .begruendetGenauMit("kim.daten.geburtsdatum-fehlt");
        assertThatUrteil(pruefe(Person.imAlter(30).am(STICHTAG))).istNichtEntscheidbar()
                .begruendetGenauMit("kim.daten.status-fehlt");
        assertThatUrteil(pruefe(Person.geboren(STICHTAG.plusDays(3)).gestattet())).istNichtEntscheidbar()
                .begruendetGenauMit("kim.daten.geburtsdatum-nach-stichtag");
        assertThat(pruefe(Person.ohneGeburtsdatum()).begruendungen()).hasSize(2);
    }
}
