package de.teilhabe.ui.browser;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import de.teilhabe.platform.bericht.Aufnahmetabelle;
import de.teilhabe.platform.bericht.Aufnahmezeile;
import de.teilhabe.platform.bericht.Stichtagsberichte;
import de.teilhabe.platform.kommune.Kommune;
import de.teilhabe.platform.kommune.KommunenDienst;
import de.teilhabe.platform.sicherheit.Nutzer;
import de.teilhabe.platform.sicherheit.Rolle;
import de.teilhabe.platform.teilnehmer.AufenthaltDaten;
import de.teilhabe.platform.teilnehmer.AufnahmeAntrag;
import de.teilhabe.platform.teilnehmer.TeilnehmerAufnahme;
import de.teilhabe.platform.teilnehmer.TeilnehmerDaten;
import de.teilhabe.plugin.api.zielgruppe.Aufenthaltsstatus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Real Chromium, the dated history end to end: a case manager opens a person taken into „Gemeinsam klappt’s“ in
 * Neuss, records her move to Kaarst with a past date, de-registers her from the program and re-admits her. Report (a)
 * „Teilnehmende nach Kommune und Aufenthaltsstatus“ for a cut-off date before the move gives exactly the rows it gave
 * before these changes; for a date after the move it counts her in Kaarst — read from the service and from the CSV
 * the Berichte view downloads. A person taken in without birth date is in the list of open clarifications, overdue.
 * Screenshots: target/screenshots/verlauf-*.png.
 */
class VerlaufBrowserTest {
    private static final String PROGRAMM = "gemeinsam-klappts";
    private static final LocalDate FRUEHER = LocalDate.of(2021, 3, 31);
    private static final LocalDate SPAETER = LocalDate.of(2021, 7, 31);
    private static Testkreis kreis;
    private static Nutzer ki;
    private static UUID amira;
    private static Aufnahmetabelle frueherVorher;
    private static Aufnahmetabelle spaeterVorher;

    @BeforeAll
    static void starten() throws Exception {
        kreis = Testkreis.starten("ui-verb", "durchstarten", PROGRAMM);
        ki = kreis.ki();
        kreis.konto("cm", Rolle.CASE_MANAGEMENT);
        UUID neuss = kreis.bean(KommunenDienst.class).liste(ki).stream().filter(k -> k.name().equals("Neuss"))
                .map(Kommune::id).findFirst().orElseThrow();
        TeilnehmerAufnahme aufnahme = kreis.bean(TeilnehmerAufnahme.class);
        amira = aufnahme.aufnehmen(ki, new AufnahmeAntrag(new TeilnehmerDaten("Amira", "Umzug", LocalDate.of(2000, 3, 3),
                neuss, null, null), new AufenthaltDaten(Aufenthaltsstatus.DULDUNG, LocalDate.of(2019, 1, 1), null),
                PROGRAMM, LocalDate.of(2021, 2, 1), null, null, null, null, List.of())).teilnehmer().id();
        aufnahme.aufnehmen(ki, new AufnahmeAntrag(new TeilnehmerDaten("Bilal", "Bleibt", LocalDate.of(1999, 8, 8), neuss,
                null, null), new AufenthaltDaten(Aufenthaltsstatus.GESTATTUNG, LocalDate.of(2020, 1, 1), null), PROGRAMM,
                LocalDate.of(2021, 2, 15), null, null, null, null, List.of()));
        UUID dormagen = kreis.bean(KommunenDienst.class).liste(ki).stream().filter(k -> k.name().equals("Dormagen"))
                .map(Kommune::id).findFirst().orElseThrow();
        aufnahme.aufnehmen(ki, new AufnahmeAntrag(new TeilnehmerDaten("Nadia", "Ohne", null, dormagen, null, null),
                new AufenthaltDaten(Aufenthaltsstatus.DULDUNG, LocalDate.of(2019, 1, 1), null), PROGRAMM,
                LocalDate.of(2021, 3, 1), null, null, null, null, List.of(), List.of(), LocalDate.of(2021, 4, 1)));
        frueherVorher = bericht(FRUEHER);
        spaeterVorher = bericht(SPAETER);
        assertThat(zeile(frueherVorher, "Neuss").gesamt()).as("both taken in in Neuss").isEqualTo(2);
        assertThat(zeile(spaeterVorher, "Kaarst").gesamt()).isZero();
    }

    @AfterAll
    static void beenden() {
        if (kreis != null) {
            kreis.close();
        }
    }

    @Test
    void umzugAbmeldungUndWiederaufnahmeAendernFruehereBerichteNicht() throws Exception {
        Seite cm = kreis.angemeldet(kreis.slug + ".cm");
        cm.oeffnen("teilnehmer/" + amira);
        assertThat(cm.page().locator("#teilnehmer-titel")).hasText("Umzug, Amira");

        reiter(cm, "Wohnorte");
        cm.klicken("umzug-erfassen");
        cm.auswaehlen("wohnort-kommune", "Kaarst");
        cm.datum("wohnort-ab", "01.05.2021");
        cm.foto("verlauf-01-umzug");
        cm.klicken("wohnort-speichern");
        assertThat(cm.page().locator("vaadin-dialog-overlay")).hasCount(0);
        assertThat(cm.zelle("wohnorte", "Kaarst")).isVisible();
        assertThat(cm.zelle("wohnorte", "01.05.2021").first()).isVisible();
        cm.foto("verlauf-02-wohnorte");

        reiter(cm, "Programme");
        cm.page().locator("#teilnahmen-gemeinsam-klappts .teilnahme-abmelden").click();
        cm.warten();
        assertThat(cm.page().locator("vaadin-dialog-overlay")).containsText("Aus Programm abmelden");
        cm.datum("abmeldung-am", "30.06.2021");
        cm.waehlen("abmeldung-art", "nicht erreichbar");
        cm.eingeben("abmeldung-grund", "seit Mai kein Kontakt");
        cm.klicken("abmeldung-speichern");
        assertThat(cm.page().locator("#teilnehmer-stand")).hasText("abgemeldet");
        assertThat(cm.zelle("teilnahmen-gemeinsam-klappts", "30.06.2021")).isVisible();

        cm.page().locator("#teilnahmen-gemeinsam-klappts .teilnahme-wiederaufnehmen").click();
        cm.warten();
        cm.datum("teilnahme-am", "15.07.2021");
        cm.foto("verlauf-03-wiederaufnahme");
        cm.klicken("teilnahme-speichern");
        assertThat(cm.page().locator("#teilnehmer-stand")).hasText("aktiv");
        assertThat(cm.zelle("teilnahmen-gemeinsam-klappts", "15.07.2021")).isVisible();
        assertThat(cm.page().locator("#teilnahmen-gemeinsam-klappts .teilnahme-abmelden")).hasCount(1);
        cm.foto("verlauf-04-episoden");

        Aufnahmetabelle frueher = bericht(FRUEHER);
        assertThat(frueher.zeilen()).as("a report before the move: every Kommune row as before the changes")
                .isEqualTo(frueherVorher.zeilen());
        assertThat(frueher.summe()).isEqualTo(frueherVorher.summe());
        Aufnahmetabelle spaeter = bericht(SPAETER);
        assertThat(zeile(spaeter, "Kaarst").gesamt()).as("after the move she counts in Kaarst").isEqualTo(1);
        assertThat(zeile(spaeter, "Kaarst").aktiv()).as("re-admitted on 15.07.2021").isEqualTo(1);
        assertThat(zeile(spaeter, "Neuss").gesamt()).isEqualTo(zeile(spaeterVorher, "Neuss").gesamt() - 1);
        assertThat(spaeter.summe().gesamt()).isEqualTo(spaeterVorher.summe().gesamt());

        cm.oeffnen("berichte");
        cm.waehlen("bericht-programm", "Gemeinsam klappt");
        cm.datum("bericht-stichtag", "31.03.2021");
        Map<String, Map<String, String>> csvFrueher = csv(cm);
        assertThat(csvFrueher.get("Neuss")).containsEntry("aufgenommen", "2").containsEntry("aktiv", "2");
        assertThat(csvFrueher.get("Kaarst")).containsEntry("aufgenommen", "0");
        cm.datum("bericht-stichtag", "31.07.2021");
        Map<String, Map<String, String>> csvSpaeter = csv(cm);
        assertThat(csvSpaeter.get("Kaarst")).containsEntry("aufgenommen", "1").containsEntry("Duldung", "1")
                .containsEntry("aktiv", "1");
        assertThat(csvSpaeter.get("Neuss")).containsEntry("aufgenommen", "1").containsEntry("Duldung", "0");
        cm.foto("verlauf-05-bericht-nach-umzug");

        cm.oeffnen("klaerungen");
        assertThat(cm.zelle("klaerungen", "Ohne, Nadia")).isVisible();
        assertThat(cm.page().locator("#klaerungen .klaerung-ueberfaellig")).hasText("überfällig");
        assertThat(cm.page().locator("#klaerungen")).not().containsText("Umzug, Amira");
        cm.foto("verlauf-06-offene-klaerungen");
    }

    private static Aufnahmetabelle bericht(LocalDate stichtag) {
        return kreis.bean(Stichtagsberichte.class).aufnahme(ki, PROGRAMM, stichtag);
    }

    private static Aufnahmezeile zeile(Aufnahmetabelle t, String kommune) {
        return t.zeilen().stream().filter(z -> z.kommune().equals(kommune)).findFirst().orElseThrow();
    }

    /** Report (a) as the Berichte view downloads it as CSV: Kommune → column heading → cell. */
    private static Map<String, Map<String, String>> csv(Seite seite) throws Exception {
        Download datei = seite.page().waitForDownload(() -> seite.page().locator("#aufnahme-csv").click());
        List<String> zeilen = Arrays.asList(new String(Files.readAllBytes(datei.path()), StandardCharsets.UTF_8)
                .replace("\uFEFF", "").split("\r\n"));
        int kopf = zeilen.indexOf(zeilen.stream().filter(z -> z.startsWith("Kommune;")).findFirst().orElseThrow());
        List<String> spalten = Arrays.asList(zeilen.get(kopf).split(";", -1));
        Map<String, Map<String, String>> tabelle = new LinkedHashMap<>();
        for (String zeile : zeilen.subList(kopf + 1, zeilen.size())) {
            if (zeile.isBlank()) {
                break;
            }
            String[] zellen = zeile.split(";", -1);
            Map<String, String> werte = new LinkedHashMap<>();
            for (int i = 1; i < zellen.length && i < spalten.size(); i++) {
                werte.put(spalten.get(i), zellen[i]);
            }
            tabelle.put(zellen[0], werte);
        }
        return tabelle;
    }

    private static void reiter(Seite seite, String name) {
        seite.page().locator("vaadin-tab").filter(new Locator.FilterOptions().setHasText(name)).click();
        seite.warten();
    }
}
