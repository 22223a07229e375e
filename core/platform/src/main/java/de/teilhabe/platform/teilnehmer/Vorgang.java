package de.teilhabe.platform.teilnehmer;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What one row of a history list says happened (column „Vorgang“, German label, case ignored; empty: Aufnahme):
 * the columns a file with such rows must have, and the column that carries the errors of each field of the
 * service the row stands for (e.g. {@code am} of a de-registration is the row's date). A conflict without a field
 * (not taken in, already ended) is reported on „Vorgang“.
 */
enum Vorgang {
    AUFNAHME("Aufnahme", EnumSet.of(Importspalte.KOMMUNE, Importspalte.AUFENTHALTSSTATUS), Map.of()),
    UMZUG("Umzug", EnumSet.of(Importspalte.KOMMUNE), Map.of("kommuneId", Importspalte.KOMMUNE)),
    STATUSWECHSEL("Statuswechsel", EnumSet.of(Importspalte.AUFENTHALTSSTATUS),
            Map.of("status", Importspalte.AUFENTHALTSSTATUS)),
    ZUWEISUNG("Zuweisung", EnumSet.of(Importspalte.MASSNAHME), Map.of("massnahmeId", Importspalte.MASSNAHME,
            "bis", Importspalte.ZUWEISUNG_BIS, "ergebnis", Importspalte.ERGEBNIS,
            "abbruchgrund", Importspalte.ABBRUCHGRUND)),
    ABMELDUNG("Abmeldung", EnumSet.noneOf(Importspalte.class), Map.of("grund", Importspalte.ABMELDEGRUND,
            "programm", Importspalte.PROGRAMM)),
    WIEDERAUFNAHME("Wiederaufnahme", EnumSet.noneOf(Importspalte.class), Map.of());

    /** Fields of the intake and re-admission that every Vorgang may meet. */
    private static final Map<String, Importspalte> GEMEINSAM = Map.of("programm", Importspalte.PROGRAMM,
            "ausnahmeGrund", Importspalte.AUSNAHME_GRUND, "ausnahmeGenehmigtVon", Importspalte.AUSNAHME_GENEHMIGT_VON,
            "status", Importspalte.AUFENTHALTSSTATUS, "kommuneId", Importspalte.KOMMUNE);

    private final String titel;
    private final Set<Importspalte> spalten;
    private final Map<String, Importspalte> felder;

    Vorgang(String titel, Set<Importspalte> spalten, Map<String, Importspalte> felder) {
        this.titel = titel;
        this.spalten = spalten;
        this.felder = felder;
    }

    /** The label as written in the list, e.g. „Umzug“. */
    String titel() {
        return titel;
    }

    /** The columns a file must have when it has rows of this Vorgang (besides name, birth date and date). */
    Set<Importspalte> spalten() {
        return spalten;
    }

    /**
     * The column of a service's field error; the day of the fact ({@code ab}, {@code am}, {@code aufgenommenAm}) and
     * anything unknown is {@code datum}, the column the row's date came from.
     */
    Importspalte spalte(String feld, Importspalte datum) {
        if (feld == null) {
            return Importspalte.VORGANG;
        }
        Importspalte eigene = felder.get(feld);
        if (eigene != null) {
            return eigene;
        }
        return GEMEINSAM.getOrDefault(feld, datum);
    }

    /** The Vorgang a cell names; an empty cell is an intake. */
    static Optional<Vorgang> aus(String text) {
        if (text == null || text.isBlank()) {
            return Optional.of(AUFNAHME);
        }
        String gesucht = Importspalte.normal(text);
        return Arrays.stream(values()).filter(v -> Importspalte.normal(v.titel).equals(gesucht)
                || Importspalte.normal(v.name()).equals(gesucht)).findFirst();
    }
}
