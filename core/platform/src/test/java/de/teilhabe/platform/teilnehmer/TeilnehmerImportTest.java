package de.teilhabe.platform.teilnehmer;

import static de.teilhabe.platform.finanzierung.Programmumgebung.GEMEINSAM_KLAPPTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import de.teilhabe.platform.fehler.Art;
import de.teilhabe.platform.fehler.FachlicherFehler;
import de.teilhabe.platform.fehler.Feldfehler;
import de.teilhabe.platform.finanzierung.Programmumgebung;
import de.teilhabe.platform.mandant.Mandanten;
import de.teilhabe.platform.sicherheit.Nutzer;
import de.teilhabe.platform.sicherheit.Rolle;
import de.teilhabe.platform.testing.Datenbank;
import de.teilhabe.plugin.api.zielgruppe.Aufenthaltsstatus;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Importing participant lists against PostgreSQL with the real program plugins: CSV and XLSX, dry run and
 * import, all or nothing, duplicates (stored and within the file, or skipped), encoding and missing columns,
 * rights. The Kreis has RKN's Kommunen and "Gemeinsam klappt's" (target group 18–27).
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Property(name = "teilhabe.plugins.verzeichnis", value = "${teilhabe.test.plugins}")
class TeilnehmerImportTest {

    static final String KOPF = "Nachname;Vorname;Geburtsdatum;Kommune;Aufenthaltsstatus;Status seit;Aufgenommen am;"
            + "Programm";

    @Inject ApplicationContext ctx;
    @Inject TeilnehmerImport importer;
    @Inject TeilnehmerDienst dienst;
    @Inject TeilnehmerAufnahme aufnahmedienst;
    @Inject Mandanten mandanten;

    Nutzer admin;
    Nutzer cm;

    @BeforeAll
    void kreis() {
        admin = Programmumgebung.kreisMit(ctx, "tn-imp", GEMEINSAM_KLAPPTS);
        cm = mitRolle(Rolle.CASE_MANAGEMENT);
    }

    @Test
    void csvTrockenlaufSchreibtNichtsImportSchreibtAlleInEinemAuditEintrag() {
        byte[] datei = bom(csv(KOPF, zeilen("Csvimport", 5)));

        Importbericht probe = importer.pruefen(cm, "liste.csv", datei, Importoptionen.standard());
        assertThat(probe).isEqualTo(new Importbericht("liste.csv", 5, 5, 0, List.of(), false));
        assertThat(anzahl("Csvimport")).isZero();

        Importbericht bericht = importer.importieren(cm, "liste.csv", datei, Importoptionen.standard());
        assertThat(bericht).isEqualTo(new Importbericht("liste.csv", 5, 5, 0, List.of(), true));
        assertThat(anzahl("Csvimport")).isEqualTo(5);
        UUID id = dienst.suchen(cm, filter("Csvimport")).zeilen().get(0).id();
        TeilnehmerAkte akte = dienst.akte(cm, id);
        assertThat(akte.kommune()).isEqualTo("Neuss");
        assertThat(akte.aktuellerStatus()).isEqualTo(Aufenthaltsstatus.DULDUNG);
        assertThat(akte.programme()).singleElement().satisfies(p -> {
            assertThat(p.programm()).isEqualTo(GEMEINSAM_KLAPPTS);
            assertThat(p.einstufung()).isEqualTo("PRIMAER");
            assertThat(p.aufgenommenAm()).isEqualTo(LocalDate.of(2021, 3, 31));
        });
        // one entry per person and one for the list, with the file's columns and the counts; no file name, no value
        String spalten = "\"felder\":[\"nachname\",\"vorname\",\"geburtsdatum\",\"kommune\",\"aufenthaltsstatus\","
                + "\"status_seit\",\"aufgenommen_am\",\"programm\"]";
        String schema = mandanten.schema(admin.kreisSlug()).schema();
        assertThat(new Datenbank(ctx).spalte("select aktion || ' ' || aenderung from " + schema
                + ".audit_log where objekt_id = '" + id + "' order by id")).first().isEqualTo("IMPORTIERT {" + spalten + "}");
        List<String> importiert = audit("IMPORTIERT");
        assertThat(importiert.get(importiert.size() - 1))
                .isEqualTo("{" + spalten + ",\"uebernommen\":5,\"uebersprungen\":0,\"zeilen\":5}");
        assertThat(importiert).noneMatch(e -> e.contains("liste.csv") || e.contains("Csvimport"));
    }

    @Test
    void xlsxMitEchtenDatumsangabenUndTextdatum() throws IOException {
        byte[] datei = xlsx("Xlsximport", 5);

        Importbericht probe = importer.pruefen(cm, "Liste.XLSX", datei, new Importoptionen(GEMEINSAM_KLAPPTS, false));
        assertThat(probe.fehler()).isEmpty();
        assertThat(probe.uebernommen()).isEqualTo(5);
        assertThat(anzahl("Xlsximport")).isZero();

        Importbericht bericht = importer.importieren(cm, "Liste.XLSX", datei,
                new Importoptionen(GEMEINSAM_KLAPPTS, false));
        assertThat(bericht.geschrieben()).isTrue();
        assertThat(anzahl("Xlsximport")).isEqualTo(5);
        UUID id = dienst.suchen(cm, filter("Xlsximport")).zeilen().get(0).id();
        assertThat(dienst.akte(cm, id).teilnehmer().geburtsdatum()).isEqualTo(LocalDate.of(1999, 1, 1));
    }

    @Test
    void eineFehlerhafteZeileVerhindertDenGanzenImport() {
        List<String> zeilen = new ArrayList<>(zeilen("Fehlerimport", 5));
        zeilen.set(2, "Fehlerimport;Zukunft;01.01." + (LocalDate.now().getYear() + 1)
                + ";Neuss;Duldung;01.10.2020;31.03.2021;gemeinsam-klappts");
        byte[] datei = csv(KOPF, zeilen);

        int vorher = audit("IMPORTIERT").size();
        Importbericht bericht = importer.importieren(cm, "fehler.csv", datei, Importoptionen.standard());

        assertThat(bericht.geschrieben()).isFalse();
        assertThat(bericht.uebernommen()).isZero();
        assertThat(bericht.zeilen()).isEqualTo(5);
        assertThat(bericht.fehler()).containsExactly(new Importfehler(4, "Geburtsdatum", "teilnehmer.geburt.zukunft",
                "Zeile 4, Geburtsdatum: Das Geburtsdatum liegt in der Zukunft."));
        assertThat(anzahl("Fehlerimport")).isZero();
        assertThat(audit("IMPORTIERT")).hasSize(vorher);
    }

    @Test
    void dieRegelnDerEingabeGeltenAuchJeZeile() {
        List<String> zeilen = new ArrayList<>(zeilen("Regelimport", 3));
        zeilen.set(0, "Regelimport;Ami\u0007na;01.01.2000;Neuss;Duldung;01.10.2020;31.03.2021;gemeinsam-klappts");
        zeilen.set(2, "Regelimport;" + "L".repeat(501) + ";01.01.2000;Neuss;Duldung;01.10.2020;31.03.2021;"
                + "gemeinsam-klappts");

        Importbericht bericht = importer.importieren(cm, "regeln.csv", csv(KOPF, zeilen), Importoptionen.standard());

        assertThat(bericht.geschrieben()).isFalse();
        assertThat(bericht.fehler()).extracting(Importfehler::zeile, Importfehler::spalte, Importfehler::code)
                .containsExactly(
                        tuple(2, "Vorname", "eingabe.steuerzeichen"),
                        tuple(4, "Vorname", "eingabe.zu.lang"));
        assertThat(bericht.fehler().get(1).text())
                .isEqualTo("Zeile 4, Vorname: Der Text ist zu lang: höchstens 500 Zeichen.");
        assertThat(anzahl("Regelimport")).isZero();
    }

    @Test
    void fehlendeWerteEinerZeileStehenBeiDenUebrigenFehlernDerZeile() {
        List<String> zeilen = new ArrayList<>(zeilen("Leerimport", 2));
        zeilen.set(1, "Leerimport;;01.01." + (LocalDate.now().getYear() + 1) + ";Neuss;Duldung;01.10.2020;;"
                + "gemeinsam-klappts");

        Importbericht bericht = importer.importieren(cm, "leer.csv", csv(KOPF, zeilen), Importoptionen.standard());

        // the row is checked whole: the record's required values (a constraint) and the service's rules together
        assertThat(bericht.geschrieben()).isFalse();
        assertThat(bericht.fehler()).extracting(Importfehler::zeile, Importfehler::spalte, Importfehler::code)
                .containsExactlyInAnyOrder(
                        tuple(3, "Vorname", "pflichtfeld"),
                        tuple(3, "Aufgenommen am", "pflichtfeld"),
                        tuple(3, "Geburtsdatum", "teilnehmer.geburt.zukunft"));
        assertThat(anzahl("Leerimport")).isZero();
    }

    @Test
    void unlesbareWerteUndZielgruppenurteilJeZeile() {
        byte[] datei = csv(KOPF + ";Ausnahme Grund;Ausnahme genehmigt von;Beschäftigungsverbot", List.of(
                "Wertimport;Titel;15.01.1999;Neuss;Aufenthaltstitel;;31.03.2021;gemeinsam-klappts;;;nein",
                "Wertimport;Ausnahme;15.01.1999;Neuss;AUFENTHALTSTITEL;;31.03.2021;Gemeinsam klappt’s – Teilhabemanagement (Baustein 6);"
                        + "lange Vorbetreuung;Leitung KI;ja",
                "Wertimport;Ort;15.01.1999;Atlantis;Duldung;;31.3.2021;gemeinsam-klappts;;;vielleicht",
                "Wertimport;Datum;1999-13-01;Neuss;Visum;;2021-03-31;gemeinsam-klappts;;;"));

        Importbericht bericht = importer.pruefen(cm, "werte.csv", datei, Importoptionen.standard());

        assertThat(bericht.fehler()).extracting(Importfehler::zeile, Importfehler::spalte, Importfehler::code)
                .containsExactly(
                        tuple(2, "Ausnahme Grund", "teilnehmer.ausnahme.pflicht"),
                        tuple(2, "Ausnahme genehmigt von", "teilnehmer.ausnahme.pflicht"),
                        tuple(4, "Kommune", "import.kommune.unbekannt"),
                        tuple(4, "Beschäftigungsverbot", "import.janein"),
                        tuple(5, "Geburtsdatum", "import.datum"),
                        tuple(5, "Aufenthaltsstatus", "import.status.unbekannt"));
        assertThat(bericht.fehler().get(2).text())
                .isEqualTo("Zeile 4, Kommune: Die Kommune „Atlantis“ gibt es in Ihrem Kreis nicht.");
    }

    @Test
    void duplikateGegenBestandUndInDerDatei() {
        aufnahmedienst.aufnehmen(cm, new AufnahmeAntrag(new TeilnehmerDaten("Bestand", "Doppelimport", LocalDate.of(1999, 1,
                15), kommuneNeuss(), null, null), new AufenthaltDaten(Aufenthaltsstatus.DULDUNG,
                LocalDate.of(2020, 10, 1), null), GEMEINSAM_KLAPPTS, LocalDate.of(2021, 3, 31), null, null, null,
                null, null));
        byte[] datei = csv(KOPF, List.of(
                "DOPPELIMPORT;bestand;15.01.1999;neuss;Duldung;01.10.2020;31.03.2021;gemeinsam-klappts",
                "Doppelimport;Neu;15.01.1999;Neuss;Duldung;01.10.2020;31.03.2021;gemeinsam-klappts",
                "Doppelimport;Anders;15.01.1999;Neuss;Duldung;01.10.2020;31.03.2021;gemeinsam-klappts",
                "doppelimport;NEU;15.01.1999;Neuss;Duldung;01.10.2020;31.03.2021;gemeinsam-klappts"));

        Importbericht fehler = importer.importieren(cm, "doppelt.csv", datei, Importoptionen.standard());
        assertThat(fehler.geschrieben()).isFalse();
        assertThat(fehler.fehler()).extracting(Importfehler::zeile, Importfehler::spalte, Importfehler::code)
                .containsExactly(tuple(2, "Nachname", "teilnehmer.doppelt"), tuple(5, "Nachname", "import.doppelt"));
        assertThat(fehler.fehler().get(1).text())
                .isEqualTo("Zeile 5, Nachname: Dieselbe Person steht schon in Zeile 3 der Datei.");
        assertThat(anzahl("Doppelimport")).isEqualTo(1);

        Importbericht uebersprungen = importer.importieren(cm, "doppelt.csv", datei, new Importoptionen(null, true));
        assertThat(uebersprungen.geschrieben()).isTrue();
        assertThat(uebersprungen.uebernommen()).isEqualTo(2);
        assertThat(uebersprungen.uebersprungen()).isEqualTo(2);
        assertThat(uebersprungen.fehler()).extracting(Importfehler::zeile, Importfehler::code)
                .containsExactly(tuple(2, "teilnehmer.doppelt"), tuple(5, "import.doppelt"));
        assertThat(uebersprungen.fehler().get(0).text()).startsWith("Zeile 2, Nachname: übersprungen – ");
        assertThat(anzahl("Doppelimport")).isEqualTo(3);
    }

    @Test
    void falscheKodierungWirdMitZeileAbgewiesen() {
        byte[] datei = (KOPF + "\r\nKodierung;Amal;15.01.1999;Neuss;Duldung;01.10.2020;31.03.2021;gemeinsam-klappts"
                + "\r\nMüller;Jürgen;15.01.1999;Neuss;Duldung;01.10.2020;31.03.2021;gemeinsam-klappts\r\n")
                .getBytes(Charset.forName("windows-1252"));

        FachlicherFehler f = catchThrowableOfType(() -> importer.pruefen(cm, "alt.csv", datei,
                Importoptionen.standard()), FachlicherFehler.class);

        assertThat(f.feldfehler()).extracting(Feldfehler::feld, Feldfehler::code, Feldfehler::argumente)
                .containsExactly(tuple("datei", "import.kodierung", List.of(3)));
    }

    @Test
    void fehlendeSpaltenWerdenAlleGenannt() {
        byte[] datei = csv("vorname;NACHNAME;aufenthaltsstatus;aufgenommen am",
                List.of("Amal;Spaltenimport;Duldung;31.03.2021"));

        FachlicherFehler f = catchThrowableOfType(() -> importer.pruefen(cm, "spalten.csv", datei,
                Importoptionen.standard()), FachlicherFehler.class);

        assertThat(f.feldfehler()).extracting(Feldfehler::feld, Feldfehler::code, Feldfehler::argumente)
                .containsExactly(tuple("datei", "import.spalten.fehlen", List.of("Geburtsdatum, Kommune, Programm")));
    }

    @Test
    void formatUndRechte() {
        byte[] datei = csv(KOPF, zeilen("Rechteimport", 1));
        assertThat(catchThrowableOfType(() -> importer.pruefen(cm, "liste.txt", datei, Importoptionen.standard()),
                FachlicherFehler.class).feldfehler()).extracting(Feldfehler::code).containsExactly("import.format");
        for (Rolle rolle : List.of(Rolle.MASSNAHMETRAEGER, Rolle.KREIS_ADMIN, Rolle.GREMIUM_LESERECHT)) {
            assertThat(catchThrowableOfType(() -> importer.importieren(mitRolle(rolle), "liste.csv", datei,
                    Importoptionen.standard()), FachlicherFehler.class).art()).isEqualTo(Art.VERBOTEN);
        }
        assertThat(importer.pruefen(mitRolle(Rolle.KI_KOORDINATION), "liste.csv", datei, Importoptionen.standard())
                .uebernommen()).isEqualTo(1);
    }

    /** {@code anzahl} valid rows: ages 22 to 26 on 31.03.2021, tolerated, in Neuss. */
    static List<String> zeilen(String nachname, int anzahl) {
        List<String> zeilen = new ArrayList<>();
        for (int i = 0; i < anzahl; i++) {
            zeilen.add(nachname + ";Person" + i + ";15.01." + (1995 + i % 5) + ";Neuss;Duldung;01.10.2020;31.03.2021;"
                    + GEMEINSAM_KLAPPTS);
        }
        return zeilen;
    }

    static byte[] csv(String kopf, List<String> zeilen) {
        return (kopf + "\r\n" + String.join("\r\n", zeilen) + "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] bom(byte[] inhalt) {
        byte[] mit = new byte[inhalt.length + 3];
        mit[0] = (byte) 0xEF;
        mit[1] = (byte) 0xBB;
        mit[2] = (byte) 0xBF;
        System.arraycopy(inhalt, 0, mit, 3, inhalt.length);
        return mit;
    }

    /** Header in another order, birth dates as real Excel dates, the intake date as text. */
    private static byte[] xlsx(String nachname, int anzahl) throws IOException {
        try (XSSFWorkbook mappe = new XSSFWorkbook(); ByteArrayOutputStream aus = new ByteArrayOutputStream()) {
            Sheet blatt = mappe.createSheet("Teilnehmende");
            CellStyle datum = mappe.createCellStyle();
            datum.setDataFormat(mappe.getCreationHelper().createDataFormat().getFormat("dd.mm.yyyy"));
            String[] kopf = {"Vorname", "Nachname", "Kommune", "Geburtsdatum", "Aufenthaltsstatus", "Aufgenommen am"};
            Row k = blatt.createRow(0);
            for (int i = 0; i < kopf.length; i++) {
                k.createCell(i).setCellValue(kopf[i]);
            }
            for (int i = 0; i < anzahl; i++) {
                Row r = blatt.createRow(i + 1);
                r.createCell(0).setCellValue("Person" + i);
                r.createCell(1).setCellValue(nachname);
                r.createCell(2).setCellValue("Neuss");
                r.createCell(3).setCellValue(LocalDate.of(1999 - i, 1, 1));
                r.getCell(3).setCellStyle(datum);
                r.createCell(4).setCellValue("Duldung");
                r.createCell(5).setCellValue("31.03.2021");
            }
            mappe.write(aus);
            return aus.toByteArray();
        }
    }

    private long anzahl(String nachname) {
        return dienst.suchen(cm, filter(nachname)).gesamt();
    }

    private static TeilnehmerFilter filter(String suche) {
        return new TeilnehmerFilter(suche, null, null, null, null, null, 0, 50);
    }

    private UUID kommuneNeuss() {
        return ctx.getBean(de.teilhabe.platform.kommune.KommunenDienst.class).liste(admin).stream()
                .filter(k -> k.name().equals("Neuss")).findFirst().orElseThrow().id();
    }

    private List<String> audit(String aktion) {
        String schema = mandanten.schema(admin.kreisSlug()).schema();
        return new Datenbank(ctx).spalte("select aenderung::text from " + schema + ".audit_log where aktion = '"
                + aktion + "' order by id");
    }

    private Nutzer mitRolle(Rolle rolle) {
        return new Nutzer(UUID.randomUUID(), "test." + rolle.name().toLowerCase(Locale.ROOT), rolle.name(),
                admin.kreisSlug(), admin.kreisName(), Set.of(rolle));
    }
}
