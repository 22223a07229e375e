package de.teilhabe.platform.stelle;

import static de.teilhabe.platform.finanzierung.Programmumgebung.GEMEINSAM_KLAPPTS;
import static de.teilhabe.platform.testing.Abweisungen.ungueltig;
import static de.teilhabe.platform.testing.Abweisungen.verweis;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import de.teilhabe.platform.fehler.FachlicherFehler;
import de.teilhabe.platform.finanzierung.Programmumgebung;
import de.teilhabe.platform.kommune.Kommune;
import de.teilhabe.platform.kommune.KommunenDienst;
import de.teilhabe.platform.sicherheit.Nutzer;
import de.teilhabe.platform.sicherheit.Rolle;
import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Bad staffing input gets specific field errors and nothing is saved: negative counts (Jüchen −17 instead of 17,
 * seed 000), fractions of people, unknown inputs, a Kommune of another Kreis, a VZÄ of 0 or over 1.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StellenEingabenTest implements TestPropertyProvider {

    static final String THM = "gemeinsam-klappts.thm-stellen";
    static final String GEDULDETE = "geduldete-18-27";
    static final LocalDate STICHTAG = LocalDate.of(2019, 12, 31);

    @Inject ApplicationContext ctx;
    @Inject Stellenberechnungen berechnungen;
    @Inject Stellen stellen;
    @Inject Stellenuebersicht uebersicht;

    Nutzer admin;
    Map<String, UUID> kommune;

    @Override
    public Map<String, String> getProperties() {
        return Map.of("teilhabe.plugins.verzeichnis", Programmumgebung.pluginVerzeichnis());
    }

    @BeforeAll
    void kreis() {
        admin = Programmumgebung.kreisMit(ctx, "thm-ein", GEMEINSAM_KLAPPTS);
        kommune = ctx.getBean(KommunenDienst.class).liste(admin).stream()
                .collect(Collectors.toMap(Kommune::name, Kommune::id));
    }

    StellenberechnungDaten.Wert wert(String eingabe, String kommuneName, String wert) {
        return new StellenberechnungDaten.Wert(eingabe, kommuneName == null ? null : kommune.get(kommuneName),
                wert == null ? null : new BigDecimal(wert));
    }

    @Test
    void eingabenMitFehlernNennenJedenWert() {
        FachlicherFehler f = ungueltig(() -> berechnungen.anlegen(admin, new StellenberechnungDaten(GEMEINSAM_KLAPPTS,
                        THM, STICHTAG, null, List.of(
                        wert(GEDULDETE, "Dormagen", "47"),
                        wert(GEDULDETE, "Jüchen", "-17"),
                        wert(GEDULDETE, "Kaarst", "36.5"),
                        wert("gestattete-18-27", "Neuss", "42"),
                        wert(GEDULDETE, null, "308"),
                        new StellenberechnungDaten.Wert(GEDULDETE, UUID.randomUUID(), BigDecimal.ONE),
                        wert(GEDULDETE, "Dormagen", "47")))),
                tuple("werte[1].wert", "stelle.eingabe.negativ"),
                tuple("werte[2].wert", "stelle.eingabe.ganzzahl"),
                tuple("werte[3].eingabe", "stelle.eingabe.unbekannt"),
                tuple("werte[4].kommuneId", "stelle.eingabe.kommune.fehlt"),
                tuple("werte[5].kommuneId", "kommune.fremd"),
                tuple("werte[6].kommuneId", "stelle.eingabe.doppelt"));
        assertThat(f.feldfehler().get(0).text(Locale.GERMAN)).isEqualTo("Der Wert darf nicht negativ sein (eingegeben: -17).");
        assertThat(f.feldfehler().get(2).text(Locale.GERMAN))
                .isEqualTo("Die Eingabe „gestattete-18-27“ gehört nicht zum Stellenschlüssel „Teilhabemanager-Stellen (Baustein 6)“.");
        // a value's input and value are constraints of the record: checked before the formula's rules, alone
        ungueltig(() -> berechnungen.anlegen(admin, new StellenberechnungDaten(GEMEINSAM_KLAPPTS, THM, STICHTAG, null,
                        List.of(wert(GEDULDETE, "Dormagen", "47"), wert(" ", "Jüchen", "-17"),
                                wert(GEDULDETE, "Meerbusch", null)))),
                tuple("werte[1].eingabe", "pflichtfeld"), tuple("werte[2].wert", "pflichtfeld"));
        assertThat(berechnungen.liste(admin, GEMEINSAM_KLAPPTS)).isEmpty();
    }

    @Test
    void schluesselProgrammUndFehlendeEingaben() {
        // the Stichtag is a constraint: without it the missing inputs (a rule of the formula) are not asked yet
        ungueltig(() -> berechnungen.anlegen(admin, new StellenberechnungDaten(GEMEINSAM_KLAPPTS, THM, null, null,
                        List.of())),
                tuple("stichtag", "pflichtfeld"));
        ungueltig(() -> berechnungen.anlegen(admin, new StellenberechnungDaten(GEMEINSAM_KLAPPTS, THM, STICHTAG, null,
                        List.of())),
                tuple("werte", "stelle.eingabe.fehlt"));
        verweis(() -> berechnungen.anlegen(admin, new StellenberechnungDaten(GEMEINSAM_KLAPPTS, "kim.baustein2.verteilung",
                        STICHTAG, null, List.of())),
                tuple("schluesselId", "stelle.schluessel.unbekannt"));
        ungueltig(() -> berechnungen.anlegen(admin, new StellenberechnungDaten("kim", "kim.baustein2.verteilung",
                        STICHTAG, null, List.of())),
                tuple("programmId", "programm.nicht.aktiv"));
        ungueltig(() -> berechnungen.vorschau(admin, new StellenberechnungDaten(GEMEINSAM_KLAPPTS, THM, STICHTAG, null,
                        List.of(wert(GEDULDETE, "Neuss", "-59")))),
                tuple("werte[0].wert", "stelle.eingabe.negativ"));
    }

    @Test
    void stellenMitFehlern() {
        LocalDate mai2020 = LocalDate.of(2020, 5, 1);
        // name, VZÄ and start are constraints of the record: a missing one is reported before the post's rules
        ungueltig(() -> stellen.anlegen(admin, new StelleDaten(GEMEINSAM_KLAPPTS, "gemeinsam-klappts.gibt-es-nicht", " ",
                        null, null, null, LocalDate.of(2020, 4, 30),
                        List.of(kommune.get("Neuss"), UUID.randomUUID()), null)),
                tuple("beginn", "pflichtfeld"), tuple("bezeichnung", "pflichtfeld"), tuple("vzae", "pflichtfeld"));
        ungueltig(() -> stellen.anlegen(admin, new StelleDaten(GEMEINSAM_KLAPPTS, "gemeinsam-klappts.gibt-es-nicht",
                        "THM 1", null, BigDecimal.ZERO, mai2020, LocalDate.of(2020, 4, 30),
                        List.of(kommune.get("Neuss"), UUID.randomUUID()), null)),
                tuple("schluesselId", "stelle.schluessel.unbekannt"),
                tuple("vzae", "stelle.vzae.ausserhalb"), tuple("ende", "zeitraum.ende.vor.beginn"),
                tuple("kommunen", "kommune.fremd"));
        FachlicherFehler f = ungueltig(() -> stellen.anlegen(admin, new StelleDaten(GEMEINSAM_KLAPPTS, THM, "THM 1", null,
                        new BigDecimal("1.5"), mai2020, null, List.of(kommune.get("Neuss"), kommune.get("Neuss")), null)),
                tuple("vzae", "stelle.vzae.ausserhalb"), tuple("kommunen", "stelle.kommunen.doppelt"));
        assertThat(f.feldfehler().get(0).text(Locale.GERMAN))
                .isEqualTo("Der Stellenumfang muss über 0 und höchstens 1 (Vollzeit) liegen (eingegeben: 1.5).");
        ungueltig(() -> stellen.anlegen(admin, new StelleDaten(GEMEINSAM_KLAPPTS, null, "THM 1", null,
                        new BigDecimal("0.3333"), mai2020, null, null, null)),
                tuple("vzae", "stelle.vzae.nachkommastellen"));
        ungueltig(() -> stellen.anlegen(admin, new StelleDaten(GEMEINSAM_KLAPPTS, THM, "THM 1", null,
                        new BigDecimal("-1"), mai2020, null, null, null)),
                tuple("vzae", "stelle.vzae.ausserhalb"));
        assertThat(stellen.liste(admin, GEMEINSAM_KLAPPTS)).isEmpty();
    }

    @Test
    void nurKiUndAdminSchreibenFallmanagementLiestGremiumSiehtNurDenVergleich() {
        Nutzer cm = new Nutzer(UUID.randomUUID(), "test.cm", "CM", admin.kreisSlug(), admin.kreisName(),
                Set.of(Rolle.CASE_MANAGEMENT));
        assertThat(stellen.liste(cm, GEMEINSAM_KLAPPTS)).isEmpty();
        assertThatThrownBy(() -> stellen.anlegen(cm, new StelleDaten(GEMEINSAM_KLAPPTS, THM, "THM 1", null,
                BigDecimal.ONE, LocalDate.of(2020, 5, 1), null, null, null)))
                .isInstanceOfSatisfying(FachlicherFehler.class, f -> assertThat(f.code()).isEqualTo("zugriff.verboten"));
        Nutzer gremium = new Nutzer(UUID.randomUUID(), "test.gr", "GR", admin.kreisSlug(), admin.kreisName(),
                Set.of(Rolle.GREMIUM_LESERECHT));
        assertThat(uebersicht.stand(gremium, GEMEINSAM_KLAPPTS, STICHTAG).besetzt()).isZero();
        assertThatThrownBy(() -> stellen.liste(gremium, GEMEINSAM_KLAPPTS))
                .isInstanceOfSatisfying(FachlicherFehler.class, f -> assertThat(f.code()).isEqualTo("zugriff.verboten"));
        Nutzer traeger = new Nutzer(UUID.randomUUID(), "test.tr", "TR", admin.kreisSlug(), admin.kreisName(),
                Set.of(Rolle.MASSNAHMETRAEGER));
        assertThatThrownBy(() -> stellen.liste(traeger, GEMEINSAM_KLAPPTS))
                .isInstanceOfSatisfying(FachlicherFehler.class, f -> assertThat(f.code()).isEqualTo("zugriff.verboten"));
    }
}
