package de.teilhabe.platform.gremium;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import de.teilhabe.platform.fehler.Art;
import de.teilhabe.platform.fehler.FachlicherFehler;
import de.teilhabe.platform.fehler.Feldfehler;
import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class SitzungenTest {

    @Inject ApplicationContext ctx;

    GremienFixture f;
    Gremium lg;
    Mitgliedschaft vorsitz;
    Mitgliedschaft jobcenter;

    @BeforeEach
    void kreis() {
        f = new GremienFixture(ctx, "stz");
        lg = f.lenkungsgruppe();
        vorsitz = f.mitglied(lg, f.person("Dirk Brügge"), Mitgliedsrolle.VORSITZ, GremienFixture.KONSTITUIERT);
        jobcenter = f.mitglied(lg, f.person("Leitung Jobcenter"), Mitgliedsrolle.MITGLIED,
                GremienFixture.KONSTITUIERT);
    }

    @Test
    void sitzungVorDerKonstituierungWirdAbgelehnt() {
        SitzungDaten davor = new SitzungDaten(LocalDate.of(2021, 3, 16), null, null, null, null, null, null);
        assertThatThrownBy(() -> f.sitzungen.anlegen(f.ki, lg.id(), davor))
                .isInstanceOfSatisfying(FachlicherFehler.class, e -> {
                    assertThat(e.feldfehler()).extracting(Feldfehler::feld, Feldfehler::code)
                            .containsExactly(tuple("datum", "gremium.sitzung.vor.konstituierung"));
                    assertThat(e.feldfehler().get(0).text(Locale.ENGLISH)).isEqualTo("\"Lenkungsgruppe\" exists only "
                            + "since its constitution on 17.03.2021; a meeting before that is not possible.");
                });
        assertThat(f.gremien.ansicht(f.ki, lg.id()).sitzungen()).isEmpty();
        assertThat(f.sitzung(lg, GremienFixture.KONSTITUIERT).sitzung().datum()).isEqualTo(GremienFixture.KONSTITUIERT);
    }

    @Test
    void protokollMitTagesordnungUndAnwesenheitNurFuerKoordination() {
        SitzungDaten daten = new SitzungDaten(GremienFixture.KONSTITUIERT, LocalTime.of(14, 0), "Kreishaus Neuss",
                "Konstituierende Sitzung",
                List.of(new SitzungDaten.Punkt("Begrüßung", null, null),
                        new SitzungDaten.Punkt("Geschäftsordnung", null, "einstimmig angenommen")),
                List.of(new SitzungDaten.Anwesenheit(vorsitz.id(), Teilnahmestatus.ANWESEND),
                        new SitzungDaten.Anwesenheit(jobcenter.id(), Teilnahmestatus.ENTSCHULDIGT)),
                "Herr Brügge eröffnet die Sitzung.");
        SitzungAnsicht angelegt = f.sitzungen.anlegen(f.ki, lg.id(), daten);
        assertThat(angelegt.tagesordnung())
                .extracting(TagesordnungspunktAnsicht::position, TagesordnungspunktAnsicht::titel)
                .containsExactly(tuple(1, "Begrüßung"), tuple(2, "Geschäftsordnung"));
        assertThat(angelegt.anwesenheit()).extracting(SitzungAnsicht.Anwesend::name, SitzungAnsicht.Anwesend::status)
                .containsExactly(tuple("Dirk Brügge", Teilnahmestatus.ANWESEND),
                        tuple("Leitung Jobcenter", Teilnahmestatus.ENTSCHULDIGT));

        SitzungDaten geaendert = new SitzungDaten(daten.datum(), daten.beginn(), daten.ort(), daten.titel(),
                List.of(new SitzungDaten.Punkt("Geschäftsordnung", null, "einstimmig angenommen"),
                        new SitzungDaten.Punkt("Begrüßung", null, null),
                        new SitzungDaten.Punkt("Verschiedenes", null, null)),
                List.of(new SitzungDaten.Anwesenheit(vorsitz.id(), Teilnahmestatus.ANWESEND)), daten.protokoll());
        SitzungAnsicht neu = f.sitzungen.aendern(f.ki, angelegt.sitzung().id(), angelegt.sitzung().version(),
                geaendert);
        assertThat(neu.tagesordnung()).extracting(TagesordnungspunktAnsicht::titel)
                .containsExactly("Geschäftsordnung", "Begrüßung", "Verschiedenes");
        assertThat(neu.anwesenheit()).hasSize(1);
        assertThatThrownBy(() -> f.sitzungen.aendern(f.admin, angelegt.sitzung().id(), angelegt.sitzung().version(),
                daten)).isInstanceOfSatisfying(FachlicherFehler.class,
                e -> assertThat(e.code()).isEqualTo("konflikt.veraltet"));

        SitzungAnsicht fuerLeser = f.sitzungen.ansicht(f.leser, angelegt.sitzung().id());
        assertThat(fuerLeser.vollstaendig()).isFalse();
        assertThat(fuerLeser.sitzung().protokoll()).isNull();
        assertThat(fuerLeser.anwesenheit()).isEmpty();
        assertThat(fuerLeser.tagesordnung())
                .extracting(TagesordnungspunktAnsicht::titel, TagesordnungspunktAnsicht::ergebnis)
                .containsExactly(tuple("Geschäftsordnung", null), tuple("Begrüßung", null),
                        tuple("Verschiedenes", null));
        SitzungAnsicht fuerKi = f.sitzungen.ansicht(f.ki, angelegt.sitzung().id());
        assertThat(fuerKi.sitzung().protokoll()).isEqualTo("Herr Brügge eröffnet die Sitzung.");
        assertThat(fuerKi.tagesordnung().get(0).ergebnis()).isEqualTo("einstimmig angenommen");
        assertThatThrownBy(() -> f.sitzungen.ansicht(f.traeger, angelegt.sitzung().id()))
                .isInstanceOfSatisfying(FachlicherFehler.class, e -> assertThat(e.art()).isEqualTo(Art.VERBOTEN));
    }

    @Test
    void anwesenheitNurVonMitgliedernAmSitzungstag() {
        Gremium ag = f.unter(lg, "Arbeitsgruppe Strukturebene", Ebene.STRUKTUR);
        Mitgliedschaft fremd = f.mitglied(ag, f.person("Nur in der AG"), Mitgliedsrolle.MITGLIED,
                GremienFixture.KONSTITUIERT);
        // an item's title and an attendance's member and status are constraints of the records, checked first
        SitzungDaten ohne = new SitzungDaten(null, null, null, null,
                List.of(new SitzungDaten.Punkt(" ", null, null)),
                List.of(new SitzungDaten.Anwesenheit(null, null)), null);
        assertThatThrownBy(() -> f.sitzungen.anlegen(f.ki, lg.id(), ohne))
                .isInstanceOfSatisfying(FachlicherFehler.class, e -> assertThat(e.feldfehler())
                        .extracting(Feldfehler::feld, Feldfehler::code).containsExactly(
                                tuple("anwesenheit[0].mitgliedschaftId", "pflichtfeld"),
                                tuple("anwesenheit[0].status", "pflichtfeld"),
                                tuple("datum", "pflichtfeld"),
                                tuple("tagesordnung[0].titel", "pflichtfeld")));
        SitzungDaten daten = new SitzungDaten(LocalDate.of(2021, 9, 1), null, null, null,
                List.of(new SitzungDaten.Punkt("Begrüßung", null, null)),
                List.of(new SitzungDaten.Anwesenheit(vorsitz.id(), Teilnahmestatus.ANWESEND),
                        new SitzungDaten.Anwesenheit(vorsitz.id(), Teilnahmestatus.ANWESEND),
                        new SitzungDaten.Anwesenheit(fremd.id(), Teilnahmestatus.ANWESEND)), null);
        assertThatThrownBy(() -> f.sitzungen.anlegen(f.ki, lg.id(), daten))
                .isInstanceOfSatisfying(FachlicherFehler.class, e -> assertThat(e.feldfehler())
                        .extracting(Feldfehler::feld, Feldfehler::code).containsExactly(
                                tuple("anwesenheit[1].mitgliedschaftId", "gremium.teilnahme.doppelt"),
                                tuple("anwesenheit[2].mitgliedschaftId", "gremium.teilnahme.kein.mitglied")));
    }

    @Test
    void auftragBrauchtFaelligkeitUndGenauEineZustaendigkeit() {
        SitzungAnsicht s = f.sitzung(lg, LocalDate.of(2021, 9, 1));
        Gremium ag = f.unter(lg, "Arbeitsgruppe Fallebene", Ebene.FALL);
        // the due date is a constraint of the record (with its own message), answered before the rule that exactly one
        // assignee is named — a rule between two fields, which stays the service's
        AuftragDaten ohneAlles = new AuftragDaten(" ", null, null, null, null, null);
        assertThatThrownBy(() -> f.auftraege.anlegen(f.ki, s.sitzung().id(), ohneAlles))
                .isInstanceOfSatisfying(FachlicherFehler.class, e -> {
                    assertThat(e.feldfehler()).extracting(Feldfehler::feld, Feldfehler::code).containsExactly(
                            tuple("faelligAm", "gremium.auftrag.faellig.fehlt"), tuple("text", "pflichtfeld"));
                    assertThat(e.feldfehler().get(0).text(Locale.ENGLISH)).isEqualTo("A task needs a due date.");
                });
        AuftragDaten ohneZustaendigkeit = new AuftragDaten("Bedarfe erheben", null, null, null,
                LocalDate.of(2021, 12, 1), null);
        assertThatThrownBy(() -> f.auftraege.anlegen(f.ki, s.sitzung().id(), ohneZustaendigkeit))
                .isInstanceOfSatisfying(FachlicherFehler.class, e -> {
                    assertThat(e.feldfehler()).extracting(Feldfehler::feld, Feldfehler::code).containsExactly(
                            tuple("zustaendig", "gremium.auftrag.zustaendig.fehlt"));
                    assertThat(e.feldfehler()).extracting(x -> x.text(Locale.ENGLISH)).containsExactly(
                            "A task needs an assignee: a committee or a person.");
                });
        AuftragDaten beides = new AuftragDaten("Bedarfe erheben", null, ag.id(),
                f.person("Anna Beispiel").id(), LocalDate.of(2021, 8, 31), null);
        assertThatThrownBy(() -> f.auftraege.anlegen(f.ki, s.sitzung().id(), beides))
                .isInstanceOfSatisfying(FachlicherFehler.class, e -> assertThat(e.feldfehler())
                        .extracting(Feldfehler::feld, Feldfehler::code).containsExactly(
                                tuple("faelligAm", "gremium.auftrag.faellig.vor.sitzung"),
                                tuple("zustaendig", "gremium.auftrag.zustaendig.doppelt")));
        Auftrag a = f.auftraege.anlegen(f.ki, s.sitzung().id(), new AuftragDaten("Bedarfe erheben", null, ag.id(),
                null, LocalDate.of(2021, 12, 1), null));
        assertThat(a.status()).isEqualTo(Auftragsstatus.OFFEN);
        assertThat(f.sitzungen.ansicht(f.leser, s.sitzung().id()).auftraege()).singleElement()
                .satisfies(z -> assertThat(z.zustaendig()).isEqualTo("Arbeitsgruppe Fallebene"));
    }

    @Test
    void beschlussnummernZaehlenJeGremium() {
        SitzungAnsicht erste = f.sitzung(lg, LocalDate.of(2021, 3, 17));
        SitzungAnsicht zweite = f.sitzung(lg, LocalDate.of(2021, 10, 6));
        Gremium ag = f.unter(lg, "Arbeitsgruppe Strukturebene", Ebene.STRUKTUR);
        SitzungAnsicht agSitzung = f.sitzung(ag, LocalDate.of(2021, 5, 5));
        assertThat(f.beschluesse.anlegen(f.ki, erste.sitzung().id(), new BeschlussDaten("Geschäftsordnung", null))
                .nummer()).isEqualTo(1);
        assertThat(f.beschluesse.anlegen(f.ki, zweite.sitzung().id(), new BeschlussDaten("Handlungskonzept", null))
                .nummer()).isEqualTo(2);
        assertThat(f.beschluesse.anlegen(f.ki, agSitzung.sitzung().id(), new BeschlussDaten("Empfehlung", null))
                .nummer()).isEqualTo(1);
        assertThatThrownBy(() -> f.beschluesse.anlegen(f.ki, zweite.sitzung().id(), new BeschlussDaten(" ", null)))
                .isInstanceOfSatisfying(FachlicherFehler.class, e -> assertThat(e.feldfehler())
                        .extracting(Feldfehler::feld).containsExactly("text"));
        assertThat(f.sitzungen.ansicht(f.leser, zweite.sitzung().id()).beschluesse())
                .extracting(BeschlussAnsicht::nummer)
                .containsExactly(2);
    }

    @Test
    void aufgabenlisteMeineUndUeberfaellige() {
        Gremium ag = f.unter(lg, "Arbeitsgruppe Strukturebene", Ebene.STRUKTUR);
        Person anna = f.personen.anlegen(f.ki, new PersonDaten("Anna Beispiel", "anna@example.org", null,
                f.ki.benutzername()));
        f.mitglied(ag, anna, Mitgliedsrolle.GESCHAEFTSFUEHRUNG, GremienFixture.KONSTITUIERT);
        Person andere = f.person("Jonas Muster");
        SitzungAnsicht s = f.sitzung(lg, LocalDate.of(2021, 10, 6));
        Auftrag anAnna = auftrag(s, "Bericht an Anna", null, anna, LocalDate.of(2021, 11, 1));
        Auftrag anAg = auftrag(s, "Vorschlag der AG", ag, null, LocalDate.of(2022, 3, 1));
        Auftrag anJonas = auftrag(s, "Einladung an Jonas", null, andere, LocalDate.of(2021, 10, 20));
        LocalDate stichtag = LocalDate.of(2021, 12, 1);

        assertThat(f.auftraege.liste(f.ki, new AuftragFilter(true, null, null, false, false, stichtag)))
                .extracting(AuftragZeile::id).containsExactly(anAnna.id(), anAg.id());
        assertThat(f.auftraege.liste(f.leser, new AuftragFilter(false, null, null, true, false, stichtag)))
                .extracting(AuftragZeile::id, AuftragZeile::ueberfaellig)
                .containsExactly(tuple(anJonas.id(), true), tuple(anAnna.id(), true));
        f.auftraege.status(f.ki, anJonas.id(), anJonas.version(), Auftragsstatus.ERLEDIGT);
        assertThat(f.auftraege.liste(f.cm, new AuftragFilter(false, null, null, true, false, stichtag)))
                .extracting(AuftragZeile::id).containsExactly(anAnna.id());
        assertThat(f.auftraege.liste(f.leser, new AuftragFilter(false, andere.id(), null, false, false, stichtag)))
                .singleElement().satisfies(z -> {
                    assertThat(z.zustaendig()).isEqualTo("Jonas Muster");
                    assertThat(z.ueberfaellig()).isFalse();
                    assertThat(z.status()).isEqualTo(Auftragsstatus.ERLEDIGT);
                });
        assertThat(f.auftraege.liste(f.leser, new AuftragFilter(true, null, null, false, false, stichtag))).isEmpty();
        assertThat(f.auftraege.liste(f.ki, new AuftragFilter(true, null, null, false, false,
                LocalDate.of(2021, 3, 1)))).extracting(AuftragZeile::id).containsExactly(anAnna.id());
    }

    private Auftrag auftrag(SitzungAnsicht s, String text, Gremium g, Person p, LocalDate faellig) {
        return f.auftraege.anlegen(f.ki, s.sitzung().id(), new AuftragDaten(text, null, g == null ? null : g.id(),
                p == null ? null : p.id(), faellig, null));
    }
}
