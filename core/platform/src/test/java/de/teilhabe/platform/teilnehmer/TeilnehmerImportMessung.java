package de.teilhabe.platform.teilnehmer;

import static de.teilhabe.platform.finanzierung.Programmumgebung.GEMEINSAM_KLAPPTS;
import static org.assertj.core.api.Assertions.assertThat;

import de.teilhabe.platform.finanzierung.Programmumgebung;
import de.teilhabe.platform.kommune.Kommune;
import de.teilhabe.platform.kommune.KommunenDienst;
import de.teilhabe.platform.sicherheit.Nutzer;
import de.teilhabe.platform.sicherheit.Rolle;
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
 * fresh Kreis, three times, after one unmeasured warm-up of 200 rows. Run by infra/bench/import.sh; writes
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
        String bericht = String.join("\n",
                "Teilnehmer-Import: " + ZEILEN + " Zeilen CSV (" + Path.of("target", "messung-import.csv").toFile()
                        .length() / 1024 + " KiB), je Lauf ein frischer Kreis mit 8 Kommunen und Gemeinsam klappt’s"
                        + " (Java " + System.getProperty("java.version") + ", "
                        + Runtime.getRuntime().availableProcessors() + " CPUs, PostgreSQL lokal)",
                zeile("pruefen (Trockenlauf)", pruefen),
                zeile("importieren (eine Transaktion)", importieren), "");
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
