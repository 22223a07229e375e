package de.teilhabe.ui.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import de.teilhabe.platform.kommune.KommunenDienst;
import de.teilhabe.platform.sicherheit.Rolle;
import de.teilhabe.platform.teilnehmer.TeilnehmerDienst;
import de.teilhabe.platform.teilnehmer.TeilnehmerFilter;
import de.teilhabe.platform.traeger.TraegerVerzeichnis;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Real Chromium: the rules an API client meets (one line without control characters, length limits, required
 * fields) show as field errors in the UI's dialogs and in the intake form, in German, and nothing is saved until
 * the input keeps them. The rules come from the same constraints on the same input records.
 */
class EingaberegelnBrowserTest {
    private static final String STEUERZEICHEN =
            "Erlaubt ist eine Zeile ohne Steuerzeichen (kein Zeilenumbruch, kein Tabulator, kein Nullzeichen).";

    private static Testkreis kreis;

    @BeforeAll
    static void starten() throws Exception {
        kreis = Testkreis.starten("ui-regeln", "gemeinsam-klappts");
    }

    @AfterAll
    static void beenden() {
        if (kreis != null) {
            kreis.close();
        }
    }

    @Test
    void kommuneDialogZeigtLaengeUndSteuerzeichenAmFeld() {
        Seite admin = kreis.angemeldet(kreis.konto("admin2", Rolle.KREIS_ADMIN));
        int vorher = kreis.bean(KommunenDienst.class).liste(kreis.admin).size();
        admin.oeffnen("kommunen");
        admin.klicken("kommune-anlegen");
        Page page = admin.page();
        page.locator("#kommune-name input").fill("N".repeat(101));
        admin.klicken("kommune-speichern");
        feldfehler(page.locator("#kommune-name"), "Der Text ist zu lang: höchstens 100 Zeichen.");

        page.locator("#kommune-name input").fill("Neu\u0007stadt");
        admin.klicken("kommune-speichern");
        feldfehler(page.locator("#kommune-name"), STEUERZEICHEN);
        assertThat(kreis.bean(KommunenDienst.class).liste(kreis.admin)).hasSize(vorher);

        page.locator("#kommune-name input").fill("Neustadt");
        admin.klicken("kommune-speichern");
        assertThat(page.locator("#kommunen")).containsText("Neustadt");
        assertThat(kreis.bean(KommunenDienst.class).liste(kreis.admin)).hasSize(vorher + 1);
    }

    @Test
    void traegerDialogZeigtJedesFeldMitSeinerRegel() {
        Seite ki = kreis.angemeldet(kreis.konto("ki", Rolle.KI_KOORDINATION));
        ki.oeffnen("konfiguration/traeger");
        ki.klicken("traeger-anlegen");
        Page page = ki.page();
        page.locator("#traeger-name input").fill("   ");
        page.locator("#traeger-kurzname input").fill("AWO\u001b");
        page.locator("#traeger-rechtsform input").fill("G".repeat(501));
        ki.klicken("traeger-speichern");

        feldfehler(page.locator("#traeger-name"), "Bitte ausfüllen.");
        feldfehler(page.locator("#traeger-kurzname"), STEUERZEICHEN);
        feldfehler(page.locator("#traeger-rechtsform"), "Der Text ist zu lang: höchstens 500 Zeichen.");
        assertThat(kreis.bean(TraegerVerzeichnis.class).liste(kreis.ki())).isEmpty();
    }

    @Test
    void aufnahmeZeigtDieRegelnAnDenFeldernDerPerson() {
        Seite cm = kreis.angemeldet(kreis.konto("cm", Rolle.CASE_MANAGEMENT));
        cm.oeffnen("teilnehmer/aufnahme");
        Page page = cm.page();
        page.locator("#person-vorname input").fill("Amina\u0007");
        page.locator("#person-nachname input").fill("B".repeat(501));
        cm.klicken("aufnahme-pruefen");

        feldfehler(page.locator("#person-vorname"), STEUERZEICHEN);
        feldfehler(page.locator("#person-nachname"), "Der Text ist zu lang: höchstens 500 Zeichen.");
        assertThat(kreis.bean(TeilnehmerDienst.class).suchen(kreis.ki(), new TeilnehmerFilter(null, null, null, null, null,
                null, 0, 10)).gesamt()).isZero();
        cm.foto("eingaberegeln-aufnahme");
    }

    private static void feldfehler(Locator feld, String text) {
        assertThat(feld).hasAttribute("invalid", "");
        assertThat(feld.locator("[slot=error-message]")).hasText(text);
    }
}
