package de.teilhabe.plugins.vorlage;

import de.teilhabe.plugin.testkit.Person;
import de.teilhabe.plugin.testkit.Pruefstand;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static de.teilhabe.plugin.testkit.TestkitAssertions.assertThatUrteil;

/** Test every rule at its edges: birthday on the reference date, the day before, missing data. */
class VorlageZielgruppeTest {

    private static final LocalDate STICHTAG = LocalDate.of(2021, 3, 31);

    @Test
    void volljaehrigAmGeburtstag() {
        try (Pruefstand p = Pruefstand.ausKlassenpfad(VorlagePlugin.class)) {
            assertThatUrteil(p.pruefe(Person.imAlter(18).am(STICHTAG).geduldet(), STICHTAG)).istPrimaer()
                    .begruendetGenauMit("vorlage.passt");
            assertThatUrteil(p.pruefe(Person.amTagVorDemGeburtstag(18, STICHTAG).geduldet(), STICHTAG))
                    .istNichtZielgruppe().ohneAusnahme();
            assertThatUrteil(p.pruefe(Person.ohneGeburtsdatum(), STICHTAG)).istNichtEntscheidbar()
                    .begruendetGenauMit("vorlage.daten.geburtsdatum", "vorlage.daten.status");
        }
    }
}
