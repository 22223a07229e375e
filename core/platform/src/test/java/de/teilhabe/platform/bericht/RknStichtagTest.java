package de.teilhabe.platform.bericht;

import static de.teilhabe.platform.finanzierung.Programmumgebung.DURCHSTARTEN;
import static de.teilhabe.platform.finanzierung.Programmumgebung.GEMEINSAM_KLAPPTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import de.teilhabe.platform.demo.RknMassnahmen;
import de.teilhabe.platform.dokument.Dokument;
import de.teilhabe.platform.fehler.FachlicherFehler;
import de.teilhabe.platform.finanzierung.Programmumgebung;
import de.teilhabe.platform.sicherheit.Nutzer;
import de.teilhabe.platform.sicherheit.Rolle;
import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import de.teilhabe.platform.dokument.Dateiformat;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The Rhein-Kreis Neuss of 31.03.2021 (seed 000) entered by the generator into a fresh Kreis with RKN's Kommunen
 * and Maßnahmen: the Stichtag reports give exactly the council paper's tables.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RknStichtagTest implements TestPropertyProvider {

    static final LocalDate STICHTAG = RknStichtag31032021.STICHTAG;

    @Inject ApplicationContext ctx;
    @Inject Stichtagsberichte berichte;
    @Inject RknStichtag31032021 generator;

    Nutzer ki;

    @Override
    public Map<String, String> getProperties() {
        return Map.of("teilhabe.plugins.verzeichnis", Programmumgebung.pluginVerzeichnis());
    }

    @BeforeAll
    void kreis() {
        Nutzer admin = Programmumgebung.kreisMit(ctx, "rkn-stichtag", DURCHSTARTEN, GEMEINSAM_KLAPPTS);
        ki = rolle(admin, Rolle.KI_KOORDINATION);
        ctx.getBean(RknMassnahmen.class).anlegen(ki);
        assertThat(generator.anlegen(admin.kreisSlug(), admin.kreisSlug() + ".cm")).isTrue();
        assertThat(generator.anlegen(admin.kreisSlug(), admin.kreisSlug() + ".cm")).as("idempotent").isFalse();
        ctx.getBean(de.teilhabe.platform.stelle.StellenDemo.class).rkn(admin.kreisSlug());
    }

    @Test
    void aufnahmeWieImBericht() {
        Aufnahmetabelle t = berichte.aufnahme(ki, GEMEINSAM_KLAPPTS, STICHTAG);
        assertThat(t.zeilen()).extracting(Aufnahmezeile::kommune, Aufnahmezeile::duldung, Aufnahmezeile::gestattung,
                Aufnahmezeile::aufenthaltstitel, Aufnahmezeile::gesamt).containsExactly(
                tuple("Dormagen", 14, 21, 0, 35),
                tuple("Grevenbroich", 26, 14, 0, 40),
                tuple("Jüchen", 7, 7, 1, 15),
                tuple("Kaarst", 15, 2, 0, 17),
                tuple("Korschenbroich", 26, 9, 0, 35),
                tuple("Meerbusch", 19, 15, 1, 35),
                tuple("Neuss", 4, 5, 0, 9),
                tuple("Rommerskirchen", 11, 7, 0, 18));
        assertThat(t.summe()).isEqualTo(new Aufnahmezeile("Summe", 122, 80, 2, 0, 204, 19, 185, 2));
        assertThat(t.zeilen()).filteredOn(z -> z.ausnahmen() > 0).extracting(Aufnahmezeile::kommune)
                .as("the two Aufenthaltstitel are the documented exceptions").containsExactly("Jüchen", "Meerbusch");
        assertThat(t.programm()).isEqualTo(GEMEINSAM_KLAPPTS);
        assertThat(t.stichtag()).isEqualTo(STICHTAG);
    }

    @Test
    void aufnahmeZaehltDenStatusAmAufnahmetagUndDenStichtag() {
        // every fifth Gestattung became a Duldung after intake: still counted as Gestattung
        assertThat(berichte.aufnahme(ki, GEMEINSAM_KLAPPTS, LocalDate.now()).summe())
                .isEqualTo(new Aufnahmezeile("Summe", 122, 80, 2, 0, 204, 19, 185, 2));
        Aufnahmezeile ende2020 = berichte.aufnahme(ki, GEMEINSAM_KLAPPTS, LocalDate.of(2020, 12, 31)).summe();
        assertThat(ende2020.gesamt()).isLessThan(204).isGreaterThan(0);
        assertThat(ende2020.gesamt()).isEqualTo(ende2020.duldung() + ende2020.gestattung()
                + ende2020.aufenthaltstitel() + ende2020.sonstige());
        assertThat(berichte.aufnahme(ki, GEMEINSAM_KLAPPTS, LocalDate.of(2020, 6, 1)).summe())
                .isEqualTo(new Aufnahmezeile("Summe", 0, 0, 0, 0, 0, 0, 0, 0));
    }

    @Test
    void zuweisungenUndAbbruecheWieImBericht() {
        Zuweisungstabelle t = berichte.zuweisungen(ki, GEMEINSAM_KLAPPTS, STICHTAG);
        // the council table names the providers in full
        assertThat(t.zeilen()).extracting(Zuweisungszeile::baustein, Zuweisungszeile::traeger,
                Zuweisungszeile::zugewiesen, Zuweisungszeile::abbruch).containsExactly(
                tuple(1, "Arbeiterwohlfahrt OV Neuss e.V.", 16, 0),
                tuple(1, "Caritas Sozialdienste Rhein-Kreis Neuss GmbH", 19, 2),
                tuple(1, "Katholische Jugendagentur Düsseldorf gGmbH", 12, 2),
                tuple(1, "Technologiezentrum Glehn GmbH", 42, 5),
                tuple(2, "Katholische Jugendagentur Düsseldorf gGmbH", 6, 0),
                tuple(3, "Volkshochschule der Stadt Grevenbroich", 14, 2));
        // short names on request; Durchstarten, whose Bausteine they are, counts the same 109 assignments
        assertThat(berichte.zuweisungen(ki, GEMEINSAM_KLAPPTS, STICHTAG, new Berichtsoptionen(true)).zeilen())
                .extracting(Zuweisungszeile::baustein, Zuweisungszeile::traeger,
                Zuweisungszeile::zugewiesen, Zuweisungszeile::abbruch).containsExactly(
                tuple(1, "AWO Berufshilfe", 16, 0),
                tuple(1, "Caritas", 19, 2),
                tuple(1, "KJA", 12, 2),
                tuple(1, "TZG", 42, 5),
                tuple(2, "KJA", 6, 0),
                tuple(3, "VHS Grevenbroich", 14, 2));
        Zuweisungstabelle ds = berichte.zuweisungen(ki, DURCHSTARTEN, STICHTAG);
        assertThat(ds.zeilen()).isEqualTo(t.zeilen());
        assertThat(ds.personen()).isEqualTo(109);
        assertThat(berichte.aufnahme(ki, DURCHSTARTEN, STICHTAG).summe().gesamt())
                .as("nobody took part in Durchstarten itself").isZero();
        assertThat(t.zeilen()).allSatisfy(z -> {
            assertThat(z.bausteinProgramm()).isEqualTo(DURCHSTARTEN);
            assertThat(z.laufend()).isEqualTo(z.zugewiesen() - z.abbruch());
            assertThat(z.abgeschlossen()).isZero();
        });
        assertThat(t.summe().zugewiesen()).isEqualTo(109);
        assertThat(t.summe().abbruch()).isEqualTo(11);
        assertThat(t.personen()).as("Bis zum 31.03.2021 wurden insgesamt 109 TN den Förderbausteinen zugewiesen")
                .isEqualTo(109);
    }

    @Test
    void programmMussAktivSein() {
        FachlicherFehler f = catchThrowableOfType(() -> berichte.aufnahme(ki, "kim", STICHTAG),
                FachlicherFehler.class);
        assertThat(f.feldfehler()).singleElement().satisfies(e -> {
            assertThat(e.feld()).isEqualTo("programm");
            assertThat(e.code()).isEqualTo("bericht.programm.nicht.aktiv");
        });
    }

    @Test
    void massnahmetraegerSiehtKeineBerichte() {
        Nutzer traeger = rolle(ki, Rolle.MASSNAHMETRAEGER);
        assertThat(catchThrowableOfType(() -> berichte.aufnahme(traeger, GEMEINSAM_KLAPPTS, STICHTAG),
                FachlicherFehler.class).code()).isEqualTo("zugriff.verboten");
    }

    @Test
    void exporteWieDieRatsvorlage() throws Exception {
        Berichtsdokumente dokumente = ctx.getBean(Berichtsdokumente.class);
        byte[] csv = Dateiformat.CSV.bytes(dokumente.aufnahme(ki, GEMEINSAM_KLAPPTS, STICHTAG));
        assertThat(csv).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        List<CSVRecord> zeilen = CSVFormat.DEFAULT.builder().setDelimiter(';').get()
                .parse(new java.io.StringReader(new String(csv, StandardCharsets.UTF_8).substring(1))).getRecords();
        assertThat(zeilen).anySatisfy(r -> assertThat(r.toList()).containsExactly("Summe", "122", "80", "2", "0",
                "204", "19", "185", "2"));
        assertThat(zeilen.get(1).get(0)).contains("Stichtag 31.03.2021");

        byte[] xlsx = Dateiformat.XLSX.bytes(dokumente.zuweisungen(ki, GEMEINSAM_KLAPPTS, STICHTAG, Berichtsoptionen.STANDARD));
        try (var mappe = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            var summe = java.util.stream.StreamSupport.stream(mappe.getSheetAt(0).spliterator(), false)
                    .filter(z -> z.getCell(0) != null && "Summe".equals(z.getCell(0).toString())).findFirst().orElseThrow();
            assertThat(summe.getCell(2).getCellType()).as("numbers stay numbers for the council table")
                    .isEqualTo(org.apache.poi.ss.usermodel.CellType.NUMERIC);
            assertThat(List.of(2, 3, 4, 5)).extracting(i -> summe.getCell(i).getNumericCellValue())
                    .containsExactly(109.0, 98.0, 0.0, 11.0);
            assertThat(summe.getCell(2).getCellStyle().getDataFormatString()).isEqualTo("#,##0");
        }
        byte[] pdf = Dateiformat.PDF.bytes(dokumente.aufnahme(ki, GEMEINSAM_KLAPPTS, STICHTAG));
        String seite = new com.lowagie.text.pdf.parser.PdfTextExtractor(new com.lowagie.text.pdf.PdfReader(pdf))
                .getTextFromPage(1);
        assertThat(seite).contains("Stichtag").contains("31.03.2021").contains("204");
    }

    @Test
    void massnahmenWieImBericht() {
        Massnahmentabelle t = berichte.massnahmen(ki, STICHTAG);
        assertThat(t.zeilen()).hasSize(24);
        assertThat(t.zeilen()).filteredOn(z -> "ABGESAGT".equals(z.status())).hasSize(2)
                .allSatisfy(z -> assertThat(z.bemerkung()).isEqualTo("wird nicht durchgeführt (nicht genügend TN)"));
        assertThat(t.zeilen()).filteredOn(z -> z.baustein() == 2 && z.traeger().equals("TZG"))
                .extracting(Massnahmenzeile::start).containsOnly("Voraussichtlich Mitte Juni 2021");
        assertThat(t.zeilen()).filteredOn(z -> z.baustein() == 3).singleElement()
                .satisfies(z -> assertThat(z.status()).isEqualTo("LAUFEND"));
        assertThat(berichte.massnahmen(ki, LocalDate.of(2020, 12, 20)).zeilen()).filteredOn(z -> z.baustein() == 3)
                .singleElement().satisfies(z -> assertThat(z.bemerkung()).startsWith("unterbrochen seit 16.12.2020"));
    }

    @Test
    void stellenAnspruchUndBesetzungAlsDatei() throws Exception {
        byte[] csv = Dateiformat.CSV.bytes(ctx.getBean(Berichtsdokumente.class).stellen(ki, GEMEINSAM_KLAPPTS, STICHTAG));
        List<CSVRecord> zeilen = CSVFormat.DEFAULT.builder().setDelimiter(';').get()
                .parse(new java.io.StringReader(new String(csv, StandardCharsets.UTF_8).substring(1))).getRecords();
        assertThat(zeilen).as("308 tolerated people aged 18-27 give 3,0 posts, filled by three Teilhabemanager")
                .anySatisfy(r -> assertThat(r.toList()).startsWith("Summe", "3,0", "3,0", "0,0"));
    }

    @Test
    void finanzierungAlsDatei() throws Exception {
        var fb1 = ctx.getBean(de.teilhabe.platform.baustein.Bausteine.class).liste(ki).stream()
                .filter(b -> b.programmId().equals(DURCHSTARTEN) && b.nummer() == 1).findFirst().orElseThrow();
        ctx.getBean(de.teilhabe.platform.finanzierung.Eigenanteile.class).anlegen(ki,
                new de.teilhabe.platform.finanzierung.EigenanteilDaten(DURCHSTARTEN, fb1.id(), 2020,
                        new java.math.BigDecimal("13500"), "Integrationspauschale", null));
        byte[] csv = Dateiformat.CSV.bytes(ctx.getBean(Berichtsdokumente.class).finanzierung(ki, DURCHSTARTEN, STICHTAG));
        List<CSVRecord> zeilen = CSVFormat.DEFAULT.builder().setDelimiter(';').get()
                .parse(new java.io.StringReader(new String(csv, StandardCharsets.UTF_8).substring(1))).getRecords();
        assertThat(zeilen).anySatisfy(r -> assertThat(r.toList()).startsWith("FB 1 Coaching"))
                .anySatisfy(r -> assertThat(r.toList()).contains("13.500,00 €"));
    }

    @Test
    void kennzahlenFuerDenAusschussMitKleinenZahlenVerborgen() {
        Dokument ki = ctx.getBean(Berichtsdokumente.class).dokument(this.ki, Berichtsart.GREMIENZAHLEN,
                GEMEINSAM_KLAPPTS, STICHTAG);
        List<List<Object>> verbote = tabellen(ki).get(0).zeilen();
        List<Object> summe = verbote.get(verbote.size() - 1);
        assertThat(summe).as("Summe: 185 aktiv, 53 mit Beschäftigungsverbot (seed 000), alle Freigaben bestätigt")
                .containsExactly("Summe", 185, 53, 132, 185, 0, 0);
        Nutzer gremium = rolle(this.ki, Rolle.GREMIUM_LESERECHT);
        List<Dokument.Tabelle> geschuetzt = tabellen(ctx.getBean(Berichtsdokumente.class).dokument(gremium,
                Berichtsart.GREMIENZAHLEN, GEMEINSAM_KLAPPTS, STICHTAG));
        for (Dokument.Tabelle t : geschuetzt) {
            for (List<Object> zeile : t.zeilen()) {
                assertThat(zeile.subList(1, zeile.size())).as("no 1 or 2 visible to a committee reader: " + zeile)
                        .noneMatch(z -> z instanceof Integer i && (i == 1 || i == 2));
            }
        }
        List<Object> beendigungen = geschuetzt.get(2).zeilen().stream().filter(z -> "Neuss".equals(z.get(0)))
                .findFirst().orElseThrow();
        assertThat(beendigungen).as("Neuss: 1 de-registration is hidden").contains("·");
    }

    private static List<Dokument.Tabelle> tabellen(Dokument d) {
        return d.bloecke().stream().filter(b -> b instanceof Dokument.Tabelle).map(b -> (Dokument.Tabelle) b).toList();
    }

    static Nutzer rolle(Nutzer admin, Rolle rolle) {
        return new Nutzer(admin.id(), admin.kreisSlug() + "." + rolle.name().toLowerCase(), rolle.name(),
                admin.kreisSlug(), admin.kreisName(), Set.of(rolle));
    }

    static List<Integer> werte(Aufnahmezeile z) {
        return java.util.Arrays.asList(z.duldung(), z.gestattung(), z.aufenthaltstitel(), z.sonstige(), z.gesamt(),
                z.abgemeldet(), z.aktiv(), z.ausnahmen());
    }
}
