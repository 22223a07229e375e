package de.teilhabe.platform.teilnehmer;

import de.teilhabe.platform.fehler.Feldfehler;
import de.teilhabe.platform.fehler.Meldungen;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The findings of an import as the report shows them: row, column by its German header, code and German text
 * („Zeile 7, Geburtsdatum: Das Geburtsdatum liegt in der Zukunft.“), a skipped row's text starting „übersprungen –“.
 */
final class Importbefunde {

    private Importbefunde() {
    }

    static Importfehler befund(int zeile, Importspalte spalte, String code, Object... argumente) {
        return new Importfehler(zeile, spalte == null ? null : spalte.titel(), code,
                text(zeile, spalte, Meldungen.text(code, Locale.GERMAN, argumente)));
    }

    /** A finding whose text is already written (a service's message). */
    static Importfehler meldung(int zeile, Importspalte spalte, String code, String meldung) {
        return new Importfehler(zeile, spalte == null ? null : spalte.titel(), code, text(zeile, spalte, meldung));
    }

    /** A row that was skipped, not an error: „Zeile 2, Nachname: übersprungen – …“. */
    static Importfehler uebersprungen(int zeile, Importspalte spalte, String code, Object... argumente) {
        return new Importfehler(zeile, spalte == null ? null : spalte.titel(), code, text(zeile, spalte,
                Meldungen.text("import.uebersprungen", Locale.GERMAN, Meldungen.text(code, Locale.GERMAN,
                        argumente))));
    }

    /** „Zeile 7, Geburtsdatum: Das Geburtsdatum liegt in der Zukunft.“ */
    static String text(int zeile, Importspalte spalte, String meldung) {
        return "Zeile " + zeile + (spalte == null ? "" : ", " + spalte.titel()) + ": " + meldung;
    }

    /**
     * The findings of a row read as an intake: its unreadable values, then the intake's field errors on their columns
     * — an unreadable value once, not again as missing, and no error of „Status seit“ where the list gave none (the
     * date is the intake date, whose own error says it all). {@code spalte} may move a finding to another column
     * (a history list's „Datum“ standing for „Aufgenommen am“).
     */
    static List<Importfehler> aufnahme(Importzeile zeile, List<Feldfehler> feldfehler, UnaryOperator<Importspalte> spalte) {
        List<Importfehler> eigene = new ArrayList<>(zeile.fehler().stream()
                .map(f -> befund(zeile.nummer(), spalte.apply(f.spalte()), f.code(), f.argumente())).toList());
        Set<Importspalte> gemeldet = EnumSet.noneOf(Importspalte.class);
        zeile.fehler().forEach(f -> gemeldet.add(f.spalte()));
        for (Feldfehler f : feldfehler) {
            Importspalte s = Importspalte.zuFeld(f.feld()).orElse(null);
            if (s != null && gemeldet.contains(s)) {
                continue;
            }
            if (s == Importspalte.STATUS_SEIT && zeile.statusSeitVorgegeben()) {
                continue;
            }
            eigene.add(befund(zeile.nummer(), s == null ? null : spalte.apply(s), f.code(), f.argumente().toArray()));
        }
        return eigene;
    }
}
