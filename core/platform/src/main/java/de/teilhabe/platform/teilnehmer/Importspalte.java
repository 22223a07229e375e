package de.teilhabe.platform.teilnehmer;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The columns of a participant list, found by their German header (case, umlaut spelling, underscores and
 * extra spaces ignored; order free), with the intake field whose errors they carry. A list with the column
 * {@link #VORGANG} is a history list ({@link Verlaufsimport}); the columns after it belong to that.
 */
enum Importspalte {
    NACHNAME("Nachname", true, "person.nachname"),
    VORNAME("Vorname", true, "person.vorname"),
    GEBURTSDATUM("Geburtsdatum", true, "person.geburtsdatum"),
    KOMMUNE("Kommune", true, "person.kommuneId"),
    AUFENTHALTSSTATUS("Aufenthaltsstatus", true, "aufenthalt.status"),
    STATUS_SEIT("Status seit", false, "aufenthalt.ab"),
    AUFGENOMMEN_AM("Aufgenommen am", true, "aufgenommenAm"),
    PROGRAMM("Programm", true, "programm"),
    SPRACHNIVEAU("Sprachniveau", false, "person.sprachniveau"),
    BESCHAEFTIGUNGSVERBOT("Beschäftigungsverbot", false, "merkmale[0].merkmal"),
    FALLVERANTWORTUNG("Fallverantwortung", false, "person.fallverantwortung"),
    AUSNAHME_GRUND("Ausnahme Grund", false, "ausnahmeGrund"),
    AUSNAHME_GENEHMIGT_VON("Ausnahme genehmigt von", false, "ausnahmeGenehmigtVon"),
    // the history list (ADR 0002): what happened, on which day, with what — see Vorgang
    VORGANG("Vorgang", false, null),
    DATUM("Datum", false, null),
    MASSNAHME("Maßnahme", false, null),
    ZUWEISUNG_BIS("Zuweisung bis", false, null),
    ERGEBNIS("Ergebnis", false, null),
    ABBRUCHGRUND("Abbruchgrund", false, null),
    ABMELDEGRUND("Abmeldegrund", false, null),
    ABMELDEART("Abmeldeart", false, null);

    private final String titel;
    private final boolean pflicht;
    private final String feld;

    Importspalte(String titel, boolean pflicht, String feld) {
        this.titel = titel;
        this.pflicht = pflicht;
        this.feld = feld;
    }

    /** The header as documented, e.g. „Aufgenommen am“. */
    String titel() {
        return titel;
    }

    /** Must be in a list of intakes ({@link #PROGRAMM} only when the import has no default program). */
    boolean pflicht() {
        return pflicht;
    }

    /** The column carrying the errors of an intake field, e.g. {@code person.geburtsdatum}. */
    static Optional<Importspalte> zuFeld(String feld) {
        return Arrays.stream(values()).filter(s -> feld.equals(s.feld)).findFirst();
    }

    /** The column a header names. */
    static Optional<Importspalte> zuTitel(String kopf) {
        String gesucht = normal(kopf);
        return Arrays.stream(values()).filter(s -> normal(s.titel).equals(gesucht)).findFirst();
    }

    /** Lower case, umlauts spelled out, underscores and hyphens as spaces, spaces collapsed. */
    static String normal(String text) {
        if (text == null) {
            return "";
        }
        return text.strip().toLowerCase(Locale.GERMAN).replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
                .replace("ß", "ss").replace('_', ' ').replace('-', ' ').replaceAll("\\s+", " ");
    }
}
