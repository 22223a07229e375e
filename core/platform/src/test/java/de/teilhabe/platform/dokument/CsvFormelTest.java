package de.teilhabe.platform.dokument;

import static de.teilhabe.platform.finanzierung.Programmumgebung.DURCHSTARTEN;
import static de.teilhabe.platform.finanzierung.Programmumgebung.GEMEINSAM_KLAPPTS;
import static org.assertj.core.api.Assertions.assertThat;

import de.teilhabe.platform.baustein.Baustein;
import de.teilhabe.platform.bericht.Berichtsdokumente;
import de.teilhabe.platform.finanzierung.Programmumgebung;
import de.teilhabe.platform.kommune.KommunenDienst;
import de.teilhabe.platform.kreis.KreisVerwaltung;
import de.teilhabe.platform.massnahme.MassnahmeDaten;
import de.teilhabe.platform.massnahme.Massnahmen;
import de.teilhabe.platform.massnahme.Status;
import de.teilhabe.platform.massnahme.Statuswechsel;
import de.teilhabe.platform.sicherheit.Nutzer;
import de.teilhabe.platform.testing.TestKreise;
import de.teilhabe.platform.benutzer.BenutzerDaten;
import de.teilhabe.platform.benutzer.Benutzerverwaltung;
import de.teilhabe.platform.sicherheit.Rolle;
import de.teilhabe.platform.traeger.TraegerDaten;
import de.teilhabe.platform.traeger.TraegerVerzeichnis;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * CSV formula injection (OWASP): a provider named like a spreadsheet formula appears neutralised — with a leading
 * apostrophe — in every CSV the platform writes: the report files and the operator's archive of a Kreis. Every cell of
 * the files is read back with a CSV library; numbers, also negative ones, stay as they are.
 */
@MicronautTest(transactional = false)
@Property(name = "teilhabe.plugins.verzeichnis", value = "${teilhabe.test.plugins}")
class CsvFormelTest {

    static final String FORMEL = "=HYPERLINK(\"http://x\",\"klick\")";
    static final String KURZ = "+SUMME(A1:A9)";

    @Inject ApplicationContext ctx;

    @Test
    void keineZelleBeginntMitEinerFormel() throws IOException {
        Nutzer admin = Programmumgebung.kreisMit(ctx, "csv-formel", GEMEINSAM_KLAPPTS, DURCHSTARTEN);
        UUID neuss = ctx.getBean(KommunenDienst.class).liste(admin).stream().filter(k -> k.name().equals("Neuss"))
                .findFirst().orElseThrow().id();
        Baustein fb1 = Programmumgebung.baustein(ctx, admin, DURCHSTARTEN, 1, LocalDate.of(2020, 5, 1),
                LocalDate.of(2021, 12, 31));
        UUID traeger = ctx.getBean(TraegerVerzeichnis.class).anlegen(admin, new TraegerDaten(FORMEL, KURZ, null,
                "@SUM(1)", List.of(), Set.of(neuss))).id();
        ctx.getBean(Massnahmen.class).anlegen(admin, new MassnahmeDaten(fb1.id(), traeger, List.of(neuss),
                "-1+1", LocalDate.of(2020, 6, 1), null, null, null), new Statuswechsel(Status.GEPLANT,
                LocalDate.of(2020, 5, 15), null));

        byte[] bericht = Dateiformat.CSV.bytes(ctx.getBean(Berichtsdokumente.class).dokument(admin, "massnahmen",
                DURCHSTARTEN, LocalDate.of(2021, 3, 31)));
        List<String> zellen = zellen(new String(bericht, StandardCharsets.UTF_8).substring(1), ';');
        assertThat(zellen).contains("'" + KURZ).noneMatch(CsvFormelTest::formel);

        ctx.getBean(Benutzerverwaltung.class).anlegen(admin, new BenutzerDaten(admin.kreisSlug() + ".formel",
                "+49 Formel", Set.of(Rolle.CASE_MANAGEMENT), true, "zellen-passwort-1"));
        TestKreise.exportFreigeben(ctx, admin.kreisSlug());
        byte[] zip = ctx.getBean(KreisVerwaltung.class).exportieren(TestKreise.betreiber(ctx), admin.kreisSlug());
        List<String> archiv = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().endsWith(".csv")) {
                    archiv.addAll(zellen(new String(in.readAllBytes(), StandardCharsets.UTF_8), ','));
                }
            }
        }
        assertThat(archiv).contains("'" + FORMEL, "'" + KURZ, "'@SUM(1)", "'-1+1", "'+49 Formel").noneMatch(CsvFormelTest::formel);
    }

    @Test
    void texteWerdenEntschaerftZahlenBleibenZahlen() throws IOException {
        Dokument d = new Dokument("=Titel", List.of(Dokument.Tabelle.von(List.of("@Spalte", "Differenz"),
                List.of(List.of("-Text", new java.math.BigDecimal("-3.5")), List.of("\tTab", -2), List.of("Caritas", 0)))));
        List<String> zellen = zellen(new String(Dateiformat.CSV.bytes(d), StandardCharsets.UTF_8).substring(1), ';');
        assertThat(zellen).containsExactly("'=Titel", "'@Spalte", "Differenz", "'-Text", "-3,5", "'\tTab", "-2",
                "Caritas", "0");
    }

    /** A cell a spreadsheet would evaluate: starting with a formula character, and not simply a (negative) number. */
    private static boolean formel(String zelle) {
        return !zelle.isEmpty() && CsvSchreiber.FORMELZEICHEN.indexOf(zelle.charAt(0)) >= 0
                && !zelle.matches("-\\d+([.,]\\d+)?");
    }

    private static List<String> zellen(String csv, char trenner) throws IOException {
        List<String> zellen = new ArrayList<>();
        for (CSVRecord r : CSVFormat.DEFAULT.builder().setDelimiter(trenner).get().parse(new StringReader(csv))) {
            r.stream().filter(z -> !z.isEmpty()).forEach(zellen::add);
        }
        return zellen;
    }
}
