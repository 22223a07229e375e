package de.teilhabe.plugins.durchstarten;

import de.teilhabe.plugin.api.baustein.Antragsteller;
import de.teilhabe.plugin.api.baustein.Finanzierungsaufteilung;
import de.teilhabe.plugin.api.baustein.Foerderbaustein;
import de.teilhabe.plugin.api.programm.Foerdergeber;
import de.teilhabe.plugin.testkit.Pruefstand;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Förderbausteine 1–5 (seeds 001, 002, 003). */
class FoerderbausteineTest {

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
    void fuenfBausteineMitDenNamenAusDenVorlagen() {
        assertThat(p.bausteine()).extracting(Foerderbaustein::nummer, Foerderbaustein::name).containsExactly(
                tuple(1, "Coaching"),
                tuple(2, "Berufsbegleitende Qualifizierung und/oder Sprachförderung"),
                tuple(3, "Nachträglicher Erwerb des Hauptschulabschlusses"),
                tuple(4, "Schul-, ausbildungs- und berufsvorbereitende Kurse / Jugendintegrationskurse"),
                tuple(5, "Innovationsfonds"));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5})
    void achtzigProzentLandMindestensZwanzigProzentEigenanteil(int nummer) {
        assertThat(p.baustein(nummer).foerderquote()).hasValueSatisfying(q -> {
            assertThat(q.landesanteilHoechstensProzent()).isEqualByComparingTo("80");
            assertThat(q.eigenanteilMindestensProzent()).isEqualByComparingTo("20");
        });
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4})
    void bausteine1Bis4BeantragtNurDerKreis(int nummer) {
        Foerderbaustein b = p.baustein(nummer);
        assertThat(b.darfBeantragen(Antragsteller.KREIS)).isTrue();
        assertThat(b.darfBeantragen(Antragsteller.KOMMUNE)).as("Stadt Rheine: nur 5 und 6").isFalse();
        assertThat(b.istWettbewerb()).isFalse();
    }

    @Test
    void innovationsfondsIstEinWettbewerbMitStichtagUndKommunenDuerfenBeantragen() {
        Foerderbaustein b = p.baustein(5);

        assertThat(b.darfBeantragen(Antragsteller.KOMMUNE)).isTrue();
        assertThat(b.wettbewerb()).hasValueSatisfying(w -> {
            assertThat(w.einreichungsfrist()).isEqualTo(LocalDate.of(2020, 3, 31));
            assertThat(w.fristGewahrt(LocalDate.of(2020, 3, 31))).isTrue();
            assertThat(w.fristGewahrt(LocalDate.of(2020, 4, 1))).isFalse();
        });
    }

    @Test
    void eigenanteilCoesfeld2020DecktAusgabenInFuenffacherHoehe() {
        // seed 003: own share 2020 about 13,500 € – at the minimum 20 % this matches 67,500 € eligible expenditure
        Finanzierungsaufteilung a = p.baustein(1).foerderquote().orElseThrow().aufteilen(new BigDecimal("67500"));

        assertThat(a.landesanteilHoechstens()).isEqualByComparingTo("54000.00");
        assertThat(a.eigenanteilMindestens()).isEqualByComparingTo("13500.00");
    }

    @Test
    void beschreibungNenntBeideMinisterienUndDasFoerderende() {
        assertThat(p.programm().foerdergeber()).containsExactly(Foerdergeber.MKFFI, Foerdergeber.MAGS);
        assertThat(p.programm().standardFoerderzeitraum()).hasValueSatisfying(z ->
                assertThat(z.ende()).isEqualTo(LocalDate.of(2022, 6, 30)));
    }
}
