package de.teilhabe.ui.browser;

import com.microsoft.playwright.Locator;
import de.teilhabe.platform.demo.RknMassnahmen;
import de.teilhabe.platform.kommune.Kommune;
import de.teilhabe.platform.kommune.KommunenDienst;
import de.teilhabe.platform.massnahme.Massnahmen;
import de.teilhabe.platform.massnahme.Status;
import de.teilhabe.platform.sicherheit.Nutzer;
import de.teilhabe.platform.sicherheit.Rolle;
import de.teilhabe.platform.teilnehmer.AufenthaltDaten;
import de.teilhabe.platform.teilnehmer.AufnahmeAntrag;
import de.teilhabe.platform.teilnehmer.TeilnehmerDaten;
import de.teilhabe.platform.teilnehmer.TeilnehmerAufnahme;
import de.teilhabe.platform.traeger.TraegerKonten;
import de.teilhabe.plugin.api.zielgruppe.Aufenthaltsstatus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Real Chromium: a case manager takes a tolerated young adult into „Gemeinsam klappt’s“ (the verdict shown),
 * assigns her to a running Maßnahme, records her drop-out with its reason and de-registers her from the program; the provider of
 * that Maßnahme sees her with name and assignment only, and cannot open another person — neither the case file nor
 * through its own view. Screenshots: target/screenshots/fall-*.png.
 */
class FallmanagementBrowserTest {
    private static Testkreis kreis;
    private static UUID anderePerson;

    @BeforeAll
    static void starten() throws Exception {
        kreis = Testkreis.starten("ui-fall", "durchstarten", "gemeinsam-klappts");
        Nutzer ki = kreis.ki();
        kreis.bean(RknMassnahmen.class).anlegen(ki);
        kreis.konto("cm", Rolle.CASE_MANAGEMENT);
        String traegerKonto = kreis.konto("traeger", Rolle.MASSNAHMETRAEGER);
        UUID traeger = kreis.bean(Massnahmen.class).tabelle(ki).stream().filter(m -> m.status() == Status.LAUFEND)
                .findFirst().orElseThrow().traegerId();
        kreis.bean(TraegerKonten.class).zuordnen(kreis.admin, traeger, traegerKonto);
        UUID neuss = kreis.bean(KommunenDienst.class).liste(ki).stream().filter(k -> k.name().equals("Neuss"))
                .map(Kommune::id).findFirst().orElseThrow();
        anderePerson = kreis.bean(TeilnehmerAufnahme.class).aufnehmen(ki, new AufnahmeAntrag(new TeilnehmerDaten(
                "Omid", "Andere", LocalDate.of(1999, 1, 1), neuss, null, null), new AufenthaltDaten(
                Aufenthaltsstatus.GESTATTUNG, LocalDate.of(2020, 1, 1), null), "gemeinsam-klappts",
                LocalDate.of(2021, 2, 1), null, null, null, null, List.of())).teilnehmer().id();
    }

    @AfterAll
    static void beenden() {
        if (kreis != null) {
            kreis.close();
        }
    }

    @Test
    void aufnahmeZuweisungAbbruchAbmeldungUndDieSichtDesTraegers() {
        Seite cm = kreis.angemeldet(kreis.slug + ".cm");
        cm.oeffnen("teilnehmer");
        cm.klicken("teilnehmer-aufnahme");
        cm.eingeben("person-vorname", "Amina");
        cm.eingeben("person-nachname", "Browser");
        cm.datum("person-geburtsdatum", "12.04.2000");
        cm.auswaehlen("person-kommune", "Neuss");
        cm.waehlen("aufnahme-status", "Duldung");
        cm.datum("aufnahme-status-ab", "01.06.2019");
        cm.datum("aufnahme-am", "01.03.2021");
        cm.klicken("aufnahme-pruefen");
        Locator urteil = cm.page().locator(".urteil[data-programm='gemeinsam-klappts']");
        assertThat(urteil).hasClass(java.util.regex.Pattern.compile("im-ziel"));
        assertThat(urteil).containsText("primäre Zielgruppe");
        cm.waehlen("aufnahme-programm", "Gemeinsam klappt");
        cm.page().locator("#aufnahme-einwilligungen vaadin-checkbox")
                .filter(new Locator.FilterOptions().setHasText("Maßnahmeträgern")).locator("input").check();
        cm.foto("fall-01-aufnahme-urteil");
        cm.klicken("aufnahme-speichern");
        assertThat(cm.page().locator("#teilnehmer-titel")).hasText("Browser, Amina");
        cm.foto("fall-02-stammdaten");

        reiter(cm, "Zuweisungen");
        cm.klicken("zuweisung-anlegen");
        cm.auswaehlen("zuweisung-massnahme", "laufend");
        cm.datum("zuweisung-ab", "15.03.2021");
        cm.klicken("zuweisung-speichern");
        assertThat(cm.zelle("zuweisungen", "laufend")).isVisible();
        cm.page().locator("#zuweisungen vaadin-button").filter(new Locator.FilterOptions().setHasText("beenden")).click();
        cm.warten();
        cm.waehlen("zuweisungsende-ergebnis", "Abbruch");
        cm.datum("zuweisungsende-bis", "25.03.2021");
        cm.klicken("zuweisungsende-speichern");
        assertThat(cm.page().locator("#zuweisungsende-grund")).hasAttribute("invalid", "");
        cm.foto("fall-03-abbruch-ohne-grund");
        cm.eingeben("zuweisungsende-grund", "nicht mehr erschienen");
        cm.klicken("zuweisungsende-speichern");
        assertThat(cm.zelle("zuweisungen", "Abbruch")).isVisible();
        cm.foto("fall-04-zuweisungen");

        reiter(cm, "Programme");
        cm.page().locator("#teilnahmen-gemeinsam-klappts .teilnahme-abmelden").click();
        cm.warten();
        cm.datum("abmeldung-am", "31.03.2021");
        cm.waehlen("abmeldung-art", "nicht erreichbar");
        cm.eingeben("abmeldung-grund", "nicht erreichbar");
        cm.klicken("abmeldung-speichern");
        assertThat(cm.page().locator("#teilnehmer-stand")).hasText("abgemeldet");
        reiter(cm, "Verlauf");
        assertThat(cm.zelle("verlauf", "Abmeldung aus Gemeinsam klappt’s: nicht erreichbar")).isVisible();
        cm.foto("fall-05-verlauf");

        Seite traeger = kreis.angemeldet(kreis.slug + ".traeger");
        traeger.oeffnen("traeger/teilnehmende");
        assertThat(traeger.zelle("traeger-teilnehmende", "Browser, Amina")).isVisible();
        assertThat(traeger.zelle("traeger-teilnehmende", "Abbruch")).isVisible();
        assertThat(traeger.page().locator("#traeger-teilnehmende")).not().containsText("Andere");
        traeger.foto("fall-06-traeger-sicht");
        traeger.oeffnen("teilnehmer/" + anderePerson);
        assertThat(traeger.page().locator("#kein-zugriff")).isVisible();
        traeger.foto("fall-07-traeger-kein-zugriff");
        traeger.oeffnen("traeger/teilnehmende/" + anderePerson);
        assertThat(traeger.page().locator("#traeger-hinweis")).hasText("Die Person wurde nicht gefunden.");
        assertThat(traeger.page().locator("#traeger-teilnehmende")).not().containsText("Andere");
        traeger.foto("fall-08-traeger-fremde-person");
    }

    private static void reiter(Seite seite, String name) {
        seite.page().locator("vaadin-tab").filter(new Locator.FilterOptions().setHasText(name)).click();
        seite.warten();
    }
}
