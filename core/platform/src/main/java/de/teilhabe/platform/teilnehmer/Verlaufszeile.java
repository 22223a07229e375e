package de.teilhabe.platform.teilnehmer;

import de.teilhabe.plugin.api.zielgruppe.Aufenthaltsstatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * One row of a history list, read: the Vorgang, the person's natural key (names ignoring case and birth date — not
 * the Kommune: people move), the day of the fact (column „Datum“; for an intake or re-admission also „Aufgenommen
 * am“) and the values the Vorgang needs. Values that cannot be read are findings of their column; the row is then
 * not applied.
 */
record Verlaufszeile(Importdatei.Zeile roh, Vorgang vorgang, String schluessel, LocalDate geburt, LocalDate datum,
                     Importspalte datumsspalte, UUID kommune, Aufenthaltsstatus status, LocalDate statusSeit,
                     String programm,
                     LocalDate bis, Zuweisungsergebnis ergebnis, Abmeldeart abmeldeart,
                     List<Importzeile.Befund> fehler) {

    int nummer() {
        return roh.nummer();
    }

    String wert(Importspalte spalte) {
        return roh.wert(spalte);
    }

    /** The person's natural key: names ignoring case, birth date. */
    static String schluessel(String nachname, String vorname, LocalDate geburt) {
        return nachname.strip().toLowerCase(Locale.ROOT) + '\u0000' + vorname.strip().toLowerCase(Locale.ROOT)
                + '\u0000' + geburt;
    }

    /**
     * Reads a row; {@code kommunen} maps normalised names to ids, {@code vorgabe} is the default program,
     * {@code mitDatum} whether the file has the column „Datum“.
     */
    static Verlaufszeile lesen(Importdatei.Zeile z, Map<String, UUID> kommunen, String vorgabe,
                               TeilnehmerAufnahme.Aufnahmerahmen rahmen, boolean mitDatum) {
        List<Importzeile.Befund> fehler = new ArrayList<>();
        Vorgang vorgang = Vorgang.aus(z.wert(Importspalte.VORGANG)).orElse(null);
        if (vorgang == null) {
            fehler.add(new Importzeile.Befund(Importspalte.VORGANG, "import.vorgang.unbekannt",
                    z.wert(Importspalte.VORGANG)));
        }
        LocalDate geburt = Importzeile.datum(z, Importspalte.GEBURTSDATUM, fehler);
        for (Importspalte s : List.of(Importspalte.NACHNAME, Importspalte.VORNAME, Importspalte.GEBURTSDATUM)) {
            if (z.wert(s) == null) {
                fehler.add(new Importzeile.Befund(s, "pflichtfeld"));
            }
        }
        String schluessel = geburt == null || z.wert(Importspalte.NACHNAME) == null
                || z.wert(Importspalte.VORNAME) == null ? null
                : schluessel(z.wert(Importspalte.NACHNAME), z.wert(Importspalte.VORNAME), geburt);
        boolean aufnahme = vorgang == Vorgang.AUFNAHME || vorgang == Vorgang.WIEDERAUFNAHME;
        LocalDate datum = Importzeile.datum(z, Importspalte.DATUM, fehler);
        LocalDate aufgenommen = aufnahme ? Importzeile.datum(z, Importspalte.AUFGENOMMEN_AM, fehler) : null;
        Importspalte datumsspalte = z.wert(Importspalte.DATUM) == null && aufnahme
                && (z.wert(Importspalte.AUFGENOMMEN_AM) != null || !mitDatum) ? Importspalte.AUFGENOMMEN_AM
                : Importspalte.DATUM;
        if (datum != null && aufgenommen != null && !datum.equals(aufgenommen)) {
            fehler.add(new Importzeile.Befund(Importspalte.AUFGENOMMEN_AM, "import.datum.widerspruch", datum,
                    aufgenommen));
        }
        LocalDate tag = datum != null ? datum : aufgenommen;
        if (z.wert(datumsspalte) == null && vorgang != null) {
            fehler.add(new Importzeile.Befund(datumsspalte, "pflichtfeld"));
        }
        UUID kommune = null;
        String kommunenname = z.wert(Importspalte.KOMMUNE);
        if (kommunenname != null) {
            kommune = kommunen.get(Importspalte.normal(kommunenname));
            if (kommune == null) {
                fehler.add(new Importzeile.Befund(Importspalte.KOMMUNE, "import.kommune.unbekannt", kommunenname));
            }
        }
        Aufenthaltsstatus status = null;
        String statustext = z.wert(Importspalte.AUFENTHALTSSTATUS);
        if (statustext != null) {
            status = Importzeile.status(statustext);
            if (status == null) {
                fehler.add(new Importzeile.Befund(Importspalte.AUFENTHALTSSTATUS, "import.status.unbekannt",
                        statustext));
            }
        }
        LocalDate seit = Importzeile.datum(z, Importspalte.STATUS_SEIT, fehler);
        String programm = z.wert(Importspalte.PROGRAMM);
        programm = programm == null ? vorgabe : TeilnehmerImport.programmId(programm, rahmen).orElse(programm);
        LocalDate bis = Importzeile.datum(z, Importspalte.ZUWEISUNG_BIS, fehler);
        Zuweisungsergebnis ergebnis = wahl(z, Importspalte.ERGEBNIS, Zuweisungsergebnis.values(),
                e -> e.text(Locale.GERMAN), "import.ergebnis.unbekannt", fehler);
        Abmeldeart art = wahl(z, Importspalte.ABMELDEART, Abmeldeart.values(), a -> a.text(Locale.GERMAN),
                "import.abmeldeart.unbekannt", fehler);
        return new Verlaufszeile(z, vorgang, schluessel, geburt, tag, datumsspalte, kommune, status, seit, programm, bis,
                ergebnis, art, List.copyOf(fehler));
    }

    /** The row as a row of a list of intakes: its day in „Aufgenommen am“ (for {@link Importzeile#lesen}). */
    Importdatei.Zeile alsAufnahme() {
        Map<Importspalte, String> werte = new EnumMap<>(Importspalte.class);
        werte.putAll(roh.werte());
        if (werte.get(Importspalte.DATUM) != null) {
            werte.put(Importspalte.AUFGENOMMEN_AM, werte.get(Importspalte.DATUM));
        }
        return new Importdatei.Zeile(roh.nummer(), werte);
    }

    /** A value of a closed list by its German label or its name, ignoring case; anything else is a finding. */
    private static <E extends Enum<E>> E wahl(Importdatei.Zeile z, Importspalte spalte, E[] werte,
                                              java.util.function.Function<E, String> titel, String code,
                                              List<Importzeile.Befund> fehler) {
        String text = z.wert(spalte);
        if (text == null) {
            return null;
        }
        String gesucht = Importspalte.normal(text);
        for (E e : werte) {
            if (Importspalte.normal(titel.apply(e)).equals(gesucht) || Importspalte.normal(e.name()).equals(gesucht)) {
                return e;
            }
        }
        List<String> erlaubt = java.util.Arrays.stream(werte).map(titel).toList();
        fehler.add(new Importzeile.Befund(spalte, code, text, String.join(", ", erlaubt)));
        return null;
    }
}
