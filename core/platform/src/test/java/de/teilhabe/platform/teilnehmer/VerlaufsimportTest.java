package de.teilhabe.platform.teilnehmer;

import static de.teilhabe.platform.finanzierung.Programmumgebung.DURCHSTARTEN;
import static de.teilhabe.platform.finanzierung.Programmumgebung.GEMEINSAM_KLAPPTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import de.teilhabe.platform.baustein.Baustein;
import de.teilhabe.platform.fehler.FachlicherFehler;
import de.teilhabe.platform.fehler.Feldfehler;
import de.teilhabe.platform.finanzierung.Programmumgebung;
import de.teilhabe.platform.kommune.Kommune;
import de.teilhabe.platform.kommune.KommunenDienst;
import de.teilhabe.platform.mandant.Mandanten;
import de.teilhabe.platform.massnahme.MassnahmeDaten;
import de.teilhabe.platform.massnahme.Massnahmen;
import de.teilhabe.platform.massnahme.Status;
import de.teilhabe.platform.massnahme.Statuswechsel;
import de.teilhabe.platform.sicherheit.Nutzer;
import de.teilhabe.platform.sicherheit.Rolle;
import de.teilhabe.platform.testing.Datenbank;
import de.teilhabe.platform.traeger.TraegerDaten;
import de.teilhabe.platform.traeger.TraegerVerzeichnis;
import de.teilhabe.plugin.api.zielgruppe.Aufenthaltsstatus;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * History lists (column „Vorgang“) against PostgreSQL with the real plugins: every Vorgang applied in date order,
 * dry run, all or nothing, row errors with row and column, CSV and XLSX, idempotence on re-import, a list that knows
 * more than the last one, people already recorded, verdicts recomputed after a same-day status entry. The Kreis has
 * RKN's Kommunen, Gemeinsam klappt's and Durchstarten with FB 1 Maßnahmen of Caritas (Neuss/Kaarst) and TZG
 * (Meerbusch, twice).
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Property(name = "teilhabe.plugins.verzeichnis", value = "${teilhabe.test.plugins}")
class VerlaufsimportTest {

    static final String KOPF = "Vorgang;Nachname;Vorname;Geburtsdatum;Datum;Kommune;Aufenthaltsstatus;Programm;"
            + "Maßnahme;Zuweisung bis;Ergebnis;Abbruchgrund;Abmeldegrund;Abmeldeart";
    static final String GK = GEMEINSAM_KLAPPTS;

    @Inject ApplicationContext ctx;
    @Inject TeilnehmerImport importer;
    @Inject TeilnehmerDienst dienst;
    @Inject TeilnehmerAufnahme aufnahmedienst;
    @Inject Mandanten mandanten;

    Nutzer admin;
    Nutzer cm;
    Map<String, UUID> kommunen;

    @BeforeAll
    void kreis() {
        admin = Programmumgebung.kreisMit(ctx, "tn-verlauf", GEMEINSAM_KLAPPTS, DURCHSTARTEN);
        cm = new Nutzer(UUID.randomUUID(), "test.cm", "Case-Management", admin.kreisSlug(), admin.kreisName(),
                Set.of(Rolle.CASE_MANAGEMENT));
        kommunen = ctx.getBean(KommunenDienst.class).liste(admin).stream()
                .collect(Collectors.toMap(Kommune::name, Kommune::id));
        Baustein fb1 = Programmumgebung.baustein(ctx, admin, DURCHSTARTEN, 1, LocalDate.of(2020, 1, 1),
                LocalDate.of(2022, 6, 30));
        TraegerVerzeichnis traeger = ctx.getBean(TraegerVerzeichnis.class);
        UUID caritas = traeger.anlegen(admin, new TraegerDaten("Caritas Sozialdienste Rhein-Kreis Neuss GmbH",
                "Caritas", "GmbH", null, List.of(), Set.of())).id();
        UUID tzg = traeger.anlegen(admin, new TraegerDaten("Technologiezentrum Glehn GmbH", "TZG", "GmbH", null,
                List.of(), Set.of())).id();
        massnahme(fb1, caritas, List.of("Neuss", "Kaarst"), LocalDate.of(2020, 4, 1));
        massnahme(fb1, tzg, List.of("Meerbusch"), LocalDate.of(2020, 6, 1));
        massnahme(fb1, tzg, List.of("Meerbusch"), LocalDate.of(2020, 11, 1));
    }

    /** One person's two years in the office's list, rows not in date order. */
    static List<String> verlauf(String nachname) {
        return List.of(
                "Abmeldung;" + nachname + ";Amal;15.01.1999;01.03.2021;;;;;;;;wiederholt nicht erreichbar;nicht erreichbar",
                "Aufnahme;" + nachname + ";Amal;15.01.1999;01.10.2020;Neuss;Duldung;" + GK + ";;;;;;",
                "umzug;" + nachname + ";Amal;15.01.1999;01.12.2020;Kaarst;;;;;;;;",
                "Zuweisung;" + nachname + ";Amal;15.01.1999;02.11.2020;;;;FB 1 · Caritas · Neuss;31.01.2021;"
                        + "abgeschlossen;;;",
                "Statuswechsel;" + nachname + ";Amal;15.01.1999;15.01.2021;;Gestattung;;;;;;;",
                "Zuweisung;" + nachname + ";Amal;15.01.1999;01.02.2021;;;;FB 1 · TZG · Meerbusch · ab 01.11.2020;"
                        + "20.02.2021;Abbruch;Umzug;;",
                "WIEDERAUFNAHME;" + nachname + ";Amal;15.01.1999;01.06.2021;;;;;;;;;");
    }

    @Test
    void jederVorgangInDatumsfolgeTrockenlaufImportUndWiederholung() {
        byte[] datei = csv(KOPF, verlauf("Verlaufsimport"));

        Importbericht probe = importer.pruefen(cm, "verlauf.csv", datei, Importoptionen.standard());
        assertThat(probe.fehler()).isEmpty();
        assertThat(probe).isEqualTo(new Importbericht("verlauf.csv", 7, 7, 0, List.of(), false));
        assertThat(anzahl("Verlaufsimport")).isZero();

        Importbericht bericht = importer.importieren(cm, "verlauf.csv", datei, Importoptionen.standard());
        assertThat(bericht).isEqualTo(new Importbericht("verlauf.csv", 7, 7, 0, List.of(), true));
        TeilnehmerAkte akte = akte("Verlaufsimport");
        assertThat(akte.wohnorte()).extracting(Wohnort::kommune, Wohnort::ab).containsExactly(
                tuple("Kaarst", LocalDate.of(2020, 12, 1)), tuple("Neuss", LocalDate.of(2020, 10, 1)));
        assertThat(akte.aufenthalte()).extracting(Aufenthalt::status).containsExactly(Aufenthaltsstatus.GESTATTUNG,
                Aufenthaltsstatus.DULDUNG);
        assertThat(akte.programme()).extracting(Programmteilnahme::aufgenommenAm, Programmteilnahme::abgemeldetAm,
                Programmteilnahme::abmeldeart, Programmteilnahme::einstufung).containsExactly(
                tuple(LocalDate.of(2020, 10, 1), LocalDate.of(2021, 3, 1), Abmeldeart.NICHT_ERREICHBAR, "PRIMAER"),
                tuple(LocalDate.of(2021, 6, 1), null, null, "SEKUNDAER"));
        assertThat(akte.zuweisungen()).extracting(Zuweisung::ab, Zuweisung::ergebnis, Zuweisung::bis,
                Zuweisung::abbruchgrund).containsExactly(
                tuple(LocalDate.of(2020, 11, 2), Zuweisungsergebnis.ABGESCHLOSSEN, LocalDate.of(2021, 1, 31), null),
                tuple(LocalDate.of(2021, 2, 1), Zuweisungsergebnis.ABBRUCH, LocalDate.of(2021, 2, 20), "Umzug"));
        assertThat(akte.zuweisungen().get(1).massnahme()).contains("TZG").contains("01.11.2020");
        assertThat(audit().get(audit().size() - 1)).contains("\"uebernommen\":7", "\"vorgang.ZUWEISUNG\":2",
                "\"vorgang.UMZUG\":1", "\"vorgang\"").doesNotContain("verlauf.csv");

        Map<String, String> vorher = zeilen();
        Importbericht nochmal = importer.importieren(cm, "verlauf.csv", datei, Importoptionen.standard());
        assertThat(nochmal.geschrieben()).isTrue();
        assertThat(nochmal.uebernommen()).isZero();
        assertThat(nochmal.uebersprungen()).isEqualTo(7);
        assertThat(nochmal.fehler()).extracting(Importfehler::zeile, Importfehler::code)
                .containsExactly(tuple(2, "import.vorhanden"), tuple(3, "import.vorhanden"),
                        tuple(4, "import.vorhanden"), tuple(5, "import.vorhanden"), tuple(6, "import.vorhanden"),
                        tuple(7, "import.vorhanden"), tuple(8, "import.vorhanden"));
        assertThat(nochmal.fehler().get(2).text())
                .isEqualTo("Zeile 4, Vorgang: übersprungen – Umzug am 01.12.2020 ist bereits erfasst.");
        assertThat(zeilen()).isEqualTo(vorher);
        assertThat(akte("Verlaufsimport")).isEqualTo(akte);

        List<String> mehr = new ArrayList<>(verlauf("Verlaufsimport"));
        mehr.add("Umzug;VERLAUFSIMPORT;amal;15.01.1999;01.07.2021;Dormagen;;;;;;;;");
        Importbericht eineMehr = importer.importieren(cm, "verlauf-2.csv", csv(KOPF, mehr), Importoptionen.standard());
        assertThat(eineMehr.uebernommen()).isEqualTo(1);
        assertThat(eineMehr.uebersprungen()).isEqualTo(7);
        assertThat(anzahlIn(zeilen(), "wohnort")).isEqualTo(anzahlIn(vorher, "wohnort") + 1);
        assertThat(zeilen().get("programmteilnahme")).isEqualTo(vorher.get("programmteilnahme"));
        assertThat(zeilen().get("zuweisung")).isEqualTo(vorher.get("zuweisung"));
        assertThat(akte("Verlaufsimport").kommune()).isEqualTo("Dormagen");
    }

    @Test
    void zeilenfehlerMitZeileUndSpalteAllesOderNichts() {
        String naechstesJahr = "01.02." + (LocalDate.now().getYear() + 1);
        byte[] datei = csv(KOPF, List.of(
                "Aufnahme;Fehlerverlauf;Amal;15.01.1999;01.10.2020;Neuss;Duldung;" + GK + ";;;;;;",
                "Umzug;Fehlerverlauf;Amal;15.01.1999;01.12.2020;Neuss;;;;;;;;",
                "Zuweisung;Fehlerverlauf;Amal;15.01.1999;02.11.2020;;;;FB 1 · Nirgendwo · Neuss;;;;;",
                "Zuweisung;Fehlerverlauf;Amal;15.01.1999;02.11.2020;;;;FB 1 · TZG · Meerbusch;;;;;",
                "Zuweisung;Fehlerverlauf;Amal;15.01.1999;03.11.2020;;;;FB 1 · Caritas · Kaarst;;;;;",
                "Abmeldung;Fehlerverlauf;Amal;15.01.1999;01.03.2021;;;;;;;;keine Mitwirkung;mangelnde Mitwirkung",
                "Statuswechsel;Fehlerverlauf;Amal;15.01.1999;" + naechstesJahr + ";;Gestattung;;;;;;;",
                "Zuweisung;Fehlerverlauf;Amal;15.01.1999;04.11.2020;;;;FB 1 · TZG · ab 01.06.2020;30.11.2020;Abbruch;;;",
                "Zuweisung;Fehlerverlauf;Amal;15.01.1999;05.11.2020;;;;FB 1 · TZG · ab 01.06.2020;30.11.2020;fertig;;;",
                "Heirat;Fehlerverlauf;Amal;15.01.1999;05.11.2020;;;;;;;;;",
                "Umzug;Niemand;Nora;15.01.1999;01.12.2020;Kaarst;;;;;;;;",
                "Wiederaufnahme;Fehlerverlauf;Amal;15.01.1999;01.04.2021;;;;;;;;;",
                "Aufnahme;Fehlerneu;Bilal;15.01.1999;01.10.2020;Atlantis;Duldung;" + GK + ";;;;;;",
                "Wiederaufnahme;Fehlerverlauf;Amal;15.01.1999;01.04.2021;;;" + DURCHSTARTEN + ";;;;;;",
                "Umzug;Fehlerverlauf;Amal;15.01.1999;05.12.2020;;;;;;;;;",
                "Statuswechsel;Fehlerverlauf;Amal;15.01.1999;05.12.2020;;;;;;;;;"));

        int vorher = audit().size();
        Importbericht bericht = importer.importieren(cm, "fehler.csv", datei, Importoptionen.standard());

        assertThat(bericht.geschrieben()).isFalse();
        assertThat(bericht.uebernommen()).isZero();
        assertThat(bericht.fehler()).extracting(Importfehler::zeile, Importfehler::spalte, Importfehler::code)
                .containsExactly(
                        tuple(3, "Kommune", "teilnehmer.wohnort.unveraendert"),
                        tuple(4, "Maßnahme", "import.massnahme.unbekannt"),
                        tuple(5, "Maßnahme", "import.massnahme.mehrdeutig"),
                        tuple(7, "Datum", "teilnehmer.zuweisung.ohne.teilnahme"),
                        tuple(8, "Datum", "teilnehmer.aufenthalt.zukunft"),
                        tuple(9, "Abbruchgrund", "teilnehmer.abbruch.grund"),
                        tuple(10, "Ergebnis", "import.ergebnis.unbekannt"),
                        tuple(11, "Vorgang", "import.vorgang.unbekannt"),
                        tuple(12, "Nachname", "import.person.unbekannt"),
                        tuple(13, "Vorgang", "teilnehmer.wiederaufnahme.aktiv"),
                        tuple(14, "Kommune", "import.kommune.unbekannt"),
                        tuple(15, "Programm", "import.wiederaufnahme.ohne.teilnahme"),
                        // the entries a row describes keep their records' constraints, as in the services
                        tuple(16, "Kommune", "pflichtfeld"),
                        tuple(17, "Aufenthaltsstatus", "pflichtfeld"));
        assertThat(bericht.fehler().get(0).text())
                .isEqualTo("Zeile 3, Kommune: Die Person wohnt am 01.12.2020 bereits in Neuss.");
        assertThat(bericht.fehler().get(2).text()).contains("FB 1 · TZG · Meerbusch · ab 01.06.2020")
                .contains("FB 1 · TZG · Meerbusch · ab 01.11.2020");
        assertThat(bericht.fehler().get(3).text()).startsWith("Zeile 7, Datum: Die Zuweisung „FB 1 · Caritas");
        assertThat(anzahl("Fehlerverlauf")).isZero();
        assertThat(anzahl("Fehlerneu")).isZero();
        assertThat(audit()).hasSize(vorher);
    }

    @Test
    void spaltenDerVorgaengeMuessenDaSein() {
        byte[] datei = csv("Vorgang;Nachname;Vorname;Geburtsdatum;Aufgenommen am",
                List.of("Umzug;Spaltenverlauf;Amal;15.01.1999;01.10.2020"));

        FachlicherFehler f = catchThrowableOfType(() -> importer.pruefen(cm, "spalten.csv", datei,
                Importoptionen.standard()), FachlicherFehler.class);

        assertThat(f.feldfehler()).extracting(Feldfehler::feld, Feldfehler::code, Feldfehler::argumente)
                .containsExactly(tuple("datei", "import.spalten.fehlen", List.of("Datum, Kommune")));
    }

    @Test
    void xlsxMitEchtenDatumsangaben() throws IOException {
        byte[] datei = xlsx("Xlsxverlauf");

        Importbericht bericht = importer.importieren(cm, "verlauf.xlsx", datei, new Importoptionen(GK, false));

        assertThat(bericht.fehler()).isEmpty();
        assertThat(bericht.uebernommen()).isEqualTo(4);
        TeilnehmerAkte akte = akte("Xlsxverlauf");
        assertThat(akte.kommune()).isEqualTo("Kaarst");
        assertThat(akte.programme()).singleElement().satisfies(p -> {
            assertThat(p.aufgenommenAm()).isEqualTo(LocalDate.of(2020, 10, 1));
            assertThat(p.abgemeldetAm()).isEqualTo(LocalDate.of(2021, 3, 1));
            assertThat(p.abmeldeart()).isEqualTo(Abmeldeart.MANGELNDE_MITWIRKUNG);
            assertThat(p.abmeldegrund()).isEqualTo("mangelnde Mitwirkung");
        });
        assertThat(akte.zuweisungen()).singleElement().extracting(Zuweisung::ab, Zuweisung::ergebnis)
                .containsExactly(LocalDate.of(2020, 11, 2), Zuweisungsergebnis.ABGESCHLOSSEN);

        Importbericht nochmal = importer.importieren(cm, "verlauf.xlsx", datei, new Importoptionen(GK, false));
        assertThat(nochmal.uebernommen()).isZero();
        assertThat(nochmal.uebersprungen()).isEqualTo(4);
    }

    @Test
    void gespeichertePersonenSpaetereListeBeendetZuweisungUndUrteilFolgtDemStatus() {
        aufnahmedienst.aufnehmen(cm, new AufnahmeAntrag(new TeilnehmerDaten("Bilal", "Bestandsverlauf",
                LocalDate.of(1999, 1, 15), kommunen.get("Neuss"), null, null), null, GK, LocalDate.of(2020, 10, 1),
                null, null, null, null, null));
        assertThat(akte("Bestandsverlauf").programme().get(0).einstufung()).isEqualTo("NICHT_ENTSCHEIDBAR");
        byte[] erste = csv(KOPF, List.of(
                "Statuswechsel;bestandsverlauf;BILAL;15.01.1999;01.10.2020;;Duldung;;;;;;;",
                "Zuweisung;Bestandsverlauf;Bilal;15.01.1999;02.11.2020;;;;Caritas | FB1 | Kaarst;;;;;"));

        Importbericht bericht = importer.importieren(cm, "bestand.csv", erste, Importoptionen.standard());

        assertThat(bericht.fehler()).isEmpty();
        assertThat(bericht.uebernommen()).isEqualTo(2);
        TeilnehmerAkte akte = akte("Bestandsverlauf");
        assertThat(akte.programme()).singleElement().satisfies(p -> {
            assertThat(p.einstufung()).isEqualTo("PRIMAER");
            assertThat(p.klaerungBis()).isNull();
        });
        assertThat(audit("URTEIL_NEU")).isNotEmpty();
        assertThat(akte.zuweisungen()).singleElement().extracting(Zuweisung::ergebnis)
                .isEqualTo(Zuweisungsergebnis.LAUFEND);

        byte[] spaeter = csv(KOPF, List.of(
                "Zuweisung;Bestandsverlauf;Bilal;15.01.1999;02.11.2020;;;;Caritas | FB1 | Kaarst;31.01.2021;"
                        + "abgeschlossen;;;"));
        assertThat(importer.importieren(cm, "bestand-2.csv", spaeter, Importoptionen.standard()).uebernommen())
                .isEqualTo(1);
        assertThat(akte("Bestandsverlauf").zuweisungen()).singleElement()
                .extracting(Zuweisung::ergebnis, Zuweisung::bis)
                .containsExactly(Zuweisungsergebnis.ABGESCHLOSSEN, LocalDate.of(2021, 1, 31));

        byte[] anders = csv(KOPF, List.of(
                "Zuweisung;Bestandsverlauf;Bilal;15.01.1999;02.11.2020;;;;Caritas | FB1 | Kaarst;28.02.2021;"
                        + "Abbruch;Umzug;;"));
        assertThat(importer.importieren(cm, "bestand-3.csv", anders, Importoptionen.standard()).fehler())
                .extracting(Importfehler::zeile, Importfehler::spalte, Importfehler::code)
                .containsExactly(tuple(2, "Zuweisung bis", "import.zuweisung.abweichend"));
    }

    static byte[] csv(String kopf, List<String> zeilen) {
        return (kopf + "\r\n" + String.join("\r\n", zeilen) + "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    /** Intake, move, assignment and de-registration, the dates as real Excel dates, the columns in another order. */
    private static byte[] xlsx(String nachname) throws IOException {
        try (XSSFWorkbook mappe = new XSSFWorkbook(); ByteArrayOutputStream aus = new ByteArrayOutputStream()) {
            Sheet blatt = mappe.createSheet("Verlauf");
            CellStyle datum = mappe.createCellStyle();
            datum.setDataFormat(mappe.getCreationHelper().createDataFormat().getFormat("dd.mm.yyyy"));
            String[] kopf = {"Datum", "Vorgang", "Vorname", "Nachname", "Geburtsdatum", "Kommune", "Aufenthaltsstatus",
                "Maßnahme", "Zuweisung bis", "Ergebnis", "Abmeldeart"};
            Object[][] zeilen = {
                {LocalDate.of(2021, 3, 1), "Abmeldung", null, null, null, null, null, null, null, null,
                    "mangelnde Mitwirkung"},
                {LocalDate.of(2020, 10, 1), "Aufnahme", null, null, null, "Neuss", "Duldung", null, null, null, null},
                {LocalDate.of(2020, 12, 1), "Umzug", null, null, null, "Kaarst", null, null, null, null, null},
                {LocalDate.of(2020, 11, 2), "Zuweisung", null, null, null, null, null, "FB 1 · Caritas · Neuss",
                    LocalDate.of(2021, 1, 31), "abgeschlossen", null}};
            Row k = blatt.createRow(0);
            for (int i = 0; i < kopf.length; i++) {
                k.createCell(i).setCellValue(kopf[i]);
            }
            for (int z = 0; z < zeilen.length; z++) {
                Row r = blatt.createRow(z + 1);
                zeilen[z][2] = "Amal";
                zeilen[z][3] = nachname;
                zeilen[z][4] = LocalDate.of(1999, 1, 15);
                for (int i = 0; i < kopf.length; i++) {
                    if (zeilen[z][i] instanceof LocalDate d) {
                        r.createCell(i).setCellValue(d);
                        r.getCell(i).setCellStyle(datum);
                    } else if (zeilen[z][i] != null) {
                        r.createCell(i).setCellValue((String) zeilen[z][i]);
                    }
                }
            }
            mappe.write(aus);
            return aus.toByteArray();
        }
    }

    private void massnahme(Baustein baustein, UUID traeger, List<String> orte, LocalDate start) {
        ctx.getBean(Massnahmen.class).anlegen(admin, new MassnahmeDaten(baustein.id(), traeger,
                orte.stream().map(kommunen::get).toList(), null, start, null, null, null),
                new Statuswechsel(Status.LAUFEND, start, null));
    }

    private TeilnehmerAkte akte(String nachname) {
        UUID id = dienst.suchen(cm, filter(nachname)).zeilen().get(0).id();
        return dienst.akte(cm, id);
    }

    private long anzahl(String nachname) {
        return dienst.suchen(cm, filter(nachname)).gesamt();
    }

    private static TeilnehmerFilter filter(String suche) {
        return new TeilnehmerFilter(suche, null, null, null, null, null, 0, 50);
    }

    /** Per table of the Kreis's history: the number of rows and a hash of their content (any update shows). */
    private Map<String, String> zeilen() {
        String schema = mandanten.schema(admin.kreisSlug()).schema();
        Datenbank db = new Datenbank(ctx);
        Map<String, String> zeilen = new java.util.TreeMap<>();
        for (String t : List.of("teilnehmer", "wohnort", "aufenthalt", "merkmal", "programmteilnahme", "zuweisung")) {
            zeilen.put(t, db.spalte("select count(*) || ' ' || md5(coalesce(string_agg(x::text, ',' order by x.id),"
                    + " '')) from " + schema + "." + t + " x").get(0));
        }
        return zeilen;
    }

    private static long anzahlIn(Map<String, String> zeilen, String tabelle) {
        return Long.parseLong(zeilen.get(tabelle).split(" ")[0]);
    }

    private List<String> audit() {
        return audit("IMPORTIERT");
    }

    private List<String> audit(String aktion) {
        String schema = mandanten.schema(admin.kreisSlug()).schema();
        return new Datenbank(ctx).spalte("select aenderung::text from " + schema + ".audit_log where aktion = '"
                + aktion + "' order by id");
    }

}
