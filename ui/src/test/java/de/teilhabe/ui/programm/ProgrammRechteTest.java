package de.teilhabe.ui.programm;

import de.teilhabe.platform.sicherheit.Nutzer;
import de.teilhabe.platform.sicherheit.Rolle;
import de.teilhabe.ui.sitzung.Zugriff;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Who opens which program view, and numbers as the offices write them. */
class ProgrammRechteTest {

    private static Nutzer mit(Rolle rolle) {
        return new Nutzer(UUID.randomUUID(), "test", "Test", "t-kreis", "Kreis Test", Set.of(rolle));
    }

    @Test
    void programmeNurFuerKiUndKreisAdmin() {
        assertThat(Zugriff.erlaubt(ProgrammeView.class, mit(Rolle.KI_KOORDINATION))).isTrue();
        assertThat(Zugriff.erlaubt(ProgrammeView.class, mit(Rolle.KREIS_ADMIN))).isTrue();
        assertThat(Zugriff.erlaubt(ProgrammeView.class, mit(Rolle.CASE_MANAGEMENT))).isFalse();
        assertThat(Zugriff.erlaubt(ProgrammeView.class, mit(Rolle.MASSNAHMETRAEGER))).isFalse();
    }

    @Test
    void zielgruppeAuchFuersCaseManagement() {
        assertThat(Zugriff.erlaubt(ZielgruppeView.class, mit(Rolle.CASE_MANAGEMENT))).isTrue();
        assertThat(Zugriff.erlaubt(ZielgruppeView.class, mit(Rolle.KI_KOORDINATION))).isTrue();
        assertThat(Zugriff.erlaubt(ZielgruppeView.class, mit(Rolle.GREMIUM_LESERECHT))).isFalse();
        assertThat(Zugriff.erlaubt(ZielgruppeView.class, mit(Rolle.MASSNAHMETRAEGER))).isFalse();
    }

    @Test
    void stellenrechnerWieDieLeserechteDerStellen() {
        assertThat(Zugriff.erlaubt(StellenrechnerView.class, mit(Rolle.GREMIUM_LESERECHT))).isTrue();
        assertThat(Zugriff.erlaubt(StellenrechnerView.class, mit(Rolle.CASE_MANAGEMENT))).isTrue();
        assertThat(Zugriff.erlaubt(StellenrechnerView.class, mit(Rolle.MASSNAHMETRAEGER))).isFalse();
    }

    @Test
    void zahlenDeutschMitIhrenNachkommastellen() {
        assertThat(Darstellung.zahl(new BigDecimal("3.0"), Locale.GERMAN)).isEqualTo("3,0");
        assertThat(Darstellung.zahl(new BigDecimal("2.25"), Locale.GERMAN)).isEqualTo("2,25");
        assertThat(Darstellung.zahl(new BigDecimal("1308"), Locale.GERMAN)).isEqualTo("1.308");
        assertThat(Darstellung.zahl(new BigDecimal("3.0"), Locale.ENGLISH)).isEqualTo("3.0");
        assertThat(Darstellung.zahl(null, Locale.GERMAN)).isEmpty();
    }
}
