package de.teilhabe.plugins.durchstarten;

import de.teilhabe.plugin.api.zielgruppe.Merkmal;
import de.teilhabe.plugin.testkit.Person;
import de.teilhabe.plugin.testkit.Pruefstand;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static de.teilhabe.plugin.testkit.TestkitAssertions.assertThatUrteil;

class DurchstartenZielgruppeTest {

    private static final LocalDate STICHTAG = LocalDate.of(2020, 11, 9); // FB 3 start in Grevenbroich (seed 000)
    private static Pruefstand p;

    @BeforeAll
    static void laden() {
        p = Pruefstand.ausKlassenpfad(DurchstartenPlugin.class);
    }

    @AfterAll
    static void schliessen() {
        p.close();
    }

    @Test
    void altersgrenzenAmGeburtstag() {
        assertThatUrteil(p.pruefe(Person.imAlter(18).am(STICHTAG).geduldet(), STICHTAG)).istPrimaer();
        assertThatUrteil(p.pruefe(Person.amTagVorDemGeburtstag(18, STICHTAG).geduldet(), STICHTAG)).istNichtZielgruppe()
                .begruendetGenauMit("durchstarten.alter.ausserhalb");
        assertThatUrteil(p.pruefe(Person.amTagVorDemGeburtstag(28, STICHTAG).gestattet(), STICHTAG)).istSekundaer();
        assertThatUrteil(p.pruefe(Person.imAlter(28).am(STICHTAG).gestattet(), STICHTAG)).istNichtZielgruppe();
    }

    @Test
    void ausnahmeNurFuerAufenthaltstitelInDerAltersgruppe() {
        assertThatUrteil(p.pruefe(Person.imAlter(25).am(STICHTAG).mitAufenthaltstitel(), STICHTAG)).istNichtZielgruppe()
                .mitAusnahme();
        assertThatUrteil(p.pruefe(Person.imAlter(25).am(STICHTAG).geduldet().mit(Merkmal.GEFAEHRDER), STICHTAG))
                .istNichtZielgruppe().ohneAusnahme().begruendetGenauMit("durchstarten.ausschluss.gefaehrder");
    }

    @Test
    void verweigerteFreigabeDerAbhSchliesstAus() {
        assertThatUrteil(p.pruefe(Person.imAlter(22).am(STICHTAG).geduldet().mit(Merkmal.ABH_FREIGABE_VERWEIGERT),
                STICHTAG)).istNichtZielgruppe().ohneAusnahme()
                .begruendetGenauMit("durchstarten.ausschluss.freigabe-verweigert");
    }

    @Test
    void fehlendeDatenSindNichtEntscheidbar() {
        assertThatUrteil(p.pruefe(Person.ohneGeburtsdatum(), STICHTAG)).istNichtEntscheidbar()
                .begruendetGenauMit("durchstarten.daten.geburtsdatum", "durchstarten.daten.status");
    }
}
