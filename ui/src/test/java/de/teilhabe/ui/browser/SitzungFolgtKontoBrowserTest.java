package de.teilhabe.ui.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import de.teilhabe.platform.benutzer.BenutzerDaten;
import de.teilhabe.platform.benutzer.Benutzerverwaltung;
import de.teilhabe.platform.benutzer.Konto;
import de.teilhabe.platform.kommune.Kommune;
import de.teilhabe.platform.kommune.KommunenDienst;
import de.teilhabe.platform.sicherheit.Rolle;
import de.teilhabe.platform.teilnehmer.AufenthaltDaten;
import de.teilhabe.platform.teilnehmer.AufnahmeAntrag;
import de.teilhabe.platform.teilnehmer.TeilnehmerAufnahme;
import de.teilhabe.platform.teilnehmer.TeilnehmerDaten;
import de.teilhabe.plugin.api.zielgruppe.Aufenthaltsstatus;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Real Chromium: an open UI session follows its account. The Kreis admin takes the case-management role away, or
 * deactivates the account, or sets a new password, while the case manager has the participant list open; her next
 * click (a search, no navigation, no sign-out) no longer shows a person: access denied, or the sign-in page.
 */
class SitzungFolgtKontoBrowserTest {
    private static Testkreis kreis;

    @BeforeAll
    static void starten() throws Exception {
        kreis = Testkreis.starten("ui-konto", "gemeinsam-klappts");
        UUID neuss = kreis.bean(KommunenDienst.class).liste(kreis.ki()).stream()
                .filter(k -> k.name().equals("Neuss")).map(Kommune::id).findFirst().orElseThrow();
        kreis.bean(TeilnehmerAufnahme.class).aufnehmen(kreis.ki(), new AufnahmeAntrag(new TeilnehmerDaten("Omid",
                "Sichtbar", LocalDate.of(1999, 1, 1), neuss, null, null), new AufenthaltDaten(
                Aufenthaltsstatus.GESTATTUNG, LocalDate.of(2020, 1, 1), null), "gemeinsam-klappts",
                LocalDate.of(2021, 2, 1), null, null, null, null, List.of(), List.of(), null));
    }

    @AfterAll
    static void beenden() {
        if (kreis != null) {
            kreis.close();
        }
    }

    @Test
    void entzogeneRolleGiltBeimNaechstenKlick() {
        Seite cm = offeneListe("cm1");
        aendern(kreis.slug + ".cm1", Set.of(Rolle.GREMIUM_LESERECHT), true, null);
        cm.eingeben("filter-suche", "Omid");
        assertThat(cm.page().locator("#kein-zugriff")).isVisible();
        assertThat(cm.page().locator("body")).not().containsText("Sichtbar");
    }

    @Test
    void deaktiviertesKontoLandetBeiDerAnmeldung() {
        Seite cm = offeneListe("cm2");
        aendern(kreis.slug + ".cm2", Set.of(Rolle.CASE_MANAGEMENT), false, null);
        cm.eingeben("filter-suche", "Omid");
        assertThat(cm.page().locator("#vaadinLoginUsername")).isVisible();
        assertThat(cm.page().locator("body")).not().containsText("Sichtbar");
    }

    @Test
    void neuesPasswortBeendetDieOffeneSitzung() {
        Seite cm = offeneListe("cm3");
        aendern(kreis.slug + ".cm3", Set.of(Rolle.CASE_MANAGEMENT), true, "ein-ganz-neues-Passwort-7");
        cm.eingeben("filter-suche", "Omid");
        assertThat(cm.page().locator("#vaadinLoginUsername")).isVisible();
    }

    private static Seite offeneListe(String name) {
        Seite cm = kreis.angemeldet(kreis.konto(name, Rolle.CASE_MANAGEMENT));
        cm.oeffnen("teilnehmer");
        assertThat(cm.page().locator("#teilnehmer")).containsText("Sichtbar");
        return cm;
    }

    private static void aendern(String name, Set<Rolle> rollen, boolean aktiv, String passwort) {
        Benutzerverwaltung verwaltung = kreis.bean(Benutzerverwaltung.class);
        Konto k = verwaltung.liste(kreis.admin).stream().filter(x -> x.benutzername().equals(name)).findFirst()
                .orElseThrow();
        verwaltung.aendern(kreis.admin, k.id(), k.version(), new BenutzerDaten(name, "cm", rollen, aktiv, passwort));
    }
}
