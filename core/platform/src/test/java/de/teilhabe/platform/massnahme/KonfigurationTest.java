package de.teilhabe.platform.massnahme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import de.teilhabe.platform.baustein.Baustein;
import de.teilhabe.platform.baustein.BausteinDaten;
import de.teilhabe.platform.baustein.Bausteine;
import de.teilhabe.platform.fehler.FachlicherFehler;
import de.teilhabe.platform.fehler.Feldfehler;
import de.teilhabe.platform.kommune.Kommune;
import de.teilhabe.platform.kommune.KommunenDienst;
import de.teilhabe.platform.programm.ProgrammDienst;
import de.teilhabe.platform.sicherheit.Nutzer;
import de.teilhabe.platform.testing.TestKreise;
import de.teilhabe.platform.traeger.Traeger;
import de.teilhabe.platform.traeger.TraegerDaten;
import de.teilhabe.platform.traeger.TraegerVerzeichnis;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Bausteine, providers and Maßnahmen: bad input gets specific errors, stale saves are refused. */
@MicronautTest(transactional = false)
@Property(name = "teilhabe.plugins.verzeichnis", value = "${teilhabe.test.plugins}")
class KonfigurationTest {

    @Inject ApplicationContext ctx;
    @Inject ProgrammDienst programme;
    @Inject Bausteine bausteine;
    @Inject TraegerVerzeichnis traeger;
    @Inject Massnahmen massnahmen;
    @Inject KommunenDienst kommunen;

    Nutzer admin;
    Baustein fb1;
    Traeger caritas;
    UUID neuss;

    @BeforeEach
    void kreis() {
        String slug = TestKreise.slug("konf");
        TestKreise.onboarden(ctx, slug);
        admin = TestKreise.admin(ctx, slug);
        programme.aktivieren(admin, "durchstarten");
        fb1 = bausteine.anlegen(admin, daten(1, null, LocalDate.of(2020, 1, 1), LocalDate.of(2022, 6, 30), "80"));
        neuss = kommune(admin, "Neuss");
        caritas = traeger.anlegen(admin, new TraegerDaten("Caritas Sozialdienste", "Caritas", "GmbH", null, List.of(),
                Set.of(neuss)));
    }

    @Test
    void bausteinNameAusDemKatalog() {
        assertThat(fb1.name()).isEqualTo("Coaching");
        assertThat(bausteine.vorschlag(admin, "durchstarten", 4).landesanteilProzent()).isEqualByComparingTo("80");
    }

    @Test
    void bausteinEingabefehler() {
        fehler(() -> bausteine.anlegen(admin, daten(2, null, LocalDate.of(2021, 1, 1), LocalDate.of(2020, 1, 1), "80")),
                "ende", "zeitraum.ende.vor.beginn");
        fehler(() -> bausteine.anlegen(admin, daten(2, null, LocalDate.of(2020, 1, 1), LocalDate.of(2021, 1, 1), "120")),
                "landesanteilProzent", "anteil.ausserhalb");
        fehler(() -> bausteine.anlegen(admin, daten(2, null, LocalDate.of(2020, 1, 1), LocalDate.of(2021, 1, 1), "90")),
                "landesanteilProzent", "baustein.landesanteil.zu.hoch");
        fehler(() -> bausteine.anlegen(admin, new BausteinDaten("durchstarten", 2, null, LocalDate.of(2020, 1, 1),
                        LocalDate.of(2021, 1, 1), new BigDecimal("-1"), BigDecimal.TEN, null)),
                "budget", "betrag.negativ");
        fehler(() -> bausteine.anlegen(admin, daten(1, neuss, LocalDate.of(2020, 1, 1), LocalDate.of(2021, 1, 1), "80")),
                "kommuneId", "baustein.nicht.fuer.kommune");
        fehler(() -> bausteine.anlegen(admin, daten(2, null, LocalDate.of(2019, 1, 1), LocalDate.of(2021, 1, 1), "80")),
                "ende", "baustein.ausserhalb.programmzeitraum");
        fehler(() -> bausteine.anlegen(admin, new BausteinDaten("kim", 1, null, LocalDate.of(2020, 1, 1),
                        LocalDate.of(2021, 1, 1), BigDecimal.ONE, BigDecimal.TEN, null)),
                "programmId", "programm.nicht.aktiv");
    }

    @Test
    void fehlermeldungAufDeutschMitDatum() {
        FachlicherFehler f = catchFehler(() -> bausteine.anlegen(admin,
                daten(2, null, LocalDate.of(2019, 1, 1), LocalDate.of(2021, 1, 1), "80")));
        assertThat(f.feldfehler().get(0).text(Locale.GERMAN))
                .isEqualTo("Der Zeitraum muss innerhalb des Förderzeitraums 01.01.2020 – 30.06.2022 liegen.");
    }

    @Test
    void massnahmeEingabefehler() {
        String andererKreis = TestKreise.slug("konf-b");
        TestKreise.onboarden(ctx, andererKreis);
        UUID fremdeKommune = kommune(TestKreise.admin(ctx, andererKreis), "Neuss");
        fehler(() -> massnahmen.anlegen(admin, massnahme(fb1.id(), caritas.id(), List.of(fremdeKommune)), null),
                "kommunen", "kommune.fremd");
        fehler(() -> massnahmen.anlegen(admin, massnahme(fb1.id(), UUID.randomUUID(), List.of(neuss)), null),
                "traegerId", "traeger.nicht.gefunden");
        fehler(() -> massnahmen.anlegen(admin, new MassnahmeDaten(fb1.id(), caritas.id(), List.of(neuss), null,
                LocalDate.of(2021, 1, 1), null, -3, null), null), "kapazitaet", "zahl.negativ");
        // at least one Kommune is a constraint of the record, with its own message
        fehler(() -> massnahmen.anlegen(admin, massnahme(fb1.id(), caritas.id(), List.of()), null),
                "kommunen", "massnahme.kommunen.leer");
        assertThat(massnahmen.tabelle(admin)).isEmpty();
    }

    @Test
    void statuswechselMitGrundUndInDerRichtigenReihenfolge() {
        MassnahmeAnsicht m = massnahmen.anlegen(admin, massnahme(fb1.id(), caritas.id(), List.of(neuss)),
                new Statuswechsel(Status.GEPLANT, LocalDate.of(2020, 10, 2), null));
        MassnahmeAnsicht abgesagt = massnahmen.statusAendern(admin, m.massnahme().id(), m.massnahme().version(),
                new Statuswechsel(Status.ABGESAGT, LocalDate.of(2021, 3, 31), "nicht genügend TN"));
        long v = abgesagt.massnahme().version();
        UUID id = m.massnahme().id();
        fehler(() -> massnahmen.statusAendern(admin, id, v, new Statuswechsel(Status.LAUFEND, LocalDate.of(2021, 5, 1),
                null)), "grund", "massnahme.status.grund");
        fehler(() -> massnahmen.statusAendern(admin, id, v, new Statuswechsel(Status.UNTERBROCHEN,
                LocalDate.of(2021, 5, 1), "x")), "status", "massnahme.status.folge");
        // back-dated between two entries: GEPLANT → BEENDET → ABGESAGT cannot be
        fehler(() -> massnahmen.statusAendern(admin, id, v, new Statuswechsel(Status.BEENDET, LocalDate.of(2021, 1, 1),
                null)), "status", "massnahme.status.folge");

        MassnahmeAnsicht laufend = massnahmen.statusAendern(admin, id, v,
                new Statuswechsel(Status.LAUFEND, LocalDate.of(2021, 5, 1), "doch genug TN"));
        assertThat(laufend.verlauf())
                .extracting(StatuseintragAnsicht::status, StatuseintragAnsicht::grund).containsExactly(
                tuple(Status.GEPLANT, null), tuple(Status.ABGESAGT, "nicht genügend TN"),
                tuple(Status.LAUFEND, "doch genug TN"));
        assertThat(laufend.verlauf()).extracting(StatuseintragAnsicht::bis).containsExactly(LocalDate.of(2021, 3, 31),
                LocalDate.of(2021, 5, 1), null);
    }

    @Test
    void geschichteNachtragenUndKorrigieren() {
        // seed 000: FB 3 began 09.11.2020, was interrupted for the pandemic and resumed on 01.03.2021 — entered today,
        // the first attempt with the resumption as the start
        MassnahmeAnsicht m = massnahmen.anlegen(admin, massnahme(fb1.id(), caritas.id(), List.of(neuss)),
                new Statuswechsel(Status.GEPLANT, LocalDate.of(2020, 10, 2), null));
        UUID id = m.massnahme().id();
        MassnahmeAnsicht falsch = massnahmen.statusAendern(admin, id, m.massnahme().version(),
                new Statuswechsel(Status.LAUFEND, LocalDate.of(2021, 3, 1), null));
        // a second LAUFEND before it does not fit: running cannot follow running
        fehler(() -> massnahmen.statusAendern(admin, id, falsch.massnahme().version(), new Statuswechsel(
                Status.LAUFEND, LocalDate.of(2020, 11, 9), null)), "status", "massnahme.status.folge");
        long eintrag = falsch.verlauf().get(1).id();
        MassnahmeAnsicht korrigiert = massnahmen.statusKorrigieren(admin, id, falsch.massnahme().version(), eintrag,
                new Statuswechsel(Status.LAUFEND, LocalDate.of(2020, 11, 9), null));
        MassnahmeAnsicht pause = massnahmen.statusAendern(admin, id, korrigiert.massnahme().version(),
                new Statuswechsel(Status.UNTERBROCHEN, LocalDate.of(2020, 12, 16), "Pandemie"));
        MassnahmeAnsicht wieder = massnahmen.statusAendern(admin, id, pause.massnahme().version(),
                new Statuswechsel(Status.LAUFEND, LocalDate.of(2021, 3, 1), "fortgeführt"));

        assertThat(wieder.verlauf()).extracting(StatuseintragAnsicht::status, StatuseintragAnsicht::ab).containsExactly(
                tuple(Status.GEPLANT, LocalDate.of(2020, 10, 2)), tuple(Status.LAUFEND, LocalDate.of(2020, 11, 9)),
                tuple(Status.UNTERBROCHEN, LocalDate.of(2020, 12, 16)), tuple(Status.LAUFEND, LocalDate.of(2021, 3, 1)));
        assertThat(wieder.massnahme().status()).isEqualTo(Status.LAUFEND);
        fehler(() -> massnahmen.statusStreichen(admin, id, wieder.massnahme().version(),
                wieder.verlauf().get(2).id(), "versehentlich"), "status", "massnahme.status.folge");
    }

    @Test
    void veralteteFassungWirdNichtGespeichert() {
        MassnahmeAnsicht m = massnahmen.anlegen(admin, massnahme(fb1.id(), caritas.id(), List.of(neuss)), null);
        long gelesen = m.massnahme().version();
        massnahmen.aendern(admin, m.massnahme().id(), gelesen, new MassnahmeDaten(fb1.id(), caritas.id(),
                List.of(neuss), "Coaching Neuss", null, null, 12, null));
        assertThatThrownBy(() -> massnahmen.aendern(admin, m.massnahme().id(), gelesen, new MassnahmeDaten(fb1.id(),
                caritas.id(), List.of(neuss), "Überschrieben?", null, null, 15, null)))
                .isInstanceOfSatisfying(FachlicherFehler.class, f -> assertThat(f.code()).isEqualTo("konflikt.veraltet"));
        assertThat(massnahmen.lesen(admin, m.massnahme().id()).massnahme().titel()).isEqualTo("Coaching Neuss");
    }

    private static BausteinDaten daten(int nummer, UUID kommune, LocalDate von, LocalDate bis, String anteil) {
        return new BausteinDaten("durchstarten", nummer, kommune, von, bis, new BigDecimal("1000.00"),
                new BigDecimal(anteil), null);
    }

    private static MassnahmeDaten massnahme(UUID baustein, UUID traeger, List<UUID> orte) {
        return new MassnahmeDaten(baustein, traeger, orte, null, LocalDate.of(2021, 5, 1), null, 10, null);
    }

    private UUID kommune(Nutzer nutzer, String name) {
        return kommunen.liste(nutzer).stream().filter(k -> k.name().equals(name)).map(Kommune::id).findFirst()
                .orElseThrow();
    }

    private static FachlicherFehler catchFehler(ThrowingCallable aufruf) {
        return (FachlicherFehler) org.assertj.core.api.Assertions.catchThrowable(aufruf);
    }

    private static void fehler(ThrowingCallable aufruf, String feld, String code) {
        assertThatThrownBy(aufruf).isInstanceOfSatisfying(FachlicherFehler.class, f -> assertThat(f.feldfehler())
                .extracting(Feldfehler::feld, Feldfehler::code).containsExactly(tuple(feld, code)));
    }
}
