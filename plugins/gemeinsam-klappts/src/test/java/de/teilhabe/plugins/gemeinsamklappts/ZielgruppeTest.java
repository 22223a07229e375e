package de.teilhabe.plugins.gemeinsamklappts;

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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.LocalDate;

import static de.teilhabe.plugin.testkit.TestkitAssertions.assertThatUrteil;
import static org.assertj.core.api.Assertions.assertThat;

/** Target group of Baustein 6 (seeds 000–003), reference date = RKN report date 31.03.2021. */
class ZielgruppeTest {

    private static final LocalDate STICHTAG = LocalDate.of(2021, 3, 31);
    private static Pruefstand p;

    @BeforeAll
    static void laden() {
        p = Pruefstand.ausKlassenpfad(GemeinsamKlapptsPlugin.class);
    }

    @AfterAll
    static void schliessen() {
        p.close();
    }

    private static Zielgruppenurteil pruefe(Person person) {
        return p.pruefe(person, STICHTAG);
    }

    @Nested
    class Alter {

        @Test
        void genauAm18GeburtstagGehoertManDazu() {
            assertThatUrteil(pruefe(Person.imAlter(18).am(STICHTAG).geduldet())).istPrimaer()
                    .begruendetGenauMit("gemeinsam-klappts.status.duldung", "gemeinsam-klappts.alter.passt")
                    .nennt("Am 31.03.2021 18 Jahre alt");
        }

        @Test
        void amTagVorDem18GeburtstagNochNicht() {
            assertThatUrteil(pruefe(Person.amTagVorDemGeburtstag(18, STICHTAG).geduldet())).istNichtZielgruppe()
                    .ohneAusnahme().begruendetGenauMit("gemeinsam-klappts.alter.ausserhalb").nennt("17 Jahre alt");
        }

        @Test
        void siebenundzwanzigBisZumTagVorDem28Geburtstag() {
            assertThatUrteil(pruefe(Person.imAlter(27).am(STICHTAG).geduldet())).istPrimaer();
            assertThatUrteil(pruefe(Person.amTagVorDemGeburtstag(28, STICHTAG).geduldet())).istPrimaer()
                    .nennt("27 Jahre alt");
        }

        @Test
        void am28GeburtstagNichtMehr() {
            assertThatUrteil(pruefe(Person.imAlter(28).am(STICHTAG).geduldet())).istNichtZielgruppe().ohneAusnahme()
                    .begruendetGenauMit("gemeinsam-klappts.alter.ausserhalb").nennt("28 Jahre alt");
        }

        @Test
        void derselbeMenschFaelltMitDemStichtagHinaus() {
            Person p27 = Person.geboren(LocalDate.of(1993, 4, 1)).gestattet();
            assertThatUrteil(pruefe(p27)).istSekundaer();
            assertThatUrteil(p.pruefe(p27, LocalDate.of(2021, 4, 1))).istNichtZielgruppe();
        }
    }

    @Nested
    class Status {

        @Test
        void gestattungIstSekundaer() {
            assertThatUrteil(pruefe(Person.imAlter(22).am(STICHTAG.minusMonths(3)).gestattet())).istSekundaer()
                    .begruendetMit("gemeinsam-klappts.status.gestattung");
        }

        @Test
        void aufenthaltstitelIstNichtZielgruppeAberAlsDokumentierteAusnahmeMoeglich() {
            Zielgruppenurteil u = pruefe(Person.imAlter(22).am(STICHTAG).mitAufenthaltstitel());

            assertThatUrteil(u).istNichtZielgruppe().mitAusnahme()
                    .begruendetMit("gemeinsam-klappts.status.aufenthaltstitel").nennt("dokumentierte Ausnahme")
                    .hatHinweis("gemeinsam-klappts.hinweis.abh-freigabe");
        }

        @Test
        void aufenthaltstitelAusserhalbDesAltersKeineAusnahme() {
            assertThatUrteil(pruefe(Person.imAlter(30).am(STICHTAG).mitAufenthaltstitel())).istNichtZielgruppe()
                    .ohneAusnahme().begruendetGenauMit("gemeinsam-klappts.alter.ausserhalb",
                            "gemeinsam-klappts.status.anderer");
        }

        @ParameterizedTest
        @EnumSource(value = Aufenthaltsstatus.class, names = {"EU_FREIZUEGIGKEIT", "DEUTSCH", "SONSTIGER"})
        void andereStatusSindNichtZielgruppeOhneAusnahme(Aufenthaltsstatus status) {
            Zielgruppenurteil u = pruefe(Person.imAlter(20).am(STICHTAG).mitStatus(status));

            assertThatUrteil(u).istNichtZielgruppe().ohneAusnahme().begruendetGenauMit("gemeinsam-klappts.status.anderer")
                    .nennt(status.bezeichnung());
            assertThat(u.hinweise()).isEmpty();
        }
    }

    @Nested
    class Ausschluesse {

        @ParameterizedTest
        @EnumSource(value = Merkmal.class, names = {"IN_LANDESAUFNAHMEEINRICHTUNG", "GEFAEHRDER",
                "AUSREISEPFLICHTIG_MIT_SCHWEREN_STRAFTATEN", "ABH_FREIGABE_VERWEIGERT"})
        void jederAusschlussGiltAuchFuerGeduldeteDerRichtigenAltersgruppe(Merkmal merkmal) {
            Zielgruppenurteil u = pruefe(Person.imAlter(20).am(STICHTAG).geduldet().mit(merkmal));

            assertThatUrteil(u).istNichtZielgruppe().ohneAusnahme();
            assertThat(u.begruendungen()).singleElement().satisfies(b -> assertThat(b.text()).startsWith("Ausgeschlossen:"));
        }

        @Test
        void alleZutreffendenAusschluesseWerdenGenannt() {
            assertThatUrteil(pruefe(Person.imAlter(20).am(STICHTAG).geduldet().mit(Merkmal.GEFAEHRDER,
                    Merkmal.IN_LANDESAUFNAHMEEINRICHTUNG, Merkmal.AUSREISEPFLICHTIG_MIT_SCHWEREN_STRAFTATEN)))
                    .begruendetGenauMit("gemeinsam-klappts.ausschluss.landesaufnahmeeinrichtung",
                            "gemeinsam-klappts.ausschluss.gefaehrder", "gemeinsam-klappts.ausschluss.straftaten");
        }

        @Test
        void ausschlussGiltAuchBeiFehlendenDatenUndAufenthaltstitel() {
            assertThatUrteil(pruefe(Person.ohneGeburtsdatum().mit(Merkmal.GEFAEHRDER))).istNichtZielgruppe()
                    .ohneAusnahme();
            assertThatUrteil(pruefe(Person.imAlter(20).am(STICHTAG).mitAufenthaltstitel().mit(Merkmal.GEFAEHRDER)))
                    .istNichtZielgruppe().ohneAusnahme();
        }
    }

    @Nested
    class FehlendeDaten {

        @Test
        void ohneGeburtsdatumNichtEntscheidbar() {
            assertThatUrteil(pruefe(Person.ohneGeburtsdatum().geduldet())).istNichtEntscheidbar()
                    .begruendetGenauMit("gemeinsam-klappts.daten.geburtsdatum-fehlt");
        }

        @Test
        void ohneStatusNichtEntscheidbar() {
            assertThatUrteil(pruefe(Person.imAlter(20).am(STICHTAG))).istNichtEntscheidbar()
                    .begruendetGenauMit("gemeinsam-klappts.daten.status-fehlt");
        }

        @Test
        void beidesFehltBeidesWirdGenannt() {
            assertThatUrteil(pruefe(Person.ohneGeburtsdatum())).istNichtEntscheidbar().begruendetGenauMit(
                    "gemeinsam-klappts.daten.geburtsdatum-fehlt", "gemeinsam-klappts.daten.status-fehlt");
        }

        @Test
        void geburtsdatumNachDemStichtagIstUnplausibel() {
            assertThatUrteil(pruefe(Person.geboren(STICHTAG.plusDays(1)).geduldet())).istNichtEntscheidbar()
                    .nennt("01.04.2021 liegt nach dem Stichtag 31.03.2021");
        }
    }

    @Nested
    class Hinweise {

        @Test
        void zielgruppeBekommtDenHinweisAufDieAbhFreigabe() {
            assertThatUrteil(pruefe(Person.imAlter(19).am(STICHTAG).geduldet()))
                    .hatHinweis("gemeinsam-klappts.hinweis.abh-freigabe");
            assertThat(pruefe(Person.imAlter(30).am(STICHTAG).geduldet()).hinweise()).isEmpty();
        }

        @Test
        void sgbLeistungenErgebenEinenHinweisAendernAberNichtDieEinstufung() {
            assertThatUrteil(pruefe(Person.imAlter(19).am(STICHTAG).geduldet().beziehtLeistungen(Rechtskreis.SGB_III)))
                    .istPrimaer().hatHinweis("gemeinsam-klappts.hinweis.sgb-leistungen");
        }
    }
}
