package de.teilhabe.platform.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import de.teilhabe.platform.massnahme.MassnahmeAnsicht;
import de.teilhabe.platform.massnahme.MassnahmeZeile;
import de.teilhabe.platform.massnahme.Massnahmen;
import de.teilhabe.platform.massnahme.Status;
import de.teilhabe.platform.massnahme.StatuseintragAnsicht;
import de.teilhabe.platform.programm.ProgrammDienst;
import de.teilhabe.platform.sicherheit.Nutzer;
import de.teilhabe.platform.sicherheit.Rolle;
import de.teilhabe.platform.testing.TestKreise;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The Maßnahmen table of seed 000 (RKN, 31.03.2021), entered through the services, reads back the same. */
@MicronautTest(transactional = false)
@Property(name = "teilhabe.plugins.verzeichnis", value = "${teilhabe.test.plugins}")
class RknMassnahmenTest {

    /** The table of seed 000 as printed, cells joined ("Roki" is the report's short form of Rommerskirchen). */
    static final List<String> SEED_000 = List.of(
            "Grevenbroich | FB 1 | AWO Berufshilfe | 01.12.2020",
            "Grevenbroich | FB 1 | AWO Berufshilfe | 01.09.2021",
            "Dormagen | FB 1 | Caritas | 01.04.2020",
            "Neuss/Kaarst | FB 1 | Caritas | 01.04.2020",
            "Dormagen | FB 1 | KJA | 01.10.2020",
            "Grevenbroich | FB 1 | KJA | 01.10.2020",
            "Jüchen | FB 1 | TZG | 20.11.2020",
            "Korschenbroich | FB 1 | TZG | 20.11.2020",
            "Meerbusch | FB 1 | TZG | 01.11.2020",
            "Meerbusch | FB 1 | TZG | 01.06.2020",
            "Roki | FB 1 | TZG | 01.01.2021",
            "Neuss | FB 2 | BfZ Schlicherum | 03.05.2021",
            "Dormagen | FB 2 | KJA | 01.11.2020",
            "Grevenbroich | FB 2 | KJA | 01.11.2020",
            "Neuss | FB 2 | KJA | 01.11.2020",
            "Jüchen | FB 2 | TZG | Voraussichtlich Mitte Juni 2021",
            "Korschenbroich | FB 2 | TZG | Voraussichtlich Mitte Juni 2021",
            "Meerbusch | FB 2 | TZG | Voraussichtlich Mitte Juni 2021",
            "Grevenbroich | FB 3 | VHS Grevenbroich | 09.11.2020",
            "Grevenbroich | FB 4 | AWO Berufshilfe | Geplant war 01.04.2021, wird nicht durchgeführt (nicht genügend TN)",
            "Neuss | FB 4 | BfZ Schlicherum | 03.05.2021",
            "Dormagen | FB 4 | VHS Dormagen | 01.09.2021",
            "Dormagen | FB 4 | VHS Dormagen | Geplant war 01.04.2021, wird nicht durchgeführt (nicht genügend TN)",
            "Neuss | FB 4 | KJA | 01.05.2021");

    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    @Inject ApplicationContext ctx;
    @Inject RknMassnahmen demo;
    @Inject Massnahmen massnahmen;
    @Inject ProgrammDienst programme;

    @Test
    void tabelleWieImBericht() {
        String slug = TestKreise.slug("rkn-fb");
        TestKreise.onboarden(ctx, slug);
        Nutzer admin = TestKreise.admin(ctx, slug);
        programme.aktivieren(admin, "durchstarten");
        Nutzer ki = new Nutzer(admin.id(), slug + ".ki", "KI", slug, admin.kreisName(), Set.of(Rolle.KI_KOORDINATION));

        demo.anlegen(ki);
        demo.anlegen(ki);

        List<MassnahmeZeile> tabelle = massnahmen.tabelle(ki);
        assertThat(tabelle).extracting(RknMassnahmenTest::wieImBericht).containsExactlyElementsOf(SEED_000);
    }

    @Test
    void hauptschulabschlussUnterbrochenUndFortgefuehrt() {
        String slug = TestKreise.slug("rkn-fb3");
        TestKreise.onboarden(ctx, slug);
        Nutzer admin = TestKreise.admin(ctx, slug);
        programme.aktivieren(admin, "durchstarten");
        demo.anlegen(admin);

        MassnahmeZeile fb3 = massnahmen.tabelle(admin).stream().filter(z -> z.bausteinNummer() == 3).findFirst()
                .orElseThrow();
        MassnahmeAnsicht ansicht = massnahmen.lesen(admin, fb3.id());
        assertThat(ansicht.verlauf())
                .extracting(StatuseintragAnsicht::status, StatuseintragAnsicht::ab).containsExactly(
                tuple(Status.LAUFEND, LocalDate.of(2020, 11, 9)),
                tuple(Status.UNTERBROCHEN, LocalDate.of(2020, 12, 16)),
                tuple(Status.LAUFEND, LocalDate.of(2021, 3, 1)));
        assertThat(fb3.status()).isEqualTo(Status.LAUFEND);
    }

    static String wieImBericht(MassnahmeZeile z) {
        String start = z.geplanterStart() == null ? z.startHinweis() : DATUM.format(z.geplanterStart());
        if (z.status() == Status.ABGESAGT) {
            start = "Geplant war " + start + ", wird nicht durchgeführt (" + z.statusGrund() + ")";
        }
        String orte = z.kommunen().equals("Rommerskirchen") ? "Roki" : z.kommunen();
        return orte + " | FB " + z.bausteinNummer() + " | " + z.traeger() + " | " + start;
    }
}
