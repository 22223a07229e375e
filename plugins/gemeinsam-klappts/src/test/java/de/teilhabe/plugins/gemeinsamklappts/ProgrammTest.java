package de.teilhabe.plugins.gemeinsamklappts;

import de.teilhabe.plugin.api.baustein.Antragsteller;
import de.teilhabe.plugin.api.baustein.Foerderbaustein;
import de.teilhabe.plugin.api.feld.Fallfelder;
import de.teilhabe.plugin.api.feld.Fallphase;
import de.teilhabe.plugin.api.feld.Felddefinition;
import de.teilhabe.plugin.api.feld.Validierungsfehler;
import de.teilhabe.plugin.api.programm.Foerdergeber;
import de.teilhabe.plugin.api.programm.Programmdeskriptor;
import de.teilhabe.plugin.testkit.Pruefstand;
import de.teilhabe.plugins.gemeinsamklappts.fall.AufnahmeFelder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ProgrammTest {

    private static Pruefstand p;

    @BeforeAll
    static void laden() {
        p = Pruefstand.ausKlassenpfad(GemeinsamKlapptsPlugin.class);
    }

    @AfterAll
    static void schliessen() {
        p.close();
    }

    @Test
    void beschreibungNenntMkffiUndDenRknFoerderzeitraum() {
        Programmdeskriptor d = p.programm();

        assertThat(d.id()).isEqualTo("gemeinsam-klappts");
        assertThat(d.foerdergeber()).containsExactly(Foerdergeber.MKFFI);
        assertThat(d.standardFoerderzeitraum()).hasValueSatisfying(z -> {
            assertThat(z.beginn()).isEqualTo(LocalDate.of(2020, 5, 1));
            assertThat(z.ende()).isEqualTo(LocalDate.of(2021, 12, 31));
        });
    }

    @Test
    void baustein6KannVomKreisUndVonDerKommuneBeantragtWerden() {
        Foerderbaustein b = p.baustein(6);

        assertThat(b.name()).isEqualTo("Teilhabemanagement");
        assertThat(b.darfBeantragen(Antragsteller.KREIS)).isTrue();
        assertThat(b.darfBeantragen(Antragsteller.KOMMUNE)).isTrue();
        assertThat(b.istWettbewerb()).isFalse();
        assertThat(b.foerderquote()).hasValueSatisfying(q -> {
            assertThat(q.landesanteilHoechstensProzent()).isEqualByComparingTo("80");
            assertThat(q.aufteilen(new BigDecimal("50000")).eigenanteilMindestens()).isEqualByComparingTo("10000.00");
        });
        assertThat(p.bausteine()).hasSize(1);
    }

    @Test
    void abhFreigabeGehoertZurAufnahme() {
        assertThat(p.fallfelder()).filteredOn(f -> f.phase() == Fallphase.AUFNAHME).extracting(Felddefinition::schluessel)
                .contains(AufnahmeFelder.FREIGABE_STATUS, AufnahmeFelder.FREIGABE_DATUM, AufnahmeFelder.FREIGABE_ZEITPUNKT);
        assertThat(p.fallfelder()).filteredOn(f -> f.schluessel().equals(AufnahmeFelder.FREIGABE_STATUS))
                .singleElement().satisfies(f -> assertThat(f.pflicht()).isTrue());
    }

    @Test
    void erteilteFreigabeBrauchtEinDatum() {
        Fallfelder felder = p.fallfelderErweiterung();

        assertThat(felder.validiere(Map.of(AufnahmeFelder.FREIGABE_STATUS, "erteilt", AufnahmeFelder.EINWILLIGUNG_GIB, "ja")))
                .extracting(Validierungsfehler::code).containsExactly("gemeinsam-klappts.freigabe.datum-fehlt");
        assertThat(felder.validiere(Map.of(AufnahmeFelder.FREIGABE_STATUS, "erteilt",
                AufnahmeFelder.FREIGABE_DATUM, "12.01.2021", AufnahmeFelder.EINWILLIGUNG_GIB, "ja"))).isEmpty();
        assertThat(felder.validiere(Map.of(AufnahmeFelder.FREIGABE_STATUS, "ausstehend",
                AufnahmeFelder.FREIGABE_DATUM, "12.01.2021", AufnahmeFelder.EINWILLIGUNG_GIB, "nein")))
                .extracting(Validierungsfehler::code).containsExactly("gemeinsam-klappts.freigabe.datum-ohne-entscheidung");
        assertThat(felder.validiere(Map.of())).extracting(Validierungsfehler::code)
                .containsExactly("feld.pflicht", "feld.pflicht");
    }
}
