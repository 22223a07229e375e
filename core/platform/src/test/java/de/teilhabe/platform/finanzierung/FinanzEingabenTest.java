package de.teilhabe.platform.finanzierung;

import static de.teilhabe.platform.finanzierung.Programmumgebung.DURCHSTARTEN;
import static de.teilhabe.platform.finanzierung.Programmumgebung.GEMEINSAM_KLAPPTS;
import static de.teilhabe.platform.testing.Abweisungen.ungueltig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import de.teilhabe.platform.baustein.Baustein;
import de.teilhabe.platform.fehler.FachlicherFehler;
import de.teilhabe.platform.sicherheit.Nutzer;
import de.teilhabe.platform.testing.Datenbank;
import de.teilhabe.platform.traeger.TraegerDaten;
import de.teilhabe.platform.traeger.TraegerVerzeichnis;
import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Bad funding input gets specific field errors and writes nothing: negative amounts, cents, end before start,
 * periods and years outside the Baustein's, unknown Bausteine and providers, Bausteine of another program, more
 * split than granted. Bausteine: Durchstarten FB 1 and 3 for RKN's Zuwendungsbescheid of 02.10.2020 (seed 000),
 * funding up to 30.06.2022 (seed 001); Gemeinsam klappt's Baustein 6 01.05.2020–31.12.2021 (seed 000).
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FinanzEingabenTest implements TestPropertyProvider {

    static final LocalDate BESCHEID_VOM = LocalDate.of(2020, 10, 2);
    static final LocalDate ENDE = LocalDate.of(2022, 6, 30);

    @Inject ApplicationContext ctx;
    @Inject Zuwendungsbescheide bescheide;
    @Inject Weiterleitungen weiterleitungen;

    Nutzer admin;
    Baustein fb1;
    Baustein fb3;
    Baustein b6;
    UUID tzg;

    @Override
    public Map<String, String> getProperties() {
        return Map.of("teilhabe.plugins.verzeichnis", Programmumgebung.pluginVerzeichnis());
    }

    @BeforeAll
    void kreis() {
        admin = Programmumgebung.kreisMit(ctx, "fin-ein", DURCHSTARTEN, GEMEINSAM_KLAPPTS);
        fb1 = Programmumgebung.baustein(ctx, admin, DURCHSTARTEN, 1, LocalDate.of(2020, 4, 1), ENDE);
        // FB 3 started on 09.11.2020 (seed 000)
        fb3 = Programmumgebung.baustein(ctx, admin, DURCHSTARTEN, 3, LocalDate.of(2020, 11, 9), ENDE);
        b6 = Programmumgebung.baustein(ctx, admin, GEMEINSAM_KLAPPTS, 6, LocalDate.of(2020, 5, 1),
                LocalDate.of(2021, 12, 31));
        tzg = ctx.getBean(TraegerVerzeichnis.class).anlegen(admin, new TraegerDaten("Technologiezentrum Glehn GmbH",
                "TZG", "GmbH", null, null, null)).id();
    }

    @Test
    void bescheidMitLauterFehlernNenntJedesFeld() {
        UUID unbekannt = UUID.randomUUID();
        ungueltig(() -> bescheide.anlegen(admin, new BescheidDaten(DURCHSTARTEN, Finanzierungsart.BESCHEID, null, null,
                        ENDE, BESCHEID_VOM, new BigDecimal("-1170000.00"), List.of(fb1.id(), b6.id(), unbekannt),
                        List.of(new BescheidDaten.Posten(fb3.id(), 2021, new BigDecimal("10.001"))), null)),
                tuple("datum", "pflichtfeld"),
                tuple("ende", "zeitraum.ende.vor.beginn"),
                tuple("betrag", "betrag.negativ"),
                tuple("bausteine[1]", "finanzierung.baustein.anderes.programm"),
                tuple("bausteine[2]", "baustein.nicht.gefunden"),
                tuple("posten[0].bausteinId", "finanzierung.posten.baustein.nicht.erfasst"),
                tuple("posten[0].betrag", "finanzierung.betrag.cent"));
        assertThat(bescheide.liste(admin, DURCHSTARTEN)).isEmpty();
    }

    @Test
    void bescheidOhnePflichtangabenNenntSieVorDenRegeln() {
        // period, total and each amount's Baustein, year and amount are constraints of the records (also in a list);
        // the date, required only for a Bescheid, stays a rule and waits until the constraints hold
        ungueltig(() -> bescheide.anlegen(admin, new BescheidDaten(DURCHSTARTEN, Finanzierungsart.BESCHEID, null, null,
                        null, null, null, List.of(),
                        List.of(new BescheidDaten.Posten(null, null, null)), null)),
                tuple("bausteine", "finanzierung.bausteine.leer"), tuple("beginn", "pflichtfeld"), tuple("betrag", "pflichtfeld"), tuple("ende", "pflichtfeld"),
                tuple("posten[0].bausteinId", "pflichtfeld"), tuple("posten[0].betrag", "pflichtfeld"),
                tuple("posten[0].jahr", "pflichtfeld"));
        assertThat(bescheide.liste(admin, DURCHSTARTEN)).isEmpty();
    }

    @Test
    void jahreUndSummeDerPostenWerdenGeprueft() {
        FachlicherFehler f = ungueltig(() -> bescheide.anlegen(admin, new BescheidDaten(DURCHSTARTEN, null,
                        BESCHEID_VOM, "50.4-2020", BESCHEID_VOM, ENDE, new BigDecimal("1000.00"),
                        List.of(fb1.id(), fb3.id()), List.of(
                        new BescheidDaten.Posten(fb3.id(), 2020, new BigDecimal("400.00")),
                        new BescheidDaten.Posten(fb1.id(), 2023, new BigDecimal("100.00")),
                        new BescheidDaten.Posten(fb3.id(), 2020, new BigDecimal("500.00")),
                        new BescheidDaten.Posten(fb3.id(), 2021, new BigDecimal("100.01"))), null)),
                tuple("posten[1].jahr", "finanzierung.jahr.ausserhalb"),
                tuple("posten[2].jahr", "finanzierung.posten.doppelt"),
                tuple("posten", "finanzierung.posten.summe"));
        assertThat(f.feldfehler().get(0).text(Locale.GERMAN))
                .isEqualTo("Das Jahr 2023 liegt außerhalb des Zeitraums (möglich: 2020 bis 2022).");
        assertThat(f.feldfehler().get(2).text(Locale.GERMAN)).isEqualTo("Die Beträge je Baustein und Jahr "
                + "(1.100,01 €) übersteigen den Gesamtbetrag des Bescheids (1.000,00 €).");
        assertThat(f.feldfehler().get(2).text(Locale.ENGLISH)).isEqualTo("The amounts per Baustein and year "
                + "(1,100.01 €) exceed the total of the notice (1,000.00 €).");
    }

    @Test
    void bescheidZeitraumOhneUeberschneidungMitDemBaustein() {
        FachlicherFehler f = ungueltig(() -> bescheide.anlegen(admin, new BescheidDaten(GEMEINSAM_KLAPPTS, null,
                        LocalDate.of(2021, 12, 1), null, LocalDate.of(2022, 1, 1), ENDE, new BigDecimal("1"),
                        List.of(b6.id()), null, null)),
                tuple("bausteine[0]", "finanzierung.zeitraum.ausserhalb.baustein"));
        assertThat(f.feldfehler().get(0).text(Locale.GERMAN))
                .isEqualTo("Der Zeitraum liegt außerhalb des Zeitraums von FB 6 (01.05.2020 – 31.12.2021).");
    }

    @Test
    void weiterleitungMitFehlern() {
        // the contract is a constraint of the record: without it the rules below are not asked yet
        ungueltig(() -> weiterleitungen.anlegen(admin, new WeiterleitungDaten(UUID.randomUUID(), UUID.randomUUID(),
                        new BigDecimal("-5"), LocalDate.of(2021, 3, 1), LocalDate.of(2021, 2, 28), " ", null)),
                tuple("vertrag", "pflichtfeld"));
        ungueltig(() -> weiterleitungen.anlegen(admin, new WeiterleitungDaten(UUID.randomUUID(), UUID.randomUUID(),
                        new BigDecimal("-5"), LocalDate.of(2021, 3, 1), LocalDate.of(2021, 2, 28), "V-0", null)),
                tuple("bausteinId", "baustein.nicht.gefunden"),
                tuple("traegerId", "traeger.nicht.gefunden"),
                tuple("betrag", "betrag.negativ"),
                tuple("ende", "zeitraum.ende.vor.beginn"));
        // FB 3 began on 09.11.2020; a contract from 01.11.2020 to 31.12.2022 lies outside at both ends
        FachlicherFehler f = ungueltig(() -> weiterleitungen.anlegen(admin, new WeiterleitungDaten(fb3.id(), tzg,
                        new BigDecimal("25000"), LocalDate.of(2020, 11, 1), LocalDate.of(2022, 12, 31), "V-FB3",
                        null)),
                tuple("beginn", "finanzierung.zeitraum.ausserhalb.baustein"),
                tuple("ende", "finanzierung.zeitraum.ausserhalb.baustein"));
        assertThat(f.feldfehler().get(0).text(Locale.GERMAN))
                .isEqualTo("Der Zeitraum liegt außerhalb des Zeitraums von FB 3 (09.11.2020 – 30.06.2022).");
        ungueltig(() -> weiterleitungen.anlegen(admin, new WeiterleitungDaten(null, null, null, null, null, null, null)),
                tuple("bausteinId", "pflichtfeld"), tuple("beginn", "pflichtfeld"), tuple("betrag", "pflichtfeld"),
                tuple("ende", "pflichtfeld"), tuple("traegerId", "pflichtfeld"), tuple("vertrag", "pflichtfeld"));
        assertThat(weiterleitungen.liste(admin, DURCHSTARTEN)).isEmpty();
        Datenbank db = new Datenbank(ctx);
        String schema = "kreis_" + admin.kreisSlug().replace('-', '_');
        assertThat(db.anzahl("select count(*) from " + schema + ".weiterleitung")).isZero();
    }

    @Test
    void einGueltigerBescheidWirdMitCentBetraegenGespeichert() {
        Bescheid b = bescheide.anlegen(admin, new BescheidDaten(DURCHSTARTEN, null, BESCHEID_VOM, " 50.4 ",
                BESCHEID_VOM, ENDE, new BigDecimal("1000"), List.of(fb1.id(), fb3.id()), List.of(
                new BescheidDaten.Posten(fb1.id(), 2021, new BigDecimal("599.5")),
                new BescheidDaten.Posten(fb3.id(), 2021, new BigDecimal("400.5"))), "  "));
        assertThat(b.stamm().art()).isEqualTo(Finanzierungsart.BESCHEID);
        assertThat(b.stamm().aktenzeichen()).isEqualTo("50.4");
        assertThat(b.stamm().bemerkung()).isNull();
        assertThat(b.stamm().betrag()).isEqualTo("1000.00");
        assertThat(b.posten()).extracting(BescheidpostenAnsicht::betrag)
                .containsExactly(new BigDecimal("599.50"), new BigDecimal("400.50"));
        assertThat(b.nichtAufgeteilt()).isEqualTo("0.00");
        bescheide.loeschen(admin, b.id(), b.version());
    }
}
