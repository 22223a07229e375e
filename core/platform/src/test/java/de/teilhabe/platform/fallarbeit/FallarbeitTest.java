package de.teilhabe.platform.fallarbeit;

import static de.teilhabe.platform.finanzierung.Programmumgebung.GEMEINSAM_KLAPPTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import de.teilhabe.platform.fehler.FachlicherFehler;
import de.teilhabe.platform.fehler.Feldfehler;
import de.teilhabe.platform.finanzierung.Programmumgebung;
import de.teilhabe.platform.kommune.Kommune;
import de.teilhabe.platform.kommune.KommunenDienst;
import de.teilhabe.platform.sicherheit.Nutzer;
import de.teilhabe.platform.sicherheit.Rolle;
import de.teilhabe.platform.teilnehmer.Abmeldeart;
import de.teilhabe.platform.teilnehmer.Abmeldung;
import de.teilhabe.platform.teilnehmer.AufenthaltDaten;
import de.teilhabe.platform.teilnehmer.AufnahmeAntrag;
import de.teilhabe.platform.teilnehmer.Aufbewahrung;
import de.teilhabe.platform.teilnehmer.Loeschbescheid;
import de.teilhabe.platform.teilnehmer.Loeschung;
import de.teilhabe.platform.teilnehmer.TeilnehmerDaten;
import de.teilhabe.platform.teilnehmer.TeilnehmerAufnahme;
import de.teilhabe.platform.teilnehmer.TeilnehmerDienst;
import de.teilhabe.platform.teilnehmer.Teilnahmen;
import de.teilhabe.plugin.api.zielgruppe.Aufenthaltsstatus;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Goal agreement, case notes and referrals of a person taken in on 31.03.2021: dates in order and not before
 * the intake, outcomes with their date, stale saves refused, rights as for the record.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Property(name = "teilhabe.plugins.verzeichnis", value = "${teilhabe.test.plugins}")
class FallarbeitTest {

    static final LocalDate AUFNAHME = LocalDate.of(2021, 3, 31);

    @Inject ApplicationContext ctx;
    @Inject FallarbeitDienst fallarbeit;
    @Inject TeilnehmerDienst teilnehmer;
    @Inject Teilnahmen teilnahmen;
    @Inject TeilnehmerAufnahme aufnahmedienst;
    @Inject KommunenDienst kommunen;

    Nutzer admin;
    Nutzer cm;
    UUID person;

    @BeforeAll
    void kreis() {
        admin = Programmumgebung.kreisMit(ctx, "fall", GEMEINSAM_KLAPPTS);
        cm = mitRolle(Rolle.CASE_MANAGEMENT);
        UUID neuss = kommunen.liste(admin).stream().filter(k -> k.name().equals("Neuss")).map(Kommune::id)
                .findFirst().orElseThrow();
        person = aufnahmedienst.aufnehmen(cm, new AufnahmeAntrag(new TeilnehmerDaten("Dawit", "Tesfaye",
                LocalDate.of(1998, 2, 3), neuss, "A2", null), new AufenthaltDaten(Aufenthaltsstatus.DULDUNG,
                LocalDate.of(2019, 5, 1), null), GEMEINSAM_KLAPPTS, AUFNAHME, null, null, null, null, null))
                .teilnehmer().id();
    }

    @Test
    void zielVereinbarenUndErreichen() {
        Fallakte akte = fallarbeit.zielAnlegen(cm, person, new ZielDaten("Sprache für die Ausbildung",
                "B1-Zertifikat erwerben", Zielstatus.VEREINBART, AUFNAHME.plusDays(7), LocalDate.of(2021, 12, 31), null));
        Ziel ziel = akte.ziele().stream().filter(z -> z.ziel().equals("B1-Zertifikat erwerben")).findFirst().orElseThrow();

        fehler(() -> fallarbeit.zielAendern(cm, ziel.id(), ziel.version(), new ZielDaten(ziel.bedarf(), ziel.ziel(),
                Zielstatus.ERREICHT, ziel.vereinbartAm(), ziel.zieldatum(), null)), "erreichtAm",
                "fallarbeit.ziel.abschluss.datum");
        Fallakte neu = fallarbeit.zielAendern(cm, ziel.id(), ziel.version(), new ZielDaten(ziel.bedarf(), ziel.ziel(),
                Zielstatus.ERREICHT, ziel.vereinbartAm(), ziel.zieldatum(), LocalDate.of(2021, 11, 20)));
        assertThat(neu.ziele()).anySatisfy(z -> {
            assertThat(z.status()).isEqualTo(Zielstatus.ERREICHT);
            assertThat(z.erreichtAm()).isEqualTo(LocalDate.of(2021, 11, 20));
        });
        assertThatThrownBy(() -> fallarbeit.zielAendern(cm, ziel.id(), ziel.version(), new ZielDaten(ziel.bedarf(),
                ziel.ziel(), Zielstatus.IN_ARBEIT, ziel.vereinbartAm(), null, null)))
                .isInstanceOfSatisfying(FachlicherFehler.class, f -> assertThat(f.code()).isEqualTo("konflikt.veraltet"));
    }

    @Test
    void datumVorDerAufnahmeUndPflichtfelder() {
        fehler(() -> fallarbeit.zielAnlegen(cm, person, new ZielDaten("Wohnung", "Eigene Wohnung",
                Zielstatus.VEREINBART, AUFNAHME.minusDays(1), null, null)), "vereinbartAm", "fallarbeit.vor.aufnahme");
        fehler(() -> fallarbeit.zielAnlegen(cm, person, new ZielDaten(" ", "Eigene Wohnung", Zielstatus.VEREINBART,
                AUFNAHME, null, null)), "bedarf", "pflichtfeld");
        fehler(() -> fallarbeit.notieren(cm, person, new NotizDaten(AUFNAHME, "")), "text", "pflichtfeld");
        fehler(() -> fallarbeit.verweisen(cm, person, new VerweisungDaten(Hilfeangebot.KITA, null, AUFNAHME,
                Verweisungsergebnis.VERMITTELT, "Platz zugesagt", null)), "ergebnisAm", "fallarbeit.verweisung.ergebnis.paar");
        fehler(() -> fallarbeit.verweisen(cm, person, new VerweisungDaten(Hilfeangebot.KITA, null, AUFNAHME,
                null, "Platz zugesagt", AUFNAHME)), "ergebnisart", "fallarbeit.verweisung.ergebnis.paar");
    }

    @Test
    void pflichtfelderSindRegelnDerDatensaetze() {
        int vorher = fallarbeit.fallakte(cm, person).notizen().size();
        assertThatThrownBy(() -> fallarbeit.zielAnlegen(cm, person, new ZielDaten(null, "", null, null, null, null)))
                .isInstanceOfSatisfying(FachlicherFehler.class, f -> assertThat(f.feldfehler())
                        .extracting(Feldfehler::feld, Feldfehler::code).containsExactly(
                                tuple("bedarf", "pflichtfeld"), tuple("status", "pflichtfeld"),
                                tuple("vereinbartAm", "pflichtfeld"), tuple("ziel", "pflichtfeld")));
        assertThatThrownBy(() -> fallarbeit.notieren(cm, person, new NotizDaten(null, " ")))
                .isInstanceOfSatisfying(FachlicherFehler.class, f -> assertThat(f.feldfehler())
                        .extracting(Feldfehler::feld, Feldfehler::code).containsExactly(
                                tuple("am", "pflichtfeld"), tuple("text", "pflichtfeld")));
        assertThatThrownBy(() -> fallarbeit.verweisen(cm, person, new VerweisungDaten(null, null, null, null, null,
                null))).isInstanceOfSatisfying(FachlicherFehler.class, f -> assertThat(f.feldfehler())
                .extracting(Feldfehler::feld, Feldfehler::code).containsExactly(
                        tuple("am", "pflichtfeld"), tuple("stelle", "pflichtfeld")));
        // a note is a free text like a goal's: lines and tabs are kept, up to 4,000 characters
        fehler(() -> fallarbeit.notieren(cm, person, new NotizDaten(AUFNAHME, "x".repeat(4001))), "text",
                "eingabe.zu.lang");
        assertThat(fallarbeit.fallakte(cm, person).notizen()).hasSize(vorher);
        assertThat(fallarbeit.notieren(cm, person, new NotizDaten(AUFNAHME, "Termin:\n\tAusländerbehörde"))
                .notizen()).extracting(Fallnotiz::text).contains("Termin:\n\tAusländerbehörde");
    }

    @Test
    void notizenUndVerweisungMitErgebnis() {
        fallarbeit.notieren(cm, person, new NotizDaten(AUFNAHME.plusDays(1), "Erstgespräch mit Dolmetscher geführt."));
        Fallakte akte = fallarbeit.verweisen(cm, person, new VerweisungDaten(Hilfeangebot.SCHULDNERBERATUNG,
                "Mahnungen Mobilfunkvertrag", AUFNAHME.plusDays(2), null, null, null));
        assertThat(akte.notizen()).anySatisfy(n -> {
            assertThat(n.text()).isEqualTo("Erstgespräch mit Dolmetscher geführt.");
            assertThat(n.verfasser()).isEqualTo(cm.benutzername());
        });
        Verweisung v = akte.verweisungen().stream().filter(x -> x.stelle() == Hilfeangebot.SCHULDNERBERATUNG)
                .findFirst().orElseThrow();
        Fallakte neu = fallarbeit.verweisungAendern(cm, v.id(), v.version(), new VerweisungDaten(v.stelle(),
                v.beschreibung(), v.am(), Verweisungsergebnis.VERMITTELT, "Ratenzahlung vereinbart",
                AUFNAHME.plusDays(30)));
        assertThat(neu.verweisungen()).anySatisfy(x -> {
            assertThat(x.ergebnis()).isEqualTo("Ratenzahlung vereinbart");
            assertThat(x.ergebnisart()).isEqualTo(Verweisungsergebnis.VERMITTELT);
        });
        assertThat(fallarbeit.fallakte(admin, person).verweisungen()).hasSameSizeAs(neu.verweisungen());
    }

    @Test
    void nurFallarbeitendeSchreibenUndTraegerSehenNichts() {
        assertThatThrownBy(() -> fallarbeit.notieren(admin, person, new NotizDaten(AUFNAHME, "Admin schreibt")))
                .isInstanceOf(FachlicherFehler.class);
        for (Rolle rolle : Set.of(Rolle.MASSNAHMETRAEGER, Rolle.GREMIUM_LESERECHT)) {
            assertThatThrownBy(() -> fallarbeit.fallakte(mitRolle(rolle), person)).isInstanceOf(FachlicherFehler.class);
        }
        assertThatThrownBy(() -> fallarbeit.fallakte(cm, UUID.randomUUID()))
                .isInstanceOfSatisfying(FachlicherFehler.class, f -> assertThat(f.code()).isEqualTo("teilnehmer.nicht.gefunden"));
    }

    @Test
    void loeschungUndAnonymisierungErfassenDieFallarbeit() {
        UUID neuss = kommunen.liste(admin).stream().filter(k -> k.name().equals("Neuss")).map(Kommune::id)
                .findFirst().orElseThrow();
        UUID geloescht = abgemeldetMitFallarbeit("Loesch", neuss);
        Loeschbescheid bescheid = ctx.getBean(Loeschung.class).loeschen(admin, geloescht, "Antrag der Person");
        assertThat(bescheid.geloescht()).isTrue();
        assertThatThrownBy(() -> fallarbeit.fallakte(cm, geloescht)).isInstanceOf(FachlicherFehler.class);

        UUID anonym = abgemeldetMitFallarbeit("Anonym", neuss);
        ctx.getBean(Aufbewahrung.class).anonymisieren(admin, LocalDate.now());
        Fallakte akte = fallarbeit.fallakte(cm, anonym);
        assertThat(akte.notizen()).isEmpty();
        assertThat(akte.ziele()).singleElement().satisfies(z -> {
            assertThat(z.ziel()).isEqualTo("anonymisiert");
            assertThat(z.status()).isEqualTo(Zielstatus.ERREICHT);
        });
        assertThat(akte.verweisungen()).singleElement().satisfies(v -> {
            assertThat(v.stelle()).isEqualTo(Hilfeangebot.JOBCENTER);
            assertThat(v.beschreibung()).isNull();
        });
    }

    /** A person taken in on 31.03.2021 with a goal, a note and a referral, de-registered on 30.06.2021. */
    private UUID abgemeldetMitFallarbeit(String nachname, UUID kommune) {
        UUID id = aufnahmedienst.aufnehmen(cm, new AufnahmeAntrag(new TeilnehmerDaten("Sara", nachname,
                LocalDate.of(1999, 2, 3), kommune, null, null), new AufenthaltDaten(Aufenthaltsstatus.DULDUNG,
                LocalDate.of(2019, 5, 1), null), GEMEINSAM_KLAPPTS, AUFNAHME, null, null, null, null, null))
                .teilnehmer().id();
        fallarbeit.zielAnlegen(cm, id, new ZielDaten("Arbeit", "Praktikum finden", Zielstatus.ERREICHT, AUFNAHME,
                null, AUFNAHME.plusDays(40)));
        fallarbeit.notieren(cm, id, new NotizDaten(AUFNAHME, "Gesundheitliche Einschränkungen besprochen."));
        fallarbeit.verweisen(cm, id, new VerweisungDaten(Hilfeangebot.JOBCENTER, "Leistungsantrag", AUFNAHME, null, null,
                null));
        teilnahmen.abmeldenPerson(cm, id, teilnehmer.akte(cm, id).teilnehmer().version(), new Abmeldung(
                LocalDate.of(2021, 6, 30), "Umzug", Abmeldeart.WEGZUG, null));
        return id;
    }

    private static void fehler(ThrowingCallable aufruf, String feld, String code) {
        assertThatThrownBy(aufruf).isInstanceOfSatisfying(FachlicherFehler.class, f -> assertThat(f.feldfehler())
                .anySatisfy(e -> {
                    assertThat(e.feld()).isEqualTo(feld);
                    assertThat(e.code()).isEqualTo(code);
                }));
    }

    private Nutzer mitRolle(Rolle rolle) {
        return new Nutzer(UUID.randomUUID(), "test." + rolle.name().toLowerCase(java.util.Locale.ROOT), rolle.name(),
                admin.kreisSlug(), admin.kreisName(), Set.of(rolle));
    }
}
