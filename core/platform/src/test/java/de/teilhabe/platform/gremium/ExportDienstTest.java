package de.teilhabe.platform.gremium;

import static org.assertj.core.api.Assertions.assertThat;

import de.teilhabe.platform.dokument.Dokument;
import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The format-neutral member list and minutes that the PDF and XLSX writers render. */
@MicronautTest(transactional = false)
class ExportDienstTest {

    @Inject ApplicationContext ctx;
    @Inject ExportDienst export;

    @Test
    void mitgliederlisteUndProtokollJeNachRechtUndSprache() {
        GremienFixture f = new GremienFixture(ctx, "exp");
        Gremium lg = f.lenkungsgruppe();
        Sitz sitz = ctx.getBean(SitzeDienst.class).anlegen(f.ki, lg.id(), new SitzDaten(Mitgliedsrolle.MITGLIED,
                "Leitung Agentur für Arbeit", false));
        Mitgliedschaft vorsitz = f.mitgliedschaften.anlegen(f.ki, lg.id(), new MitgliedschaftDaten(
                f.person("Dirk Brügge").id(), null, Mitgliedsrolle.VORSITZ, "Kreisdirektor", "Rhein-Kreis Neuss",
                Organisationsart.KREISVERWALTUNG, null, GremienFixture.KONSTITUIERT, null));
        f.mitgliedschaften.anlegen(f.ki, lg.id(), new MitgliedschaftDaten(null, null, Mitgliedsrolle.MITGLIED,
                "Leitung", "Jobcenter Rhein-Kreis Neuss", Organisationsart.BEHOERDE, null, GremienFixture.KONSTITUIERT,
                LocalDate.of(2021, 12, 31)));

        Dokument liste = export.mitgliederliste(f.leser, lg.id(), LocalDate.of(2022, 1, 1), Locale.GERMAN);
        assertThat(liste.titel()).isEqualTo("Mitgliederliste: Lenkungsgruppe");
        assertThat(liste.bloecke().get(0)).isEqualTo(new Dokument.Absatz("Stand: 01.01.2022"));
        assertThat(liste.tabellen().get(0).spalten()).containsExactly("Rolle", "Name", "Funktion", "Organisation",
                "Art", "seit", "Vertretung für");
        assertThat(liste.tabellen().get(0).zeilen()).containsExactly(List.of("Vorsitz", "Dirk Brügge",
                "Kreisdirektor", "Rhein-Kreis Neuss", "Kreisverwaltung", "17.03.2021", ""));
        assertThat(liste.tabellen().get(1).zeilen()).containsExactly(List.of("Mitglied", sitz.funktion()));
        assertThat(export.mitgliederliste(f.leser, lg.id(), LocalDate.of(2021, 6, 1), Locale.ENGLISH)
                .tabellen().get(0).zeilen()).extracting(z -> z.get(0) + "|" + z.get(1) + "|" + z.get(4))
                .containsExactly("Chair|Dirk Brügge|District administration", "Member|N. N.|Authority");

        SitzungAnsicht s = f.sitzungen.anlegen(f.ki, lg.id(), new SitzungDaten(GremienFixture.KONSTITUIERT,
                LocalTime.of(14, 0), "Kreishaus Neuss", "Konstituierende Sitzung",
                List.of(new SitzungDaten.Punkt("Geschäftsordnung", null, "angenommen")),
                List.of(new SitzungDaten.Anwesenheit(vorsitz.id(), Teilnahmestatus.ANWESEND)), "Niederschrift …"));
        f.beschluesse.anlegen(f.ki, s.sitzung().id(), new BeschlussDaten("Die Geschäftsordnung gilt.", null));
        Dokument voll = export.protokoll(f.ki, s.sitzung().id(), Locale.GERMAN);
        assertThat(voll.titel()).isEqualTo("Protokoll: Lenkungsgruppe – Konstituierende Sitzung am 17.03.2021");
        assertThat(voll.bloecke()).contains(
                new Dokument.Absatz("Datum: 17.03.2021 · Beginn: 14:00 · Ort: Kreishaus Neuss"),
                new Dokument.Absatz("anwesend: Dirk Brügge (Rhein-Kreis Neuss)"),
                new Dokument.Absatz("Niederschrift …"));
        assertThat(voll.tabellen().get(0).zeilen()).containsExactly(List.of("1", "Geschäftsordnung", "angenommen"));
        assertThat(voll.tabellen().get(1).zeilen()).containsExactly(List.of("1", "Die Geschäftsordnung gilt."));

        Dokument fuerLeser = export.protokoll(f.cm, s.sitzung().id(), Locale.GERMAN);
        assertThat(fuerLeser.bloecke()).noneMatch(b -> b.toString().contains("Niederschrift")
                || b.toString().contains("anwesend"));
        assertThat(fuerLeser.tabellen().get(0).zeilen()).containsExactly(List.of("1", "Geschäftsordnung", ""));
    }
}
