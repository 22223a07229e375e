package de.teilhabe.platform.teilnehmer;

import static de.teilhabe.platform.finanzierung.Programmumgebung.DURCHSTARTEN;
import static de.teilhabe.platform.finanzierung.Programmumgebung.GEMEINSAM_KLAPPTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import de.teilhabe.platform.baustein.Baustein;
import de.teilhabe.platform.bericht.Stichtagsberichte;
import de.teilhabe.platform.fehler.FachlicherFehler;
import de.teilhabe.platform.fehler.Feldfehler;
import de.teilhabe.platform.finanzierung.Programmumgebung;
import de.teilhabe.platform.kommune.Kommune;
import de.teilhabe.platform.kommune.KommunenDienst;
import de.teilhabe.platform.mandant.Mandanten;
import de.teilhabe.platform.massnahme.MassnahmeDaten;
import de.teilhabe.platform.massnahme.Massnahmen;
import de.teilhabe.platform.massnahme.Status;
import de.teilhabe.platform.massnahme.Statuswechsel;
import de.teilhabe.platform.sicherheit.Nutzer;
import de.teilhabe.platform.sicherheit.Rolle;
import de.teilhabe.platform.testing.Datenbank;
import de.teilhabe.platform.traeger.TraegerDaten;
import de.teilhabe.platform.traeger.TraegerVerzeichnis;
import de.teilhabe.plugin.api.zielgruppe.Aufenthaltsstatus;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The dated history of a person (issue 12, ADR 0002) against PostgreSQL with the real plugins: several programs,
 * intake with a missing fact and the verdict computed anew when it arrives, exclusion facts, a refused ABH
 * clearance taking effect, the history's rules with their messages, corrections that keep what was known.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Property(name = "teilhabe.plugins.verzeichnis", value = "${teilhabe.test.plugins}")
class VerlaufTest {

    static final LocalDate AUFNAHME = LocalDate.of(2021, 3, 1);

    @Inject ApplicationContext ctx;
    @Inject TeilnehmerAufnahme aufnahme;
    @Inject TeilnehmerDienst dienst;
    @Inject Teilnahmen teilnahmen;
    @Inject Verlaufseintraege eintraege;
    @Inject Zuweisungen zuweisungen;
    @Inject Stichtagsberichte berichte;

    Nutzer admin;
    Nutzer cm;
    Map<String, UUID> kommune;
    UUID massnahme;

    @BeforeAll
    void kreis() {
        admin = Programmumgebung.kreisMit(ctx, "verlauf-t", GEMEINSAM_KLAPPTS, DURCHSTARTEN);
        cm = new Nutzer(UUID.randomUUID(), "test.cm", "CM", admin.kreisSlug(), admin.kreisName(),
                Set.of(Rolle.CASE_MANAGEMENT));
        kommune = ctx.getBean(KommunenDienst.class).liste(admin).stream()
                .collect(Collectors.toMap(Kommune::name, Kommune::id));
        Baustein fb1 = Programmumgebung.baustein(ctx, admin, DURCHSTARTEN, 1, LocalDate.of(2020, 5, 1),
                LocalDate.of(2022, 6, 30));
        UUID traeger = ctx.getBean(TraegerVerzeichnis.class).anlegen(admin, new TraegerDaten("Caritas Sozialdienste",
                "Caritas", null, null, List.of(), Set.of(kommune.get("Neuss")))).id();
        massnahme = ctx.getBean(Massnahmen.class).anlegen(admin, new MassnahmeDaten(fb1.id(), traeger,
                List.of(kommune.get("Neuss")), "Coaching", null, null, null, null),
                new Statuswechsel(Status.LAUFEND, LocalDate.of(2020, 5, 1), null)).massnahme().id();
    }

    @Test
    void einePersonInZweiProgrammenStattDoppelterAufnahme() {
        TeilnehmerAkte gk = aufnehmen("Samir", "Doppelt", LocalDate.of(1999, 4, 4), Aufenthaltsstatus.DULDUNG);
        // the same person once more: the check offers the record, the intake refuses a second one
        Aufnahmepruefung p = aufnahme.pruefen(cm, person("samir", "DOPPELT", LocalDate.of(1999, 4, 4)),
                new AufenthaltDaten(Aufenthaltsstatus.DULDUNG, AUFNAHME, null), AUFNAHME);
        assertThat(p.bestehende()).singleElement().satisfies(h -> {
            assertThat(h.id()).isEqualTo(gk.teilnehmer().id());
            assertThat(h.programme()).containsExactly(GEMEINSAM_KLAPPTS);
        });
        fehler(() -> aufnahme.aufnehmen(cm, antrag(person("Samir", "Doppelt", LocalDate.of(1999, 4, 4)),
                Aufenthaltsstatus.DULDUNG, DURCHSTARTEN)), "person.nachname", "teilnehmer.doppelt");

        TeilnehmerAkte beide = aufnahme.teilnehmen(cm, gk.teilnehmer().id(), new TeilnahmeAntrag(DURCHSTARTEN,
                AUFNAHME.plusDays(10), null, null, null, null));
        assertThat(beide.programme()).extracting(Programmteilnahme::programm, Programmteilnahme::einstufung)
                .containsExactly(tuple(GEMEINSAM_KLAPPTS, "PRIMAER"), tuple(DURCHSTARTEN, "PRIMAER"));
        LocalDate tag = AUFNAHME.plusDays(20);
        assertThat(berichte.aufnahme(admin, DURCHSTARTEN, tag).summe().gesamt()).isGreaterThanOrEqualTo(1);
        fehler(() -> aufnahme.teilnehmen(cm, gk.teilnehmer().id(), new TeilnahmeAntrag(DURCHSTARTEN,
                AUFNAHME.plusDays(15), null, null, null, null)), "aufgenommenAm", "teilnehmer.teilnahme.ueberschneidung");
    }

    @Test
    void ohneGeburtsdatumKlaerungOffenBisEsEintrifft() {
        TeilnehmerAkte akte = aufnahme.aufnehmen(cm, antrag(person("Nour", "Klaerung", null), Aufenthaltsstatus.DULDUNG,
                GEMEINSAM_KLAPPTS));
        Programmteilnahme t = akte.programme().get(0);
        assertThat(t.einstufung()).isEqualTo("NICHT_ENTSCHEIDBAR");
        assertThat(t.begruendungen()).anySatisfy(b -> assertThat(b).contains("Geburtsdatum fehlt"));
        assertThat(t.klaerungBis()).isEqualTo(LocalDate.now().plusDays(Urteile.KLAERUNG_TAGE));
        assertThat(teilnahmen.klaerungen(cm)).filteredOn(k -> k.teilnehmerId().equals(akte.teilnehmer().id()))
                .singleElement().satisfies(k -> assertThat(k.name()).isEqualTo("Klaerung, Nour"));

        TeilnehmerAkte geklaert = dienst.aendern(cm, akte.teilnehmer().id(), akte.teilnehmer().version(),
                new TeilnehmerDaten("Nour", "Klaerung", LocalDate.of(2000, 2, 2), null, null, null));
        assertThat(geklaert.programme().get(0)).extracting(Programmteilnahme::einstufung, Programmteilnahme::klaerungBis)
                .containsExactly("PRIMAER", null);
        assertThat(teilnahmen.klaerungen(cm)).noneMatch(k -> k.teilnehmerId().equals(akte.teilnehmer().id()));
    }

    @Test
    void ausschlussmerkmalUndVerweigerteFreigabe() {
        FachlicherFehler f = catchFehler(() -> aufnahme.aufnehmen(cm, new AufnahmeAntrag(person("Lea", "Lae",
                LocalDate.of(2000, 1, 1)), new AufenthaltDaten(Aufenthaltsstatus.DULDUNG, AUFNAHME.minusMonths(2), null),
                GEMEINSAM_KLAPPTS, AUFNAHME, null, null, null, null, List.of(), List.of(new MerkmalDaten(
                Personenmerkmal.IN_LANDESAUFNAHMEEINRICHTUNG, AUFNAHME.minusMonths(1), null, null)), null)));
        assertThat(f.feldfehler()).extracting(Feldfehler::code).containsExactly("teilnehmer.ausnahme.unzulaessig");
        assertThat(f.feldfehler().get(0).text(java.util.Locale.GERMAN)).as("the reason is shown")
                .contains("Landesaufnahmeeinrichtung");

        TeilnehmerAkte akte = aufnehmen("Yusuf", "Verweigert", LocalDate.of(1998, 5, 5), Aufenthaltsstatus.DULDUNG);
        UUID id = akte.teilnehmer().id();
        zuweisungen.zuweisen(cm, id, new ZuweisungDaten(massnahme, AUFNAHME.plusDays(5)));
        LocalDate abgelehnt = AUFNAHME.plusMonths(2);
        TeilnehmerAkte nachher = eintraege.freigabeErfassen(cm, id, GEMEINSAM_KLAPPTS, new FreigabeDaten(
                Freigabe.ABGELEHNT, abgelehnt));
        assertThat(nachher.programme().get(0)).extracting(Programmteilnahme::abgemeldetAm,
                Programmteilnahme::abmeldeart).containsExactly(abgelehnt, Abmeldeart.FREIGABE_VERWEIGERT);
        assertThat(nachher.zuweisungen()).singleElement().extracting(Zuweisung::ergebnis, Zuweisung::bis)
                .containsExactly(Zuweisungsergebnis.ABBRUCH, abgelehnt);
        // the refusal stands: no re-admission into a program whose rule excludes the person
        assertThat(catchFehler(() -> aufnahme.teilnehmen(cm, id, new TeilnahmeAntrag(GEMEINSAM_KLAPPTS,
                abgelehnt.plusDays(30), null, null, null, null))).feldfehler()).extracting(Feldfehler::code)
                .containsExactly("teilnehmer.ausnahme.unzulaessig");
    }

    @Test
    void regelnDesVerlaufsMitIhrenMeldungen() {
        TeilnehmerAkte akte = aufnehmen("Rana", "Regel", LocalDate.of(2001, 1, 1), Aufenthaltsstatus.GESTATTUNG);
        UUID id = akte.teilnehmer().id();
        fehler(() -> dienst.aendern(cm, id, akte.teilnehmer().version(), new TeilnehmerDaten("Rana", "Regel",
                LocalDate.of(2001, 1, 1), kommune.get("Kaarst"), null, null)), "kommuneId", "teilnehmer.kommune.nur.umzug");
        fehler(() -> eintraege.umziehen(cm, id, new WohnortDaten(kommune.get("Kaarst"), LocalDate.of(2000, 6, 1))),
                "ab", "teilnehmer.datum.vor.geburt");
        fehler(() -> eintraege.umziehen(cm, id, new WohnortDaten(kommune.get("Kaarst"), LocalDate.now().plusDays(3))),
                "ab", "teilnehmer.datum.zukunft");
        fehler(() -> eintraege.umziehen(cm, id, new WohnortDaten(kommune.get("Neuss"), AUFNAHME.plusDays(3))),
                "kommuneId", "teilnehmer.wohnort.unveraendert");
        zuweisungen.zuweisen(cm, id, new ZuweisungDaten(massnahme, AUFNAHME.plusDays(5)));
        fehler(() -> zuweisungen.zuweisen(cm, id, new ZuweisungDaten(massnahme, AUFNAHME.plusDays(9))), "ab",
                "teilnehmer.zuweisung.ueberschneidung");
        Programmteilnahme t = akte.programme().get(0);
        fehler(() -> teilnahmen.abmelden(cm, t.id(), t.version(), new Abmeldung(AUFNAHME.plusDays(40), "Umzug",
                Abmeldeart.WEGZUG, null)), "am", "teilnehmer.zuweisung.ohne.teilnahme");
        // back-dated: the Kommune before the intake, and a move later — the report for a day before it is unchanged
        TeilnehmerAkte umgezogen = eintraege.umziehen(cm, id, new WohnortDaten(kommune.get("Kaarst"),
                AUFNAHME.plusMonths(3)));
        assertThat(umgezogen.kommune()).isEqualTo("Kaarst");
        assertThat(berichte.aufnahme(admin, GEMEINSAM_KLAPPTS, AUFNAHME.plusMonths(1)).zeilen())
                .filteredOn(z -> z.kommune().equals("Neuss")).singleElement()
                .satisfies(z -> assertThat(z.gesamt()).isPositive());
    }

    @Test
    void korrekturErsetztUndBehaeltWasBekanntWar() {
        TeilnehmerAkte akte = aufnehmen("Kian", "Korrektur", LocalDate.of(1997, 7, 7), Aufenthaltsstatus.GESTATTUNG);
        UUID id = akte.teilnehmer().id();
        Aufenthalt erster = akte.aufenthalte().get(0);
        TeilnehmerAkte korrigiert = eintraege.aufenthaltKorrigieren(cm, erster.id(), new AufenthaltDaten(
                Aufenthaltsstatus.DULDUNG, erster.ab(), "laut Duldungsbescheid"));
        assertThat(korrigiert.aufenthalte()).singleElement().extracting(Aufenthalt::status)
                .isEqualTo(Aufenthaltsstatus.DULDUNG);
        assertThat(korrigiert.programme().get(0).einstufung()).as("the verdict follows the corrected status")
                .isEqualTo("PRIMAER");
        assertThatThrownBy(() -> eintraege.aufenthaltKorrigieren(cm, erster.id(), new AufenthaltDaten(
                Aufenthaltsstatus.GESTATTUNG, erster.ab(), null))).isInstanceOfSatisfying(FachlicherFehler.class,
                e -> assertThat(e.code()).isEqualTo("teilnehmer.eintrag.nicht.gefunden"));
        String schema = ctx.getBean(Mandanten.class).schema(admin.kreisSlug()).schema();
        Datenbank db = new Datenbank(ctx);
        assertThat(db.spalte("select status || ':' || (ersetzt_am is not null) from " + schema + ".aufenthalt"
                + " where teilnehmer_id = '" + id + "' order by erfasst_am"))
                .as("the superseded entry stays as it was known").containsExactly("GESTATTUNG:true", "DULDUNG:false");
        assertThat(db.spalte("select aktion from " + schema + ".audit_log where objekt_id = '" + id + "' order by id"))
                .contains("KORRIGIERT", "URTEIL_NEU");
    }

    private TeilnehmerAkte aufnehmen(String vorname, String nachname, LocalDate geburt, Aufenthaltsstatus status) {
        return aufnahme.aufnehmen(cm, antrag(person(vorname, nachname, geburt), status, GEMEINSAM_KLAPPTS));
    }

    private TeilnehmerDaten person(String vorname, String nachname, LocalDate geburt) {
        return new TeilnehmerDaten(vorname, nachname, geburt, kommune.get("Neuss"), null, null);
    }

    private static AufnahmeAntrag antrag(TeilnehmerDaten person, Aufenthaltsstatus status, String programm) {
        return new AufnahmeAntrag(person, new AufenthaltDaten(status, AUFNAHME.minusMonths(6), null), programm, AUFNAHME,
                null, null, null, null, null);
    }

    private static FachlicherFehler catchFehler(ThrowingCallable aufruf) {
        return org.assertj.core.api.Assertions.catchThrowableOfType(aufruf, FachlicherFehler.class);
    }

    private static void fehler(ThrowingCallable aufruf, String feld, String code) {
        assertThat(catchFehler(aufruf).feldfehler()).extracting(Feldfehler::feld, Feldfehler::code)
                .contains(tuple(feld, code));
    }
}
