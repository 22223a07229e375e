package de.teilhabe.platform.bericht;

import static de.teilhabe.platform.finanzierung.Programmumgebung.DURCHSTARTEN;
import static de.teilhabe.platform.finanzierung.Programmumgebung.GEMEINSAM_KLAPPTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import de.teilhabe.platform.demo.RknMassnahmen;
import de.teilhabe.platform.dokument.Dateiformat;
import de.teilhabe.platform.dokument.Dokument;
import de.teilhabe.platform.dokument.Dokumentdaten;
import de.teilhabe.platform.fehler.FachlicherFehler;
import de.teilhabe.platform.finanzierung.EigenanteilDaten;
import de.teilhabe.platform.finanzierung.Eigenanteile;
import de.teilhabe.platform.finanzierung.Programmumgebung;
import de.teilhabe.platform.kommune.Kommune;
import de.teilhabe.platform.kommune.KommunenDienst;
import de.teilhabe.platform.mandant.KreisTransaktion;
import de.teilhabe.platform.sicherheit.Nutzer;
import de.teilhabe.platform.sicherheit.Rolle;
import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Frozen reports, the plugins' report parts, the funding report at a Stichtag and the report folder, on the
 * Rhein-Kreis Neuss of 31.03.2021 (seed 000).
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BerichtsstandTest implements TestPropertyProvider {

    static final LocalDate STICHTAG = RknStichtag31032021.STICHTAG;

    @Inject ApplicationContext ctx;
    @Inject Berichtsstaende staende;
    @Inject Berichtsdokumente dokumente;

    Nutzer ki;
    Nutzer gremium;

    @Override
    public Map<String, String> getProperties() {
        return Map.of("teilhabe.plugins.verzeichnis", Programmumgebung.pluginVerzeichnis());
    }

    @BeforeAll
    void kreis() {
        Nutzer admin = Programmumgebung.kreisMit(ctx, "berichtsstand", DURCHSTARTEN, GEMEINSAM_KLAPPTS);
        ki = RknStichtagTest.rolle(admin, Rolle.KI_KOORDINATION);
        gremium = RknStichtagTest.rolle(admin, Rolle.GREMIUM_LESERECHT);
        ctx.getBean(RknMassnahmen.class).anlegen(ki);
        ctx.getBean(RknStichtag31032021.class).anlegen(admin.kreisSlug(), admin.kreisSlug() + ".cm");
    }

    @Test
    void festgeschriebenBleibtWieAusgegebenUndDerVergleichZeigtDieNachmeldung() {
        Dokument ausgegeben = dokumente.aufnahme(ki, GEMEINSAM_KLAPPTS, STICHTAG);
        Berichtsstand s = staende.festschreiben(ki, new Festschreibung(Berichtsart.AUFNAHME, GEMEINSAM_KLAPPTS,
                STICHTAG, "Sozial- und Gesundheitsausschuss, 20.05.2021", false));
        byte[] damals = Dateiformat.CSV.bytes(staende.oeffnen(ki, s.id()));
        assertThat(new String(damals, StandardCharsets.UTF_8)).contains("Summe;122;80;2;0;204;19;185;2");

        nachmelden("Neuss");

        assertThat(Dateiformat.CSV.bytes(staende.oeffnen(ki, s.id()))).as("reopens identically").isEqualTo(damals);
        assertThat(Dokumentdaten.von(staende.oeffnen(ki, s.id()))).as("every cell and chart value with its type")
                .isEqualTo(Dokumentdaten.von(ausgegeben));
        assertThat(Dateiformat.CSV.bytes(dokumente.aufnahme(ki, GEMEINSAM_KLAPPTS, STICHTAG))).isNotEqualTo(damals);
        List<Abweichung> diff = staende.vergleich(ki, s.id(), STICHTAG);
        assertThat(diff).filteredOn(a -> a.zeile().equals("Neuss") && a.spalte().equals("Duldung")).singleElement()
                .satisfies(a -> {
                    assertThat(a.differenz()).isEqualByComparingTo("1");
                    assertThat(Integer.parseInt(a.heute())).isEqualTo(Integer.parseInt(a.damals()) + 1);
                });
        assertThat(diff).filteredOn(a -> a.zeile().equals("Summe") && a.spalte().equals("aufgenommen"))
                .singleElement().satisfies(a -> assertThat(List.of(a.damals(), a.heute())).containsExactly("204", "205"));
        assertThat(diff).as("only Neuss and the sum changed, in Duldung, aufgenommen and aktiv")
                .extracting(a -> a.zeile() + "/" + a.spalte()).containsExactlyInAnyOrder("Neuss/Duldung",
                        "Neuss/aufgenommen", "Neuss/aktiv", "Summe/Duldung", "Summe/aufgenommen", "Summe/aktiv");
        assertThat(staende.liste(ki, GEMEINSAM_KLAPPTS)).extracting(Berichtsstand::id).contains(s.id());
    }

    @Test
    void dieDatenbankLaesstKeinenFestgeschriebenenBerichtAendern() {
        Berichtsstand s = staende.festschreiben(ki, new Festschreibung(Berichtsart.ZUWEISUNGEN, GEMEINSAM_KLAPPTS,
                STICHTAG, "Kreisausschuss", null));
        assertThat(s.geschuetzt()).as("for committees by default").isTrue();
        for (String aenderung : List.of("update berichtsstand set anlass = 'anders' where id = ?",
                "delete from berichtsstand where id = ?")) {
            assertThatThrownBy(() -> ctx.getBean(KreisTransaktion.class).schreiben(ki.kreisSlug(),
                    () -> ctx.getBean(DSLContext.class).execute(aenderung, s.id())))
                    .hasStackTraceContaining("permission denied");
        }
    }

    @Test
    void gremienSehenNurGeschuetzteStaende() {
        Berichtsstand offen = staende.festschreiben(ki, new Festschreibung(Berichtsart.AUFNAHME, GEMEINSAM_KLAPPTS,
                STICHTAG, "intern", false));
        Berichtsstand geschuetzt = staende.festschreiben(ki, new Festschreibung(Berichtsart.AUFNAHME,
                GEMEINSAM_KLAPPTS, STICHTAG, "Ausschuss", true));
        assertThat(staende.liste(gremium, GEMEINSAM_KLAPPTS)).extracting(Berichtsstand::id)
                .contains(geschuetzt.id()).doesNotContain(offen.id());
        assertThat(catchThrowableOfType(() -> staende.oeffnen(gremium, offen.id()), FachlicherFehler.class).code())
                .isEqualTo("bericht.stand.unbekannt");
        String text = new String(Dateiformat.CSV.bytes(staende.oeffnen(gremium, geschuetzt.id())),
                StandardCharsets.UTF_8);
        assertThat(text).as("Jüchen's single Aufenthaltstitel is suppressed").contains("Jüchen;").contains("·");
        assertThat(catchThrowableOfType(() -> staende.festschreiben(gremium, new Festschreibung(Berichtsart.AUFNAHME,
                GEMEINSAM_KLAPPTS, STICHTAG, "x", true)), FachlicherFehler.class).code()).isEqualTo("zugriff.verboten");
    }

    @Test
    void ohneAnlassWirdNichtsFestgeschrieben() {
        int vorher = staende.liste(ki, GEMEINSAM_KLAPPTS).size();
        FachlicherFehler f = catchThrowableOfType(() -> staende.festschreiben(ki, new Festschreibung(
                Berichtsart.AUFNAHME, GEMEINSAM_KLAPPTS, STICHTAG, " ", false)), FachlicherFehler.class);
        assertThat(f.feldfehler()).extracting(e -> e.feld() + ":" + e.code()).containsExactly("anlass:bericht.anlass.fehlt");
        FachlicherFehler ohneArt = catchThrowableOfType(() -> staende.festschreiben(ki, new Festschreibung(
                null, GEMEINSAM_KLAPPTS, STICHTAG, null, false)), FachlicherFehler.class);
        assertThat(ohneArt.feldfehler()).extracting(e -> e.feld() + ":" + e.code())
                .containsExactly("anlass:bericht.anlass.fehlt", "art:pflichtfeld");
        assertThat(staende.liste(ki, GEMEINSAM_KLAPPTS)).hasSize(vorher);
        assertThat(catchThrowableOfType(() -> staende.oeffnen(ki, UUID.randomUUID()), FachlicherFehler.class).code())
                .isEqualTo("bericht.stand.unbekannt");
    }

    @Test
    void derBerichtsteilDesPluginsRechnetMitDenZahlenDesKreises() {
        String id = "gemeinsam-klappts.aufnahmestand";
        assertThat(dokumente.verzeichnis(ki, GEMEINSAM_KLAPPTS)).extracting(Berichtsart::id)
                .as("the council paper's order, then the plugin's parts").containsExactly(Berichtsart.ZIELGRUPPENBASIS,
                Berichtsart.AUFNAHME, Berichtsart.ZUWEISUNGEN, Berichtsart.MASSNAHMEN, Berichtsart.STELLEN,
                Berichtsart.STELLENVERTEILUNG, Berichtsart.FINANZIERUNG, Berichtsart.GREMIENZAHLEN, id);
        Dokument d = dokumente.dokument(ki, id, GEMEINSAM_KLAPPTS, STICHTAG);
        Dokument.Tabelle t = d.tabellen().get(0);
        assertThat(t.spalten()).containsExactly("Kommune", "Anzahl Geduldeter", "Anzahl Gestatteter",
                "Aufenthaltstitel", "gesamt", "abgemeldet", "aktiv");
        assertThat(t.zeilen().get(t.zeilen().size() - 1)).as("the council paper's sum row")
                .containsExactly("Summe", 122L, 80L, 2L, 204L, 19L, 185L);
        assertThat(t.zeilen()).hasSize(9);
        assertThat(catchThrowableOfType(() -> dokumente.dokument(gremium, id, GEMEINSAM_KLAPPTS, STICHTAG),
                FachlicherFehler.class).feldfehler()).extracting(e -> e.code()).containsExactly("bericht.beitrag.gremium");
        assertThat(catchThrowableOfType(() -> dokumente.dokument(ki, "gemeinsam-klappts.gibt-es-nicht",
                GEMEINSAM_KLAPPTS, STICHTAG), FachlicherFehler.class).code()).isEqualTo("bericht.art.unbekannt");
    }

    @Test
    void finanzierungZumStichtag() {
        var fb1 = ctx.getBean(de.teilhabe.platform.baustein.Bausteine.class).liste(ki).stream()
                .filter(b -> b.programmId().equals(DURCHSTARTEN) && b.nummer() == 1).findFirst().orElseThrow();
        Eigenanteile eigen = ctx.getBean(Eigenanteile.class);
        eigen.anlegen(ki, new EigenanteilDaten(DURCHSTARTEN, fb1.id(), 2020, new BigDecimal("13500"),
                "Integrationspauschale", null));
        eigen.anlegen(ki, new EigenanteilDaten(DURCHSTARTEN, fb1.id(), 2022, new BigDecimal("5000"),
                "Integrationspauschale", null));
        assertThat(summeEigenanteil(STICHTAG)).isEqualTo("13.500,00 €");
        assertThat(summeEigenanteil(LocalDate.of(2022, 12, 31))).isEqualTo("18.500,00 €");
    }

    @Test
    void alleBerichteInEinerMappe() throws Exception {
        byte[] xlsx = Dateiformat.XLSX.bytes(dokumente.mappe(ki, GEMEINSAM_KLAPPTS, STICHTAG));
        try (XSSFWorkbook mappe = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(mappe.getNumberOfSheets()).isEqualTo(dokumente.verzeichnis(ki, GEMEINSAM_KLAPPTS).size());
            assertThat(mappe.getSheetAt(1).getSheetName()).as("Excel allows 31 characters").isEqualTo("Teilnehmende nach Kommune und A");
        }
        byte[] pdf = Dateiformat.PDF.bytes(dokumente.mappe(ki, GEMEINSAM_KLAPPTS, STICHTAG));
        var leser = new com.lowagie.text.pdf.PdfReader(pdf);
        assertThat(leser.getNumberOfPages()).isGreaterThanOrEqualTo(dokumente.verzeichnis(ki, GEMEINSAM_KLAPPTS).size());
        StringBuilder text = new StringBuilder();
        for (int seite = 1; seite <= leser.getNumberOfPages(); seite++) {
            text.append(new com.lowagie.text.pdf.parser.PdfTextExtractor(leser).getTextFromPage(seite));
        }
        assertThat(text.toString()).as("the chart's title is drawn").contains("Aufgenommen je Kommune nach Aufenthaltsstatus")
                .contains("Mittel je Förderbaustein (€)");
    }

    private String summeEigenanteil(LocalDate stichtag) {
        Dokument d = dokumente.finanzierung(ki, DURCHSTARTEN, stichtag);
        List<?> summe = d.tabellen().get(0).zeilen().stream().filter(z -> "Summe".equals(z.get(0))).findFirst()
                .orElseThrow();
        return de.teilhabe.platform.dokument.Zellen.text(summe.get(3));
    }

    /** A late entry: someone tolerated in Neuss taken in on 01.03.2021, recorded after the report was issued. */
    private void nachmelden(String kommune) {
        UUID ort = ctx.getBean(KommunenDienst.class).liste(ki).stream().filter(k -> k.name().equals(kommune))
                .map(Kommune::id).findFirst().orElseThrow();
        UUID id = UUID.randomUUID();
        ctx.getBean(KreisTransaktion.class).schreiben(ki.kreisSlug(), () -> {
            DSLContext sql = ctx.getBean(DSLContext.class);
            sql.execute("insert into teilnehmer (id, vorname, nachname, geburtsdatum, kommune_id, version)"
                    + " values (?, 'Nachmeldung', 'Test', date '2000-01-01', ?, 0)", id, ort);
            sql.execute("insert into wohnort (id, teilnehmer_id, kommune_id, ab, erfasst_von) values (?, ?, ?,"
                    + " date '2020-01-01', 'test')", UUID.randomUUID(), id, ort);
            sql.execute("insert into aufenthalt (id, teilnehmer_id, status, ab, erfasst_von) values (?, ?, 'DULDUNG',"
                    + " date '2020-01-01', 'test')", UUID.randomUUID(), id);
            sql.execute("insert into programmteilnahme (id, teilnehmer_id, programm, aufgenommen_am, einstufung,"
                    + " erfasst_von) values (?, ?, ?, date '2021-03-01', 'PRIMAER', 'test')", UUID.randomUUID(), id,
                    GEMEINSAM_KLAPPTS);
            return null;
        });
    }
}
