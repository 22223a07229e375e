package de.teilhabe.plugin.testkit;

import de.teilhabe.plugin.api.zielgruppe.Aufenthaltsstatus;
import de.teilhabe.plugin.api.zielgruppe.Merkmal;
import de.teilhabe.plugin.api.zielgruppe.Personenangaben;
import de.teilhabe.plugin.api.zielgruppe.Rechtskreis;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class PersonTest {

    private static final LocalDate STICHTAG = LocalDate.of(2021, 3, 31);

    @Test
    void geburtstagAmStichtag() {
        Personenangaben p = Person.imAlter(18).am(STICHTAG).geduldet().angaben();

        assertThat(p.geburtsdatum()).contains(LocalDate.of(2003, 3, 31));
        assertThat(p.alterAm(STICHTAG)).contains(18);
        assertThat(p.alterAm(STICHTAG.minusDays(1))).contains(17);
        assertThat(p.aufenthaltsstatus()).contains(Aufenthaltsstatus.DULDUNG);
    }

    @Test
    void tagVorDemGeburtstag() {
        Personenangaben p = Person.amTagVorDemGeburtstag(28, STICHTAG).angaben();

        assertThat(p.geburtsdatum()).contains(LocalDate.of(1993, 4, 1));
        assertThat(p.alterAm(STICHTAG)).contains(27);
        assertThat(p.alterAm(STICHTAG.plusDays(1))).contains(28);
    }

    @Test
    void merkmaleUndLeistungenSammelnSich() {
        Personenangaben p = Person.ohneGeburtsdatum().mit(Merkmal.GEFAEHRDER).mit(Merkmal.BETREUT_JMD)
                .beziehtLeistungen(Rechtskreis.SGB_II).angaben();

        assertThat(p.geburtsdatum()).isEmpty();
        assertThat(p.aufenthaltsstatus()).isEmpty();
        assertThat(p.merkmale()).containsExactlyInAnyOrder(Merkmal.GEFAEHRDER, Merkmal.BETREUT_JMD);
        assertThat(p.gesetzlicheLeistungen()).containsExactly(Rechtskreis.SGB_II);
    }
}
