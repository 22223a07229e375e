package de.teilhabe.platform.teilnehmer;

import static de.teilhabe.platform.finanzierung.Programmumgebung.DURCHSTARTEN;
import static de.teilhabe.platform.finanzierung.Programmumgebung.GEMEINSAM_KLAPPTS;
import static org.assertj.core.api.Assertions.assertThat;

import de.teilhabe.platform.baustein.Baustein;
import de.teilhabe.platform.finanzierung.Programmumgebung;
import de.teilhabe.platform.kommune.Kommune;
import de.teilhabe.platform.kommune.KommunenDienst;
import de.teilhabe.platform.massnahme.MassnahmeDaten;
import de.teilhabe.platform.massnahme.Massnahmen;
import de.teilhabe.platform.massnahme.Status;
import de.teilhabe.platform.massnahme.Statuswechsel;
import de.teilhabe.platform.sicherheit.Nutzer;
import de.teilhabe.platform.sicherheit.Rolle;
import de.teilhabe.platform.traeger.TraegerDaten;
import de.teilhabe.platform.traeger.TraegerVerzeichnis;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Measures the import of a 10,000-row participant list (issue 6: < 15 s): a deterministic CSV of fictitious,
 * valid people spread over RKN's Kommunen, checked ({@code pruefen}) and imported ({@code importieren}) into a
 * fresh Kreis, three times, after one unmeasured warm-up of 200 rows; then a history list of 10,000 people (about
 * 22,000 rows of every Vorgang) the same way, and imported a second time (every row skipped). Run by infra/bench/import.sh; writes
 * core/platform/target/messung-import.txt (and the list itself as target/messung-import.csv).
 */
@MicronautTest(transactional = false)
@EnabledIfSystemProperty(named = "teilhabe.messung", matches = "true")
@Property(name = "teilhabe.plugins.verzeichnis", value = "${teilhabe.test.plugins}")
class TeilnehmerImportMessung {

    static final int ZEILEN = 10_000;
    static final int LAEUFE = 3;
    static final LocalDate AUFNAHME = LocalDate.of(2021, 3, 31);
    static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    static final String[] VORNAMEN = {"Amal", "Bilal", "Dana", "Elias", "Farah", "Gabriel", "Hana", "Idris", "Jamila",
        "Karim", "Layla", "Malik", "Nadia", "Omar", "Parisa", "Qasim", "Rania", "Samir", "Tala", "Yusuf"};
    static final String[] SILBEN = {"ba", "ka", "ma", "ra", "sa", "ta", "na", "la", "da", "fa", "ha", "ja", "za",
        "wa", "ya", "ri", "mi", "ni", "di", "si", "lu", "mu", "nu", "ru", "tu"};

    @Inject ApplicationContext ctx;
    @Inject TeilnehmerImport importer;
    @Inject TeilnehmerDienst dienst;

    @Test
    void zehntausendZeilen() throws IOException {
        messen(200, "imp-warm");
        double[] pruefen = new double[LAEUFE];
        double[] importieren = new double[LAEUFE];
        for (int i = 0; i < LAEUFE; i++) {
            double[] lauf = messen(ZEILEN, "imp-mess");
            pruefen[i] = lauf[0];
            importieren[i] = lauf[1];
        }
        verlaufMessen(200, "imp-vwarm");
        double[][] verlauf = new double[3][LAEUFE];
        int zeilenVerlauf = 0;
        for (int i = 0; i < LAEUFE; i++) {
            double[] lauf = verlaufMessen(ZEILEN, "imp-vmess");
            for (int j = 0; j < 3; j++) {
                verlauf[j][i] = lauf[j];
            }
            zeilenVerlauf = (int) lauf[3];
        }
        String bericht = String.join("\n",
                "Teilnehmer-Import: " + ZEILEN + " Zeilen CSV (" + Path.of("target", "messung-import.csv").toFile()
                        .length() / 1024 + " KiB), je Lauf ein frischer Kreis mit 8 Kommunen und Gemeinsam klappt’s"
                        + " (Java " + System.getProperty("java.version") + ", "
                        + Runtime.getRuntime().availableProcessors() + " CPUs, PostgreSQL lokal)",
                zeile("pruefen (Trockenlauf)", pruefen),
                zeile("importieren (eine Transaktion)", importieren),
                "Verlaufsliste: " + zeilenVerlauf + " Zeilen für " + ZEILEN + " Personen (Aufnahme, Umzug,"
                        + " Statuswechsel, Zuweisung mit Ergebnis, Abmeldung, Wiederaufnahme), je Lauf ein frischer"
                        + " Kreis mit Durchstarten FB 1",
                zeile("pruefen (Trockenlauf)", verlauf[0]),
                zeile("importieren (eine Transaktion)", verlauf[1]),
                zeile("erneut importieren (übersprungen)", verlauf[2]), "");
        System.out.println(bericht);
        Files.writeString(Path.of("target", "messung-import.txt"), bericht);
    }

    /** One run into a fresh Kreis: seconds of the dry run and of the import. */
    private double[] messen(int zeilen, String stamm) throws IOException {
        Nutzer admin = Programmumgebung.kreisMit(ctx, stamm, GEMEINSAM_KLAPPTS);
        Nutzer cm = new Nutzer(UUID.randomUUID(), admin.kreisSlug() + ".cm", "Case-Management", admin.kreisSlug(),
                admin.kreisName(), Set.of(Rolle.CASE_MANAGEMENT));
        List<String> kommunen = ctx.getBean(KommunenDienst.class).liste(admin).stream().map(Kommune::name).toList();
        byte[] datei = liste(zeilen, kommunen);
        if (zeilen == ZEILEN) {
            Files.write(Path.of("target", "messung-import.csv"), datei);
        }
        Importoptionen optionen = new Importoptionen(GEMEINSAM_KLAPPTS, false);
        double[] sekunden = new double[2];
        Importbericht probe = zeit(() -> importer.pruefen(cm, "liste.csv", datei, optionen), sekunden, 0);
        assertThat(probe.fehler()).isEmpty();
        assertThat(probe.uebernommen()).isEqualTo(zeilen);
        Importbericht bericht = zeit(() -> importer.importieren(cm, "liste.csv", datei, optionen), sekunden, 1);
        assertThat(bericht.geschrieben()).isTrue();
        assertThat(dienst.anzahl(cm)).isEqualTo(zeilen);
        return sekunden;
    }

    /** One run of a history list into a fresh Kreis: seconds of dry run, import and re-import; the rows. */
    private double[] verlaufMessen(int personen, String stamm) {
        Nutzer admin = Programmumgebung.kreisMit(ctx, stamm, GEMEINSAM_KLAPPTS, DURCHSTARTEN);
        Nutzer cm = new Nutzer(UUID.randomUUID(), admin.kreisSlug() + ".cm", "Case-Management", admin.kreisSlug(),
                admin.kreisName(), Set.of(Rolle.CASE_MANAGEMENT));
        List<Kommune> kommunen = ctx.getBean(KommunenDienst.class).liste(admin);
        Baustein fb1 = Programmumgebung.baustein(ctx, admin, DURCHSTARTEN, 1, LocalDate.of(2020, 1, 1),
                LocalDate.of(2022, 6, 30));
        UUID traeger = ctx.getBean(TraegerVerzeichnis.class).anlegen(admin, new TraegerDaten("Messträger gGmbH",
                "Messträger", null, null, List.of(), Set.of())).id();
        ctx.getBean(Massnahmen.class).anlegen(admin, new MassnahmeDaten(fb1.id(), traeger,
                kommunen.stream().map(Kommune::id).toList(), "Coaching", LocalDate.of(2020, 6, 1), null, null, null),
                new Statuswechsel(Status.LAUFEND, LocalDate.of(2020, 6, 1), null));
        byte[] datei = verlaufsliste(personen, kommunen.stream().map(Kommune::name).toList());
        int zeilen = datei.length == 0 ? 0 : (int) new String(datei, StandardCharsets.UTF_8).lines().count() - 1;
        Importoptionen optionen = new Importoptionen(GEMEINSAM_KLAPPTS, false);
        double[] sekunden = new double[4];
        Importbericht probe = zeit(() -> importer.pruefen(cm, "verlauf.csv", datei, optionen), sekunden, 0);
        assertThat(probe.fehler()).isEmpty();
        assertThat(probe.uebernommen()).isEqualTo(zeilen);
        Importbericht bericht = zeit(() -> importer.importieren(cm, "verlauf.csv", datei, optionen), sekunden, 1);
        assertThat(bericht.geschrieben()).isTrue();
        assertThat(dienst.anzahl(cm)).isEqualTo(personen);
        Importbericht nochmal = zeit(() -> importer.importieren(cm, "verlauf.csv", datei, optionen), sekunden, 2);
        assertThat(nochmal.uebersprungen()).isEqualTo(zeilen);
        sekunden[3] = zeilen;
        return sekunden;
    }

    /**
     * A history list of {@code personen} people, rows in file order person by person: intake between 01.10.2020 and
     * 29.12.2020; every third moves a month later, every fourth gets a status change, every second an assignment to
     * the Maßnahme (every eighth ended as completed), every tenth with an odd number is de-registered after 120 days,
     * every twentieth of those taken in again after 200.
     */
    static byte[] verlaufsliste(int personen, List<String> kommunen) {
        StringBuilder csv = new StringBuilder("Vorgang;Nachname;Vorname;Geburtsdatum;Datum;Kommune;Aufenthaltsstatus;"
                + "Maßnahme;Zuweisung bis;Ergebnis;Abmeldegrund;Abmeldeart\r\n");
        for (int i = 0; i < personen; i++) {
            int n = i / VORNAMEN.length;
            String person = gross(SILBEN[n % SILBEN.length] + SILBEN[(n / SILBEN.length) % SILBEN.length]
                    + SILBEN[(n / (SILBEN.length * SILBEN.length)) % SILBEN.length]) + "o;" + VORNAMEN[i % VORNAMEN.length]
                    + ";";
            LocalDate aufnahme = LocalDate.of(2020, 10, 1).plusDays(i % 90);
            person += DATUM.format(aufnahme.minusYears(18 + i % 8).minusDays(1 + i % 300)) + ";";
            String kommune = kommunen.get(i % kommunen.size());
            csv.append("Aufnahme;").append(person).append(DATUM.format(aufnahme)).append(';').append(kommune)
                    .append(';').append(i % 4 == 0 ? "Gestattung" : "Duldung").append(";;;;;\r\n");
            if (i % 3 == 0) {
                csv.append("Umzug;").append(person).append(DATUM.format(aufnahme.plusDays(30))).append(';')
                        .append(kommunen.get((i + 1) % kommunen.size())).append(";;;;;;\r\n");
            }
            if (i % 4 == 0) {
                csv.append("Statuswechsel;").append(person).append(DATUM.format(aufnahme.plusDays(40)))
                        .append(";;Duldung;;;;;\r\n");
            }
            if (i % 2 == 0) {
                csv.append("Zuweisung;").append(person).append(DATUM.format(aufnahme.plusDays(10)))
                        .append(";;;FB 1 · Messträger;")
                        .append(i % 8 == 0 ? DATUM.format(aufnahme.plusDays(70)) + ";abgeschlossen" : ";")
                        .append(";;\r\n");
            }
            if (i % 10 == 5) {
                csv.append("Abmeldung;").append(person).append(DATUM.format(aufnahme.plusDays(120)))
                        .append(";;;;;;nicht erreichbar;nicht erreichbar\r\n");
                if (i % 20 == 5) {
                    csv.append("Wiederaufnahme;").append(person).append(DATUM.format(aufnahme.plusDays(200)))
                            .append(";;;;;;;\r\n");
                }
            }
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Fictitious people: a first name and a made-up surname of three syllables (unique per row), aged 18 to 27
     * on the intake date, tolerated or with permission to stay, in the Kreis's Kommunen in turn.
     */
    static byte[] liste(int zeilen, List<String> kommunen) {
        StringBuilder csv = new StringBuilder("Nachname;Vorname;Geburtsdatum;Kommune;Aufenthaltsstatus;Status seit;"
                + "Aufgenommen am;Sprachniveau;Beschäftigungsverbot\r\n");
        for (int i = 0; i < zeilen; i++) {
            int n = i / VORNAMEN.length;
            String nachname = gross(SILBEN[n % SILBEN.length] + SILBEN[(n / SILBEN.length) % SILBEN.length]
                    + SILBEN[(n / (SILBEN.length * SILBEN.length)) % SILBEN.length]) + "i";
            LocalDate geburt = AUFNAHME.minusYears(18 + i % 10).minusDays(1 + i % 300);
            csv.append(nachname).append(';').append(VORNAMEN[i % VORNAMEN.length]).append(';')
                    .append(DATUM.format(geburt)).append(';').append(kommunen.get(i % kommunen.size())).append(';')
                    .append(i % 4 == 0 ? "Gestattung" : "Duldung").append(';')
                    .append(DATUM.format(AUFNAHME.minusMonths(6 + i % 12))).append(';')
                    .append(DATUM.format(AUFNAHME)).append(';').append(i % 3 == 0 ? "A2" : "B1").append(';')
                    .append(i % 5 == 0 ? "ja" : "nein").append("\r\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String gross(String text) {
        return text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }

    private static Importbericht zeit(Supplier<Importbericht> lauf, double[] sekunden, int index) {
        long start = System.nanoTime();
        Importbericht bericht = lauf.get();
        sekunden[index] = (System.nanoTime() - start) / 1e9;
        return bericht;
    }

    private static String zeile(String was, double[] sekunden) {
        double[] sortiert = sekunden.clone();
        Arrays.sort(sortiert);
        List<String> einzeln = new ArrayList<>();
        for (double s : sekunden) {
            einzeln.add(String.format(Locale.GERMANY, "%.2f", s));
        }
        return String.format(Locale.GERMANY, "  %-32s Median %.2f s (Läufe: %s s)", was, sortiert[sortiert.length / 2],
                String.join(" / ", einzeln));
    }
}
