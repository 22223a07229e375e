package de.teilhabe.ui.sitzung;

import de.teilhabe.platform.sicherheit.Nutzer;
import de.teilhabe.platform.sicherheit.Rolle;
import de.teilhabe.ui.anmeldung.AnmeldeView;
import de.teilhabe.ui.audit.AuditView;
import de.teilhabe.ui.betrieb.KreiseView;
import de.teilhabe.ui.betrieb.OnboardingView;
import de.teilhabe.ui.kommune.KommunenView;
import de.teilhabe.ui.rahmen.KeinZugriffView;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class ZugriffTest {
    private static Nutzer kreisNutzer(Rolle... rollen) {
        return new Nutzer(UUID.randomUUID(), "x", "X", "neuss", "Rhein-Kreis Neuss", Set.of(rollen));
    }

    private static final Nutzer BETREIBER = new Nutzer(UUID.randomUUID(), "betrieb", "Betrieb", null, null,
            Set.of(Rolle.BETREIBER));

    @Test
    void betreiberSiehtBetriebsansichtenAberKeineKreisansichten() {
        assertThat(Zugriff.erlaubt(KreiseView.class, BETREIBER)).isTrue();
        assertThat(Zugriff.erlaubt(OnboardingView.class, BETREIBER)).isTrue();
        assertThat(Zugriff.erlaubt(AuditView.class, BETREIBER)).isTrue();
        assertThat(Zugriff.erlaubt(KommunenView.class, BETREIBER)).isFalse();
    }

    @Test
    void kreisnutzerErreichtNieBetriebsansichtenAuchNichtMitBetreiberRolle() {
        Nutzer mitAllenRollen = kreisNutzer(EnumSet.allOf(Rolle.class).toArray(Rolle[]::new));
        assertThat(Zugriff.erlaubt(KreiseView.class, mitAllenRollen)).isFalse();
        assertThat(Zugriff.erlaubt(OnboardingView.class, mitAllenRollen)).isFalse();
    }

    @Test
    void kreisrollen() {
        assertThat(Zugriff.erlaubt(KommunenView.class, kreisNutzer(Rolle.GREMIUM_LESERECHT))).isTrue();
        assertThat(Zugriff.erlaubt(AuditView.class, kreisNutzer(Rolle.KREIS_ADMIN))).isTrue();
        assertThat(Zugriff.erlaubt(AuditView.class, kreisNutzer(Rolle.CASE_MANAGEMENT))).isFalse();
    }

    @Test
    void ohneAnmeldungNurOeffentliches() {
        assertThat(Zugriff.erlaubt(AnmeldeView.class, null)).isTrue();
        assertThat(Zugriff.erlaubt(KeinZugriffView.class, null)).isFalse();
        assertThat(Zugriff.erlaubt(KommunenView.class, null)).isFalse();
    }

    @Test
    void ansichtOhneAnnotationIstGeschlossen() {
        assertThat(Zugriff.erlaubt(String.class, BETREIBER)).isFalse();
    }
}
