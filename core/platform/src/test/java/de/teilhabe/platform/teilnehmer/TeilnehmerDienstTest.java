package de.teilhabe.platform.teilnehmer;

import static de.teilhabe.platform.finanzierung.Programmumgebung.DURCHSTARTEN;
import static de.teilhabe.platform.finanzierung.Programmumgebung.GEMEINSAM_KLAPPTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import de.teilhabe.platform.baustein.Baustein;
import de.teilhabe.platform.fehler.Art;
import de.teilhabe.platform.fehler.FachlicherFehler;
import de.teilhabe.platform.fehler.Feldfehler;
import de.teilhabe.platform.finanzierung.Programmumgebung;
import de.teilhabe.platform.kommune.Kommune;
import de.teilhabe.platform.kommune.KommunenDienst;
import de.teilhabe.platform.mandant.Mandanten;
import de.teilhabe.platform.massnahme.MassnahmeAnsicht;
import de.teilhabe.platform.massnahme.MassnahmeDaten;
import de.teilhabe.platform.massnahme.Massnahmen;
import de.teilhabe.platform.massnahme.Status;
import de.teilhabe.platform.massnahme.Statuswechsel;
import de.teilhabe.platform.programm.ProgrammDienst;
import de.teilhabe.platform.sicherheit.Nutzer;
import de.teilhabe.platform.sicherheit.Rolle;
import de.teilhabe.platform.testing.Datenbank;
import de.teilhabe.platform.traeger.Traeger;
import de.teilhabe.platform.traeger.TraegerDaten;
import de.teilhabe.platform.traeger.TraegerVerzeichnis;
import de.teilhabe.platform.zielgruppe.Programmurteil;
import de.teilhabe.plugin.api.zielgruppe.Aufenthaltsstatus;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Case management against PostgreSQL with the real program plugins, in one Kreis with RKN's Kommunen and
 * "Gemeinsam klappt's" and "Durchstarten" enabled; the intake date is the RKN report's 31.03.2021.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Property(name = "teilhabe.plugins.verzeichnis", value = "${teilhabe.test.plugins}")
class TeilnehmerDienstTest {

    static final LocalDate STICHTAG = LocalDate.of(2021, 3, 31);

    @Inject ApplicationContext ctx;
    @Inject TeilnehmerDienst dienst;
    @Inject Teilnahmen teilnahmen;
    @Inject Zuweisungen zuweisungen;
    @Inject Verlaufseintraege eintraege;
    @Inject TeilnehmerAufnahme aufnahmedienst;
    @Inject KommunenDienst kommunen;
    @Inject Mandanten mandanten;

    Nutzer admin;
    Nutzer cm;
    Map<String, UUID> kommune;

    @BeforeAll
    void kreis() {
        admin = Programmumgebung.kreisMit(ctx, "tn", GEMEINSAM_KLAPPTS, DURCHSTARTEN);
        cm = mitRolle(Rolle.CASE_MANAGEMENT);
        kommune = kommunen.liste(admin).stream().collect(Collectors.toMap(Kommune::name, Kommune::id));
    }

    @Test
    void geduldet24WirdPrimaerAufgenommen() {
        TeilnehmerAkte akte = aufnahmedienst.aufnehmen(cm, antrag(person("Amina", "Haddad", STICHTAG.minusYears(24)),
                Aufenthaltsstatus.DULDUNG, null, null, Einwilligungszweck.GIB_DATENBANK,
                Einwilligungszweck.KLIENTENDATEI));

        assertThat(akte.teilnehmer().aktiv()).isTrue();
        assertThat(akte.teilnehmer().aufgenommenAm()).isEqualTo(STICHTAG);
        assertThat(akte.kommune()).isEqualTo("Neuss");
        assertThat(akte.aktuellerStatus()).isEqualTo(Aufenthaltsstatus.DULDUNG);
        assertThat(akte.programme()).singleElement().satisfies(p -> {
            assertThat(p.programm()).isEqualTo(GEMEINSAM_KLAPPTS);
            assertThat(p.einstufung()).isEqualTo("PRIMAER");
            assertThat(p.begruendungen()).isNotEmpty();
            assertThat(p.ausnahmeGrund()).isNull();
        });
        assertThat(akte.einwilligungen()).extracting(Einwilligung::zweck, Einwilligung::erteiltAm)
                .containsExactlyInAnyOrder(tuple(Einwilligungszweck.GIB_DATENBANK, STICHTAG),
                        tuple(Einwilligungszweck.KLIENTENDATEI, STICHTAG));
    }

    @Test
    void pruefungZeigtDasUrteilJedesProgramms() {
        Aufnahmepruefung p = aufnahmedienst.pruefen(cm, person("X", "Y", STICHTAG.minusYears(20)),
                new AufenthaltDaten(Aufenthaltsstatus.GESTATTUNG, STICHTAG, null), STICHTAG);
        assertThat(p.urteile()).filteredOn(u -> u.programmId().equals(GEMEINSAM_KLAPPTS))
                .extracting(Programmurteil::einstufung).containsExactly("SEKUNDAER");
    }

    @Test
    void dreissigjaehrigGeduldetOhneZulaessigeAusnahme() {
        TeilnehmerDaten person = person("Omid", "Karimi", STICHTAG.minusYears(30));
        fehler(() -> aufnahmedienst.aufnehmen(cm, antrag(person, Aufenthaltsstatus.DULDUNG, null, null)),
                "ausnahmeGrund", "teilnehmer.ausnahme.unzulaessig");
        // the program's rule allows no exception for the age, so a reason and an approver do not help either
        fehler(() -> aufnahmedienst.aufnehmen(cm, antrag(person, Aufenthaltsstatus.DULDUNG, "lange Vorbetreuung",
                "Leitung KI")), "ausnahmeGrund", "teilnehmer.ausnahme.unzulaessig");
        assertThat(dienst.suchen(cm, filter("Karimi", null, null, null)).gesamt()).isZero();
    }

    @Test
    void aufenthaltstitelNurAlsDokumentierteAusnahme() {
        TeilnehmerDaten person = person("Dawit", "Tesfaye", STICHTAG.minusYears(22));
        assertThatThrownBy(() -> aufnahmedienst.aufnehmen(cm, antrag(person, Aufenthaltsstatus.AUFENTHALTSTITEL, null, null)))
                .isInstanceOfSatisfying(FachlicherFehler.class, f -> assertThat(f.feldfehler())
                        .extracting(Feldfehler::feld, Feldfehler::code).containsExactly(
                                tuple("ausnahmeGrund", "teilnehmer.ausnahme.pflicht"),
                                tuple("ausnahmeGenehmigtVon", "teilnehmer.ausnahme.pflicht")));

        TeilnehmerAkte akte = aufnahmedienst.aufnehmen(cm, antrag(person, Aufenthaltsstatus.AUFENTHALTSTITEL,
                "Titel erst nach Erstgespräch erteilt, Bedarf besteht fort", "Lenkungsgruppe 15.03.2021"));
        assertThat(akte.programme()).singleElement().satisfies(p -> {
            assertThat(p.einstufung()).isEqualTo("NICHT_ZIELGRUPPE");
            assertThat(p.ausnahme()).isTrue();
            assertThat(p.ausnahmeGenehmigtVon()).isEqualTo("Lenkungsgruppe 15.03.2021");
        });
    }

    @Test
    void dubletteWirdAbgelehnt() {
        aufnahmedienst.aufnehmen(cm, antrag(person("Samir", "Nouri", LocalDate.of(1999, 5, 5)), Aufenthaltsstatus.DULDUNG,
                null, null));
        fehler(() -> aufnahmedienst.aufnehmen(cm, antrag(person("SAMIR", "nouri", LocalDate.of(1999, 5, 5)),
                Aufenthaltsstatus.GESTATTUNG, null, null)), "person.nachname", "teilnehmer.doppelt");
    }

    @Test
    void eingabefehlerMitFeldUndText() {
        String andererKreis = TestKreiseHilfe.kreis(ctx);
        UUID fremd = kommunen.liste(andererKreisAdmin(andererKreis)).get(0).id();
        // the names are constraints of TeilnehmerDaten: checked before the service's rules, which then are not asked
        FachlicherFehler ohneNamen = catchFehler(() -> aufnahmedienst.aufnehmen(cm, antrag(new TeilnehmerDaten(" ",
                "", LocalDate.now().plusDays(1), fremd, null, null), Aufenthaltsstatus.DULDUNG, null, null)));
        assertThat(ohneNamen.feldfehler()).extracting(Feldfehler::feld, Feldfehler::code).containsExactly(
                tuple("person.nachname", "pflichtfeld"),
                tuple("person.vorname", "pflichtfeld"));
        FachlicherFehler f = catchFehler(() -> aufnahmedienst.aufnehmen(cm, antrag(new TeilnehmerDaten("Amal",
                "Haddad", LocalDate.now().plusDays(1), fremd, null, null), Aufenthaltsstatus.DULDUNG, null, null)));
        assertThat(f.feldfehler()).extracting(Feldfehler::feld, Feldfehler::code).containsExactly(
                tuple("person.geburtsdatum", "teilnehmer.geburt.zukunft"),
                tuple("person.kommuneId", "kommune.fremd"));
        assertThat(f.feldfehler().get(0).text(Locale.GERMAN)).isEqualTo("Das Geburtsdatum liegt in der Zukunft.");
        assertThat(f.feldfehler().get(0).text(Locale.ENGLISH)).isEqualTo("The birth date is in the future.");

        TeilnehmerDaten spaet = person("Lina", "Aziz", LocalDate.of(2021, 6, 1));
        fehler(() -> aufnahmedienst.aufnehmen(cm, new AufnahmeAntrag(spaet, new AufenthaltDaten(Aufenthaltsstatus.DULDUNG,
                        LocalDate.of(2021, 6, 1), null), GEMEINSAM_KLAPPTS, STICHTAG, null, null, null, null, null)),
                "aufgenommenAm", "teilnehmer.aufnahme.vor.geburt");
        fehler(() -> aufnahmedienst.aufnehmen(cm, new AufnahmeAntrag(person("Lina", "Aziz", LocalDate.of(1998, 1, 1)),
                        new AufenthaltDaten(Aufenthaltsstatus.DULDUNG, STICHTAG, null), "kim", STICHTAG, null, null,
                        null, null, null)),
                "programm", "teilnehmer.programm.nicht.aktiv");

        TeilnehmerAkte akte = aufnahmedienst.aufnehmen(cm, antrag(person("Nour", "Saleh", LocalDate.of(2000, 2, 2)),
                Aufenthaltsstatus.GESTATTUNG, null, null));
        fehler(() -> dienst.aendern(cm, akte.teilnehmer().id(), akte.teilnehmer().version(),
                        person("Nour", "Saleh", LocalDate.now().plusYears(1))),
                "geburtsdatum", "teilnehmer.geburt.zukunft");
    }

    @Test
    void pflichtfelderSindRegelnDerDatensaetzeUndKommenVorDemNachschlagen() {
        TeilnehmerAkte akte = aufnahmedienst.aufnehmen(cm, antrag(person("Rana", "Pflicht", LocalDate.of(1998, 3, 3)),
                Aufenthaltsstatus.DULDUNG, null, null));
        UUID id = akte.teilnehmer().id();
        Programmteilnahme p = akte.programme().get(0);

        pflicht(() -> aufnahmedienst.aufnehmen(cm, new AufnahmeAntrag(null, null, " ", null, null, null, null, null,
                null, Arrays.asList((MerkmalDaten) null), null)), "aufgenommenAm", "merkmale[0]", "person", "programm");
        pflicht(() -> aufnahmedienst.aufnehmen(cm, new AufnahmeAntrag(new TeilnehmerDaten(null, "Pflicht", null,
                kommune.get("Neuss"), null, null), new AufenthaltDaten(null, null, null), GEMEINSAM_KLAPPTS, STICHTAG,
                null, null, null, null, null, List.of(new MerkmalDaten(null, null, null, null)), null)),
                "aufenthalt.ab", "aufenthalt.status", "merkmale[0].ab", "merkmale[0].merkmal", "person.vorname");
        // the check before an intake takes the same records: it too wants both names (they find the people recorded)
        pflicht(() -> aufnahmedienst.pruefen(cm, new TeilnehmerDaten(null, " ", null, null, null, null),
                new AufenthaltDaten(null, null, null), null), "nachname", "vorname", "ab", "status");
        pflicht(() -> aufnahmedienst.teilnehmen(cm, id, new TeilnahmeAntrag(null, null, null, null, null, null)),
                "aufgenommenAm", "programm");
        pflicht(() -> dienst.aendern(cm, id, akte.teilnehmer().version(), new TeilnehmerDaten("", null, null, null,
                null, null)), "nachname", "vorname");
        pflicht(() -> eintraege.umziehen(cm, id, new WohnortDaten(null, null)), "ab", "kommuneId");
        pflicht(() -> eintraege.aufenthaltErfassen(cm, id, new AufenthaltDaten(null, null, null)), "ab", "status");
        pflicht(() -> eintraege.merkmalErfassen(cm, id, new MerkmalDaten(null, null, null, null)), "ab", "merkmal");
        pflicht(() -> eintraege.freigabeSetzen(cm, p.id(), p.version(), new FreigabeDaten(null, null)), "am",
                "freigabe");
        pflicht(() -> zuweisungen.zuweisen(cm, id, new ZuweisungDaten(null, null)), "ab", "massnahmeId");
        // the shape first: an end without its values is refused before the assignment is looked up
        pflicht(() -> zuweisungen.beenden(cm, UUID.randomUUID(), 0L, new Zuweisungsende(null, null, null)), "bis",
                "ergebnis");
        pflicht(() -> teilnahmen.korrigieren(cm, p.id(), new TeilnahmeKorrektur(null, null, null, null)),
                "aufgenommenAm");
        // the small requests of consents, withdrawals, re-admissions, due dates and ends are records too
        pflicht(() -> dienst.einwilligen(cm, id, new EinwilligungDaten(null, null)), "am", "zweck");
        pflicht(() -> dienst.widerrufen(cm, UUID.randomUUID(), 0L, new Stichtag(null)), "am");
        pflicht(() -> teilnahmen.wiederaufnehmen(cm, id, akte.teilnehmer().version(), new Stichtag(null, " ")), "am");
        pflicht(() -> teilnahmen.klaerungVerschieben(cm, p.id(), p.version(), new Ende(null)), "bis");
        pflicht(() -> eintraege.merkmalBeenden(cm, UUID.randomUUID(), new Ende(null)), "bis");
        assertThat(catchFehler(() -> teilnahmen.abmelden(cm, p.id(), p.version(), new Abmeldung(null, " ", null,
                null))).feldfehler()).extracting(Feldfehler::feld, Feldfehler::code).containsExactly(
                tuple("am", "pflichtfeld"), tuple("grund", "teilnehmer.abmeldung.grund"));

        TeilnehmerAkte danach = dienst.akte(cm, id);
        assertThat(danach.teilnehmer().version()).isEqualTo(akte.teilnehmer().version());
        assertThat(danach.programme()).singleElement().satisfies(t -> {
            assertThat(t.version()).isEqualTo(p.version());
            assertThat(t.offen()).isTrue();
        });
        assertThat(danach.wohnorte()).hasSize(1);
        assertThat(danach.aufenthalte()).hasSize(1);
        assertThat(danach.merkmale()).isEmpty();
        assertThat(danach.freigaben()).hasSize(1);
        assertThat(danach.einwilligungen()).isEmpty();
    }

    @Test
    void widerrufeneEinwilligungSperrtDasTeilenAbDemTag() {
        TeilnehmerAkte akte = aufnahmedienst.aufnehmen(cm, antrag(person("Yonas", "Berhane", LocalDate.of(1998, 8, 8)),
                Aufenthaltsstatus.DULDUNG, null, null, Einwilligungszweck.AUSTAUSCH_TRAEGER));
        UUID id = akte.teilnehmer().id();
        Einwilligung e = akte.einwilligungen().get(0);
        assertThat(dienst.darfTeilen(cm, id, Einwilligungszweck.AUSTAUSCH_TRAEGER, STICHTAG)).isTrue();
        assertThat(dienst.darfTeilen(cm, id, Einwilligungszweck.AUSTAUSCH_TRAEGER, STICHTAG.minusDays(1))).isFalse();
        assertThat(dienst.darfTeilen(cm, id, Einwilligungszweck.AUSTAUSCH_ABH, STICHTAG)).isFalse();
        assertThat(audit(id, "aktion")).filteredOn("EINWILLIGUNG_GEPRUEFT"::equals).hasSize(3);
        // that it was asked is logged; for which purpose and with what answer is the person's data and is not
        assertThat(audit(id, "aktion || ' ' || aenderung")).filteredOn(a -> a.startsWith("EINWILLIGUNG_GEPRUEFT"))
                .containsOnly("EINWILLIGUNG_GEPRUEFT {\"felder\":[\"einwilligungen\"]}");

        LocalDate widerruf = LocalDate.of(2021, 6, 1);
        fehler(() -> dienst.widerrufen(cm, e.id(), e.version(), new Stichtag(STICHTAG.minusDays(1))), "am",
                "teilnehmer.widerruf.vor.erteilung");
        TeilnehmerAkte nachher = dienst.widerrufen(cm, e.id(), e.version(), new Stichtag(widerruf));
        assertThat(nachher.einwilligungen().get(0).widerrufenAm()).isEqualTo(widerruf);
        assertThat(dienst.darfTeilen(cm, id, Einwilligungszweck.AUSTAUSCH_TRAEGER, widerruf.minusDays(1))).isTrue();
        assertThat(dienst.darfTeilen(cm, id, Einwilligungszweck.AUSTAUSCH_TRAEGER, widerruf)).isFalse();
        veraltet(() -> dienst.widerrufen(cm, e.id(), e.version(), new Stichtag(widerruf)));

        TeilnehmerAkte erneut = dienst.einwilligen(cm, id, new EinwilligungDaten(Einwilligungszweck.AUSTAUSCH_TRAEGER,
                LocalDate.of(2021, 9, 1)));
        assertThat(erneut.einwilligungen()).hasSize(2);
        assertThat(dienst.darfTeilen(cm, id, Einwilligungszweck.AUSTAUSCH_TRAEGER, LocalDate.of(2021, 8, 1))).isFalse();
        assertThat(dienst.darfTeilen(cm, id, Einwilligungszweck.AUSTAUSCH_TRAEGER, LocalDate.of(2021, 9, 1))).isTrue();
    }

    @Test
    void zuweisungMitAbbruchBrauchtGrund() {
        Baustein fb1 = Programmumgebung.baustein(ctx, admin, DURCHSTARTEN, 1, LocalDate.of(2020, 5, 1),
                LocalDate.of(2021, 12, 31));
        Traeger traeger = ctx.getBean(TraegerVerzeichnis.class).anlegen(admin, new TraegerDaten("Caritas Sozialdienste",
                "Caritas", null, null, List.of(), Set.of(kommune.get("Neuss"))));
        MassnahmeAnsicht m = ctx.getBean(Massnahmen.class).anlegen(admin, new MassnahmeDaten(fb1.id(), traeger.id(),
                List.of(kommune.get("Neuss")), "Coaching Neuss", LocalDate.of(2021, 4, 1), null, 12, null),
                new Statuswechsel(Status.LAUFEND, LocalDate.of(2021, 4, 1), null));
        UUID massnahme = m.massnahme().id();
        TeilnehmerAkte akte = aufnahmedienst.aufnehmen(cm, antrag(person("Hamid", "Rahimi", LocalDate.of(1997, 3, 3)),
                Aufenthaltsstatus.DULDUNG, null, null));
        UUID id = akte.teilnehmer().id();

        fehler(() -> zuweisungen.zuweisen(cm, id, new ZuweisungDaten(massnahme, LocalDate.of(2021, 3, 1))), "ab",
                "teilnehmer.zuweisung.vor.start");
        UUID spaeter = aufnahmedienst.aufnehmen(cm, new AufnahmeAntrag(person("Nasrin", "Rahimi",
                LocalDate.of(1998, 8, 8)), new AufenthaltDaten(Aufenthaltsstatus.DULDUNG, STICHTAG, null),
                GEMEINSAM_KLAPPTS, LocalDate.of(2021, 6, 1), null, null, null, null, null)).teilnehmer().id();
        fehler(() -> zuweisungen.zuweisen(cm, spaeter, new ZuweisungDaten(massnahme, LocalDate.of(2021, 5, 1))),
                "ab", "teilnehmer.zuweisung.ohne.teilnahme");
        fehler(() -> zuweisungen.zuweisen(cm, id, new ZuweisungDaten(massnahme, LocalDate.of(2022, 1, 10))), "ab",
                "teilnehmer.zuweisung.ausserhalb");
        fehler(() -> zuweisungen.zuweisen(cm, id, new ZuweisungDaten(UUID.randomUUID(), LocalDate.of(2021, 5, 1))),
                "massnahmeId", "massnahme.nicht.gefunden");
        // entered with its outcome, an assignment needs its end's day too: the service's rule, as it hangs on the outcome
        fehler(() -> zuweisungen.zuweisen(cm, id, new ZuweisungDaten(massnahme, LocalDate.of(2021, 5, 1), null,
                Zuweisungsergebnis.ABGESCHLOSSEN, null)), "bis", "pflichtfeld");

        Zuweisung z = zuweisungen.zuweisen(cm, id, new ZuweisungDaten(massnahme, LocalDate.of(2021, 5, 1)))
                .zuweisungen().get(0);
        assertThat(z.massnahme()).isEqualTo("FB 1 · Caritas · Coaching Neuss · Neuss · ab 01.04.2021");
        assertThat(z.ergebnis()).isEqualTo(Zuweisungsergebnis.LAUFEND);

        fehler(() -> zuweisungen.beenden(cm, z.id(), z.version(), new Zuweisungsende(Zuweisungsergebnis.ABBRUCH,
                LocalDate.of(2021, 7, 1), " ")), "abbruchgrund", "teilnehmer.abbruch.grund");
        fehler(() -> zuweisungen.beenden(cm, z.id(), z.version(), new Zuweisungsende(
                Zuweisungsergebnis.ABGESCHLOSSEN, LocalDate.of(2021, 4, 1), null)), "bis", "teilnehmer.ende.vor.beginn");
        Zuweisung beendet = zuweisungen.beenden(cm, z.id(), z.version(), new Zuweisungsende(
                Zuweisungsergebnis.ABBRUCH, LocalDate.of(2021, 7, 1), "Arbeitsaufnahme")).zuweisungen().get(0);
        assertThat(beendet).extracting(Zuweisung::ergebnis, Zuweisung::bis, Zuweisung::abbruchgrund)
                .containsExactly(Zuweisungsergebnis.ABBRUCH, LocalDate.of(2021, 7, 1), "Arbeitsaufnahme");
        veraltet(() -> zuweisungen.beenden(cm, z.id(), z.version(), new Zuweisungsende(
                Zuweisungsergebnis.ABGESCHLOSSEN, LocalDate.of(2021, 8, 1), null)));
    }

    @Test
    void zuweisungNurZuMassnahmenEinesGenutztenBausteins() {
        Nutzer anderer = Programmumgebung.kreisMit(ctx, "tn-b", GEMEINSAM_KLAPPTS, DURCHSTARTEN);
        Nutzer ki = new Nutzer(UUID.randomUUID(), "test.ki", "KI", anderer.kreisSlug(), anderer.kreisName(),
                Set.of(Rolle.KI_KOORDINATION));
        UUID neuss = kommunen.liste(anderer).stream().filter(k -> k.name().equals("Neuss")).findFirst().orElseThrow()
                .id();
        Baustein fb2 = Programmumgebung.baustein(ctx, anderer, DURCHSTARTEN, 2, LocalDate.of(2020, 5, 1),
                LocalDate.of(2021, 12, 31));
        Traeger traeger = ctx.getBean(TraegerVerzeichnis.class).anlegen(anderer, new TraegerDaten("Volkshochschule",
                "VHS", null, null, List.of(), Set.of(neuss)));
        UUID massnahme = ctx.getBean(Massnahmen.class).anlegen(anderer, new MassnahmeDaten(fb2.id(), traeger.id(),
                List.of(neuss), "Sprachkurs", null, null, null, null), null).massnahme().id();
        UUID id = aufnahmedienst.aufnehmen(ki, new AufnahmeAntrag(new TeilnehmerDaten("Rami", "Haddad",
                LocalDate.of(1999, 1, 1), neuss, "A2", null), new AufenthaltDaten(Aufenthaltsstatus.DULDUNG,
                STICHTAG, null), GEMEINSAM_KLAPPTS, STICHTAG, null, null, null, null, null)).teilnehmer().id();
        ctx.getBean(ProgrammDienst.class).deaktivieren(anderer, DURCHSTARTEN);
        fehler(() -> zuweisungen.zuweisen(ki, id, new ZuweisungDaten(massnahme, LocalDate.of(2021, 5, 1))),
                "massnahmeId", "teilnehmer.zuweisung.baustein.nicht.aktiv");
    }

    @Test
    void abmeldungUndWiederaufnahme() {
        TeilnehmerAkte akte = aufnahmedienst.aufnehmen(cm, antrag(person("Farid", "Sultani", LocalDate.of(1996, 10, 10)),
                Aufenthaltsstatus.GESTATTUNG, null, null));
        UUID id = akte.teilnehmer().id();
        long v = akte.teilnehmer().version();
        fehler(() -> teilnahmen.abmeldenPerson(cm, id, v, new Abmeldung(LocalDate.of(2021, 6, 30), " ", null, null)), "grund", "teilnehmer.abmeldung.grund");
        fehler(() -> teilnahmen.abmeldenPerson(cm, id, v, new Abmeldung(STICHTAG.minusDays(1), "nicht erreichbar", null, null)), "am",
                "teilnehmer.abmeldung.vor.aufnahme");
        assertThatThrownBy(() -> teilnahmen.wiederaufnehmen(cm, id, v, new Stichtag(LocalDate.of(2021, 7, 1))))
                .isInstanceOfSatisfying(FachlicherFehler.class,
                        f -> assertThat(f.code()).isEqualTo("teilnehmer.wiederaufnahme.aktiv"));

        Teilnehmer ab = teilnahmen.abmeldenPerson(cm, id, v, new Abmeldung(LocalDate.of(2021, 6, 30), "mangelnde Mitwirkung", null, null)).teilnehmer();
        assertThat(ab.aktiv()).isFalse();
        assertThat(ab.abmeldegrund()).isEqualTo("mangelnde Mitwirkung");
        assertThat(dienst.suchen(cm, filter("Sultani", null, null, false)).gesamt()).isEqualTo(1);
        assertThat(dienst.suchen(cm, filter("Sultani", null, null, true)).gesamt()).isZero();
        veraltet(() -> teilnahmen.wiederaufnehmen(cm, id, v, new Stichtag(LocalDate.of(2021, 9, 1))));
        fehler(() -> teilnahmen.wiederaufnehmen(cm, id, ab.version(), new Stichtag(LocalDate.of(2021, 6, 1))),
                "aufgenommenAm", "teilnehmer.teilnahme.ueberschneidung");

        // an empty program is no "default": the participation the re-admission builds keeps its record's constraints
        fehler(() -> teilnahmen.wiederaufnehmen(cm, id, ab.version(), new Stichtag(LocalDate.of(2021, 9, 1), "")),
                "programm", "pflichtfeld");
        Teilnehmer wieder = teilnahmen.wiederaufnehmen(cm, id, ab.version(), new Stichtag(LocalDate.of(2021, 9, 1)))
                .teilnehmer();
        assertThat(wieder.aktiv()).isTrue();
        assertThat(wieder.aufgenommenAm()).isEqualTo(STICHTAG);
        assertThat(wieder.abgemeldetAm()).isNull();
        assertThat(audit(id, "aktion")).contains("AUFGENOMMEN", "ABGEMELDET", "WIEDERAUFGENOMMEN");
        assertThat(audit(id, "aktion || ' ' || aenderung")).contains(
                "ABGEMELDET {\"felder\":[\"abgemeldetAm\",\"abmeldegrund\",\"abmeldeart\"]}")
                .noneMatch(a -> a.contains("mangelnde Mitwirkung") || a.contains("Sultani"));
    }

    @Test
    void sucheNachNamensanfangKommuneUndStatus() {
        UUID neuss = kommune.get("Neuss");
        UUID dormagen = kommune.get("Dormagen");
        aufnehmen("Zara", "Suchmann", neuss, Aufenthaltsstatus.DULDUNG);
        aufnehmen("Ali", "Suchmann", neuss, Aufenthaltsstatus.DULDUNG);
        aufnehmen("Bela", "Suchberg", neuss, Aufenthaltsstatus.DULDUNG);
        aufnehmen("Cem", "Suchmann", neuss, Aufenthaltsstatus.GESTATTUNG);
        aufnehmen("Dana", "Suchmann", dormagen, Aufenthaltsstatus.DULDUNG);
        aufnehmen("Suchlinde", "Andersen", neuss, Aufenthaltsstatus.DULDUNG);

        Trefferliste neussGeduldet = dienst.suchen(cm, filter("such", neuss, Aufenthaltsstatus.DULDUNG, null));
        assertThat(neussGeduldet.gesamt()).isEqualTo(4);
        assertThat(neussGeduldet.zeilen()).extracting(TeilnehmerZeile::name).containsExactly(
                "Andersen, Suchlinde", "Suchberg, Bela", "Suchmann, Ali", "Suchmann, Zara");
        assertThat(neussGeduldet.zeilen().get(0)).satisfies(z -> {
            assertThat(z.kommune()).isEqualTo("Neuss");
            assertThat(z.status()).isEqualTo(Aufenthaltsstatus.DULDUNG);
            assertThat(z.programme()).containsExactly(GEMEINSAM_KLAPPTS);
            assertThat(z.aktiv()).isTrue();
        });

        Trefferliste seite = dienst.suchen(cm, new TeilnehmerFilter("SUCHMANN", null, null, null, null, null, 1, 2));
        assertThat(seite.gesamt()).isEqualTo(4);
        assertThat(seite.zeilen()).extracting(TeilnehmerZeile::name).containsExactly("Suchmann, Dana",
                "Suchmann, Zara");
        assertThat(dienst.suchen(cm, filter("suchmann, c", null, null, null)).zeilen())
                .extracting(TeilnehmerZeile::name).containsExactly("Suchmann, Cem");
        assertThat(dienst.suchen(cm, filter("such%", null, null, null)).gesamt()).isZero();
        assertThat(dienst.suchen(cm, new TeilnehmerFilter("such", null, null, GEMEINSAM_KLAPPTS, null, true, 0, 50))
                .gesamt()).isEqualTo(6);
        // the search is logged with the filter's fields, the page and the hits, never the text searched for
        assertThat(audit(null, "aktion || ' ' || aenderung")).contains(
                "GESUCHT {\"felder\":[\"suche\",\"kommuneId\",\"status\"],\"seite\":0,\"treffer\":4}",
                "GESUCHT {\"felder\":[\"suche\"],\"seite\":1,\"treffer\":4}",
                "GESUCHT {\"felder\":[\"suche\",\"programm\",\"aktiv\"],\"seite\":0,\"treffer\":6}")
                .noneMatch(a -> a.toLowerCase(Locale.ROOT).contains("suchmann") || a.contains("such%")
                        || a.contains("\"such\""));
    }

    @Test
    void veralteteFassungWirdNichtGespeichert() {
        TeilnehmerAkte akte = aufnahmedienst.aufnehmen(cm, antrag(person("Mariam", "Ahmadi", LocalDate.of(2001, 4, 4)),
                Aufenthaltsstatus.DULDUNG, null, null));
        Teilnehmer t = akte.teilnehmer();
        TeilnehmerAkte geaendert = dienst.aendern(cm, t.id(), t.version(), new TeilnehmerDaten("Mariam", "Ahmadi",
                LocalDate.of(2001, 4, 4), kommune.get("Neuss"), "B1", "rkn.cm"));
        assertThat(geaendert.teilnehmer().sprachniveau()).isEqualTo("B1");
        veraltet(() -> dienst.aendern(cm, t.id(), t.version(), new TeilnehmerDaten("Mariam", "Ahmadi",
                LocalDate.of(2001, 4, 4), kommune.get("Neuss"), "A1", null)));
        assertThat(dienst.akte(cm, t.id()).teilnehmer().sprachniveau()).isEqualTo("B1");

        Programmteilnahme p = akte.programme().get(0);
        TeilnehmerAkte frei = eintraege.freigabeSetzen(cm, p.id(), p.version(), new FreigabeDaten(Freigabe.BESTAETIGT,
                LocalDate.of(2021, 4, 20)));
        assertThat(frei.programme().get(0).freigabe()).isEqualTo(Freigabe.BESTAETIGT);
        veraltet(() -> eintraege.freigabeSetzen(cm, p.id(), p.version(), new FreigabeDaten(Freigabe.ABGELEHNT,
                LocalDate.of(2021, 4, 21))));
        assertThat(Freigabe.BESTAETIGT.text(Locale.GERMAN)).isEqualTo("bestätigt");
        assertThat(Zuweisungsergebnis.ABBRUCH.text(Locale.ENGLISH)).isEqualTo("dropped out");
    }

    @Test
    void aufenthaltsverlaufNeuesterZuerst() {
        UUID id = aufnehmen("Tarek", "Mansour", kommune.get("Kaarst"), Aufenthaltsstatus.GESTATTUNG);
        TeilnehmerAkte akte = eintraege.aufenthaltErfassen(cm, id, new AufenthaltDaten(Aufenthaltsstatus.DULDUNG,
                LocalDate.of(2021, 8, 1), "Asylantrag abgelehnt"));
        assertThat(akte.aktuellerStatus()).isEqualTo(Aufenthaltsstatus.DULDUNG);
        assertThat(akte.aufenthalte()).extracting(Aufenthalt::status).containsExactly(
                Aufenthaltsstatus.DULDUNG, Aufenthaltsstatus.GESTATTUNG);
        assertThat(dienst.suchen(cm, new TeilnehmerFilter("Mansour", null, Aufenthaltsstatus.DULDUNG, null, null, null,
                0, 50)).gesamt()).as("the search filters on the current status").isEqualTo(1);
        fehler(() -> eintraege.aufenthaltErfassen(cm, id, new AufenthaltDaten(Aufenthaltsstatus.AUFENTHALTSTITEL,
                LocalDate.now().plusDays(30), "Termin ABH")), "ab", "teilnehmer.aufenthalt.zukunft");
        fehler(() -> eintraege.aufenthaltErfassen(cm, id, new AufenthaltDaten(Aufenthaltsstatus.DULDUNG,
                LocalDate.of(1990, 1, 1), null)), "ab", "teilnehmer.aufenthalt.vor.geburt");
    }

    @Test
    void fallverantwortungAusDerStelleDerKommune() {
        Nutzer ki = mitRolle(Rolle.KI_KOORDINATION);
        ctx.getBean(de.teilhabe.platform.stelle.Stellen.class).anlegen(ki, new de.teilhabe.platform.stelle.StelleDaten(
                GEMEINSAM_KLAPPTS, null, "Teilhabemanager 1", "Frau Demir", new java.math.BigDecimal("1.0"),
                LocalDate.of(2020, 5, 1), null, List.of(kommune.get("Neuss"), kommune.get("Dormagen")), null));
        TeilnehmerAkte neuss = aufnahmedienst.aufnehmen(cm, antrag(person("Samira", "Stelle", STICHTAG.minusYears(22)),
                Aufenthaltsstatus.DULDUNG, null, null));
        assertThat(neuss.teilnehmer().fallverantwortung()).isEqualTo("Frau Demir");
        TeilnehmerAkte benannt = aufnahmedienst.aufnehmen(cm, antrag(new TeilnehmerDaten("Yusuf", "Stelle",
                STICHTAG.minusYears(23), kommune.get("Dormagen"), null, "rkn.cm"), Aufenthaltsstatus.DULDUNG,
                null, null));
        assertThat(benannt.teilnehmer().fallverantwortung()).as("a named case manager stays").isEqualTo("rkn.cm");
    }

    @Test
    void rechteNachRolle() {
        UUID id = aufnehmen("Khaled", "Youssef", kommune.get("Meerbusch"), Aufenthaltsstatus.DULDUNG);
        for (Rolle rolle : List.of(Rolle.MASSNAHMETRAEGER, Rolle.GREMIUM_LESERECHT)) {
            Nutzer n = mitRolle(rolle);
            verboten(() -> dienst.suchen(n, TeilnehmerFilter.alle()));
            verboten(() -> dienst.akte(n, id));
            verboten(() -> dienst.darfTeilen(n, id, Einwilligungszweck.GIB_DATENBANK, STICHTAG));
            verboten(() -> aufnahmedienst.aufnehmen(n, antrag(person("A", "B", LocalDate.of(2000, 1, 1)),
                    Aufenthaltsstatus.DULDUNG, null, null)));
        }
        assertThat(dienst.akte(admin, id).teilnehmer().nachname()).isEqualTo("Youssef");
        verboten(() -> teilnahmen.abmeldenPerson(admin, id, 0, new Abmeldung(STICHTAG, "x", null, null)));
        verboten(() -> aufnahmedienst.aufnehmen(admin, antrag(person("C", "D", LocalDate.of(2000, 1, 1)),
                Aufenthaltsstatus.DULDUNG, null, null)));
        Nutzer ki = mitRolle(Rolle.KI_KOORDINATION);
        assertThat(dienst.einwilligen(ki, id, new EinwilligungDaten(Einwilligungszweck.AUSTAUSCH_KOMMUNE, STICHTAG))
                .einwilligungen()).hasSize(1);
    }

    @Test
    void lesenDerAkteWirdProtokolliert() {
        UUID id = aufnehmen("Hana", "Ibrahim", kommune.get("Jüchen"), Aufenthaltsstatus.DULDUNG);
        dienst.akte(admin, id);
        Datenbank db = new Datenbank(ctx);
        String schema = mandanten.schema(admin.kreisSlug()).schema();
        assertThat(db.spalte("select benutzer || ':' || aktion from " + schema + ".audit_log where objekt_typ ="
                + " 'Teilnehmer' and objekt_id = '" + id + "' order by id"))
                .containsExactly(cm.benutzername() + ":AUFGENOMMEN", admin.benutzername() + ":GELESEN");
    }

    private UUID aufnehmen(String vorname, String nachname, UUID kommuneId, Aufenthaltsstatus status) {
        return aufnahmedienst.aufnehmen(cm, new AufnahmeAntrag(new TeilnehmerDaten(vorname, nachname, LocalDate.of(1999, 9, 9),
                kommuneId, null, null), new AufenthaltDaten(status, STICHTAG.minusYears(1), null),
                GEMEINSAM_KLAPPTS, STICHTAG, null, null, null, null, null)).teilnehmer().id();
    }

    private TeilnehmerDaten person(String vorname, String nachname, LocalDate geburt) {
        return new TeilnehmerDaten(vorname, nachname, geburt, kommune.get("Neuss"), null, null);
    }

    private static AufnahmeAntrag antrag(TeilnehmerDaten person, Aufenthaltsstatus status, String grund,
                                         String genehmigt, Einwilligungszweck... einwilligungen) {
        return new AufnahmeAntrag(person, new AufenthaltDaten(status, STICHTAG.minusMonths(6), null),
                GEMEINSAM_KLAPPTS, STICHTAG, grund, genehmigt, Freigabe.ANGEFRAGT, STICHTAG, List.of(einwilligungen));
    }

    private static TeilnehmerFilter filter(String suche, UUID kommuneId, Aufenthaltsstatus status, Boolean aktiv) {
        return new TeilnehmerFilter(suche, kommuneId, status, null, null, aktiv, 0, 50);
    }

    private Nutzer mitRolle(Rolle rolle) {
        return new Nutzer(UUID.randomUUID(), "test." + rolle.name().toLowerCase(Locale.ROOT), rolle.name(),
                admin.kreisSlug(), admin.kreisName(), Set.of(rolle));
    }

    private Nutzer andererKreisAdmin(String slug) {
        return de.teilhabe.platform.testing.TestKreise.admin(ctx, slug);
    }

    private List<String> audit(UUID id, String spalte) {
        String schema = mandanten.schema(admin.kreisSlug()).schema();
        return new Datenbank(ctx).spalte("select " + spalte + " from " + schema + ".audit_log where objekt_typ ="
                + " 'Teilnehmer' and objekt_id " + (id == null ? "is null" : "= '" + id + "'") + " order by id");
    }

    private static void fehler(ThrowingCallable aufruf, String feld, String code) {
        assertThat(catchFehler(aufruf).feldfehler()).extracting(Feldfehler::feld, Feldfehler::code)
                .contains(tuple(feld, code));
    }

    /** Refused as input (400) with exactly these fields missing: argument by argument, each by its fields' paths. */
    private static void pflicht(ThrowingCallable aufruf, String... felder) {
        FachlicherFehler f = catchFehler(aufruf);
        assertThat(f.art()).isEqualTo(Art.UNGUELTIG);
        assertThat(f.feldfehler()).extracting(Feldfehler::feld).containsExactly(felder);
        assertThat(f.feldfehler()).extracting(Feldfehler::code).containsOnly("pflichtfeld");
    }

    private static void veraltet(ThrowingCallable aufruf) {
        assertThatThrownBy(aufruf).isInstanceOfSatisfying(FachlicherFehler.class,
                f -> assertThat(f.code()).isEqualTo("konflikt.veraltet"));
    }

    private static void verboten(ThrowingCallable aufruf) {
        assertThatThrownBy(aufruf).isInstanceOfSatisfying(FachlicherFehler.class,
                f -> assertThat(f.art()).isEqualTo(Art.VERBOTEN));
    }

    private static FachlicherFehler catchFehler(ThrowingCallable aufruf) {
        Throwable t = org.assertj.core.api.Assertions.catchThrowable(aufruf);
        assertThat(t).isInstanceOf(FachlicherFehler.class);
        return (FachlicherFehler) t;
    }

    /** A second, plain Kreis. */
    static final class TestKreiseHilfe {
        static String kreis(ApplicationContext ctx) {
            String slug = de.teilhabe.platform.testing.TestKreise.slug("tn-fremd");
            de.teilhabe.platform.testing.TestKreise.onboarden(ctx, slug);
            return slug;
        }
    }
}
