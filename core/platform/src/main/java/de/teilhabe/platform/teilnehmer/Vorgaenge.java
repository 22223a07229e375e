package de.teilhabe.platform.teilnehmer;

import de.teilhabe.platform.fehler.Eingabepruefung;
import de.teilhabe.platform.fehler.FachlicherFehler;
import de.teilhabe.platform.fehler.Feldfehler;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;

/**
 * Applies one row of a history list to a person's history in memory, with the services' own building blocks and
 * messages: the intake check ({@link TeilnehmerAufnahme#aufnahmePruefen}, {@link TeilnehmerAufnahme#teilnahme}),
 * the move, status and assignment entries ({@link Verlaufseintraege}, {@link Zuweisungen}), de-registration and
 * re-admission ({@link Teilnahmen}), and the history's rules ({@link Verlaufspflege#verstoesse}); each entry the
 * row describes is checked against its record's constraints first ({@link Eingabepruefung}). A row whose fact
 * is already recorded — the natural key: the person and, per Vorgang, the day with the program, the Kommune, the
 * status or the Maßnahme — is {@link Wirkung#VORHANDEN}; a rule the row breaks is thrown as the service throws it.
 */
@Singleton
class Vorgaenge {

    /** What an import reads once: the intake's frame, the default program, the Kommunen and Maßnahmen by name. */
    record Lauf(TeilnehmerAufnahme.Aufnahmerahmen rahmen, String vorgabe, Map<String, UUID> kommunen,
                Massnahmenkennung massnahmen,
                BiFunction<UUID, LocalDate, TeilnehmerTabellen.MassnahmeRahmen> massnahme) {

        String von() {
            return rahmen.nutzer().benutzername();
        }
    }

    /** The row's effect: the history as it is now, a new person, errors of an intake row, or nothing (present). */
    record Wirkung(Personenverlauf verlauf, boolean zustand, TeilnehmerAufnahme.Aufnahme aufnahme,
                   List<Importfehler> fehler) {

        static final Wirkung VORHANDEN = new Wirkung(null, false, null, List.of());

        static Wirkung neu(Personenverlauf verlauf, boolean zustand) {
            return new Wirkung(verlauf, zustand, null, List.of());
        }
    }

    private final TeilnehmerAufnahme aufnahme;
    private final Verlaufspflege pflege;
    private final Eingabepruefung eingabe;

    Vorgaenge(TeilnehmerAufnahme aufnahme, Verlaufspflege pflege, Eingabepruefung eingabe) {
        this.aufnahme = aufnahme;
        this.pflege = pflege;
        this.eingabe = eingabe;
    }

    /** The row's effect on person {@code p} ({@code null}: not stored and not taken in by an earlier row). */
    Wirkung anwenden(Lauf lauf, Importperson p, Verlaufszeile z) {
        if (z.vorgang() == Vorgang.AUFNAHME && p == null) {
            return neuePerson(lauf, z);
        }
        if (p == null) {
            throw FachlicherFehler.ungueltig("person", "import.person.unbekannt");
        }
        Personenverlauf v = p.verlauf();
        return switch (z.vorgang()) {
            case AUFNAHME -> teilnehmen(lauf, v, z, programm(lauf, z.programm()));
            case WIEDERAUFNAHME -> wiederaufnahme(lauf, v, z);
            case UMZUG -> umzug(lauf, v, z);
            case STATUSWECHSEL -> statuswechsel(lauf, v, z);
            case ZUWEISUNG -> zuweisung(lauf, v, z);
            case ABMELDUNG -> abmeldung(lauf, v, z);
        };
    }

    private Wirkung neuePerson(Lauf lauf, Verlaufszeile z) {
        Importzeile zeile = Importzeile.lesen(z.alsAufnahme(), lauf.kommunen(), lauf.vorgabe(), lauf.rahmen());
        List<Feldfehler> feldfehler = new ArrayList<>();
        Optional<TeilnehmerAufnahme.Aufnahme> a = aufnahme.aufnahmePruefen(zeile.antrag(), lauf.rahmen(), feldfehler);
        List<Importfehler> fehler = Importbefunde.aufnahme(zeile, feldfehler,
                s -> s == Importspalte.AUFGENOMMEN_AM ? z.datumsspalte() : s);
        return fehler.isEmpty() && a.isPresent() ? new Wirkung(a.get().verlauf(), false, a.get(), List.of())
                : new Wirkung(null, false, null, fehler);
    }

    /**
     * An intake of a person already known — into another program, or again: a Kommune or status the row gives that
     * differs from the history on that day is entered from then on (the status from „Status seit“ if given).
     */
    private Wirkung teilnehmen(Lauf lauf, Personenverlauf alt, Verlaufszeile z, String programm) {
        if (alt.teilnahmen().stream().anyMatch(t -> t.programm().equals(programm) && t.ab().equals(z.datum()))) {
            return Wirkung.VORHANDEN;
        }
        Personenverlauf v = alt;
        boolean zustand = false;
        if (z.kommune() != null && !v.wohnortAm(z.datum()).map(w -> w.kommuneId().equals(z.kommune())).orElse(false)) {
            v = v.mit(Verlaufseintraege.wohnort(geprueft(new WohnortDaten(z.kommune(), z.datum())),
                    lauf.rahmen().kommunen(), lauf.von()));
        }
        LocalDate seit = z.statusSeit() != null ? z.statusSeit() : z.datum();
        if (z.status() != null && v.statusAm(seit).orElse(null) != z.status()) {
            v = v.mit(Verlaufseintraege.aufenthalt(geprueft(new AufenthaltDaten(z.status(), seit, null)),
                    v.geburtsdatum(), lauf.von()));
            zustand = true;
        }
        Programmteilnahme t = aufnahme.teilnahme(lauf.rahmen().nutzer(), programm, v, z.datum(),
                z.wert(Importspalte.AUSNAHME_GRUND), z.wert(Importspalte.AUSNAHME_GENEHMIGT_VON), null,
                Akten.text(z.wert(Importspalte.FALLVERANTWORTUNG)));
        return geprueft(lauf, alt, v.mit(t), "aufgenommenAm", zustand);
    }

    private Wirkung wiederaufnahme(Lauf lauf, Personenverlauf v, Verlaufszeile z) {
        String gegeben = z.programm();
        if (v.teilnahmen().stream().anyMatch(t -> t.ab().equals(z.datum())
                && (gegeben == null || t.programm().equals(gegeben)))) {
            return Wirkung.VORHANDEN;
        }
        String programm = programm(lauf, Teilnahmen.wiederaufnahmeProgramm(v.teilnahmen(), gegeben));
        Programmteilnahme letzte = v.teilnahmen().stream().filter(t -> t.programm().equals(programm) && !t.offen())
                .max(Comparator.comparing(Programmteilnahme::abgemeldetAm)).orElseThrow(() -> FachlicherFehler
                        .ungueltig("programm", "import.wiederaufnahme.ohne.teilnahme",
                                lauf.rahmen().programme().get(programm)));
        if (letzte.abgemeldetAm().isAfter(z.datum())) {
            throw FachlicherFehler.ungueltig("aufgenommenAm", "teilnehmer.wiederaufnahme.vor.abmeldung",
                    letzte.abgemeldetAm());
        }
        return teilnehmen(lauf, v, z, programm);
    }

    private Wirkung umzug(Lauf lauf, Personenverlauf v, Verlaufszeile z) {
        if (v.wohnorte().stream().anyMatch(w -> w.ab().equals(z.datum()) && w.kommuneId().equals(z.kommune()))) {
            return Wirkung.VORHANDEN;
        }
        Wohnort neu = Verlaufseintraege.wohnort(geprueft(new WohnortDaten(z.kommune(), z.datum())),
                lauf.rahmen().kommunen(), lauf.von());
        Verlaufseintraege.unveraendert(v, neu);
        return geprueft(lauf, v, v.mit(neu), "ab", false);
    }

    private Wirkung statuswechsel(Lauf lauf, Personenverlauf v, Verlaufszeile z) {
        if (v.aufenthalte().stream().anyMatch(a -> a.ab().equals(z.datum()) && a.status() == z.status())) {
            return Wirkung.VORHANDEN;
        }
        Aufenthalt neu = Verlaufseintraege.aufenthalt(geprueft(new AufenthaltDaten(z.status(), z.datum(), null)),
                v.geburtsdatum(), lauf.von());
        return geprueft(lauf, v, v.mit(neu), "ab", true);
    }

    /**
     * An assignment; one to the same Maßnahme from the same day is present — unless it still runs and the row gives
     * its end, which then ends it (a later list knows the outcome). An end that differs from the one recorded is an
     * error: corrections belong in the record.
     */
    private Wirkung zuweisung(Lauf lauf, Personenverlauf v, Verlaufszeile z) {
        String text = z.wert(Importspalte.MASSNAHME);
        if (text == null) {
            throw FachlicherFehler.ungueltig("massnahmeId", "pflichtfeld");
        }
        UUID massnahme = lauf.massnahmen().finden(text);
        ZuweisungDaten d = geprueft(new ZuweisungDaten(massnahme, z.datum(), z.bis(), z.ergebnis(),
                z.wert(Importspalte.ABBRUCHGRUND)));
        Optional<Zuweisung> da = v.zuweisungen().stream()
                .filter(x -> x.massnahmeId().equals(massnahme) && x.ab().equals(z.datum())).findFirst();
        if (da.isPresent()) {
            Zuweisung x = da.get();
            if (!d.beendet() || (x.bis() != null && x.bis().equals(d.bis()) && x.ergebnis() == d.ergebnis())) {
                return Wirkung.VORHANDEN;
            }
            if (x.bis() != null) {
                throw FachlicherFehler.ungueltig("bis", "import.zuweisung.abweichend", x.massnahme(), x.ab(),
                        x.ergebnis().text(Locale.GERMAN), x.bis());
            }
            Zuweisung beendet = Zuweisungen.beendet(x, geprueft(new Zuweisungsende(d.ergebnis(), d.bis(),
                    d.abbruchgrund())));
            return geprueft(lauf, v, v.mit(beendet), "bis", false);
        }
        Zuweisung neu = Zuweisungen.zuweisung(d, lauf.massnahme().apply(massnahme, z.datum()),
                lauf.rahmen().programme().keySet());
        return geprueft(lauf, v, v.mit(neu), "ab", false);
    }

    /** A de-registration; its reason may be left out where the kind says it („mangelnde Mitwirkung“). */
    private Wirkung abmeldung(Lauf lauf, Personenverlauf v, Verlaufszeile z) {
        String gegeben = z.programm();
        if (v.teilnahmen().stream().anyMatch(t -> z.datum().equals(t.abgemeldetAm())
                && (gegeben == null || t.programm().equals(gegeben)))) {
            return Wirkung.VORHANDEN;
        }
        String grund = z.wert(Importspalte.ABMELDEGRUND) != null ? z.wert(Importspalte.ABMELDEGRUND)
                : z.abmeldeart() == null ? null : z.abmeldeart().text(Locale.GERMAN);
        Abmeldung a = geprueft(new Abmeldung(z.datum(), grund, z.abmeldeart(), gegeben));
        Programmteilnahme beendet = Teilnahmen.beendet(Teilnahmen.offene(v.teilnahmen(), gegeben), a);
        return geprueft(lauf, v, v.mit(beendet), "am", false);
    }

    /** The changed history if it brings no violation of the rules; otherwise its errors, on {@code feld}. */
    private Wirkung geprueft(Lauf lauf, Personenverlauf alt, Personenverlauf neu, String feld, boolean zustand) {
        Akten.werfen(pflege.verstoesse(alt, neu, lauf.rahmen().heute(), feld));
        return Wirkung.neu(neu, zustand);
    }

    /** {@code daten} if it keeps its record's constraints; otherwise their errors, thrown as the service throws them. */
    private <T> T geprueft(T daten) {
        eingabe.pruefen(daten);
        return daten;
    }

    /** The program of an intake: given (or the import's default) and enabled. */
    private static String programm(Lauf lauf, String programm) {
        if (programm == null) {
            throw FachlicherFehler.ungueltig("programm", "pflichtfeld");
        }
        List<Feldfehler> fehler = new ArrayList<>();
        String p = TeilnehmerAufnahme.programmPruefen(programm, lauf.rahmen(), fehler);
        Akten.werfen(fehler);
        return p;
    }
}
