package de.teilhabe.platform.teilnehmer;

import de.teilhabe.plugin.api.zielgruppe.Aufenthaltsstatus;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * One row of a participant list read as an intake: the values turned into an {@link AufnahmeAntrag}, and the
 * values that could not be read (a date that is none, an unknown Kommune or status, „vielleicht“ for a yes/no
 * column) as findings of their column. An unreadable value enters the intake as empty.
 */
record Importzeile(int nummer, AufnahmeAntrag antrag, boolean statusSeitVorgegeben, List<Befund> fehler) {

    /** A value that could not be read. */
    record Befund(Importspalte spalte, String code, Object... argumente) {
    }

    private static final List<DateTimeFormatter> DATUM = List.of(
            DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ISO_LOCAL_DATE);
    private static final Set<String> JA = Set.of("ja", "j", "x", "true", "wahr", "1", "yes", "y");
    private static final Set<String> NEIN = Set.of("nein", "n", "false", "falsch", "0", "no");
    private static final Map<String, Aufenthaltsstatus> STATUS_ALIASE = Map.of(
            "gestattung", Aufenthaltsstatus.GESTATTUNG,
            "freizuegigkeit", Aufenthaltsstatus.EU_FREIZUEGIGKEIT,
            "eu freizuegigkeit", Aufenthaltsstatus.EU_FREIZUEGIGKEIT,
            "deutsch", Aufenthaltsstatus.DEUTSCH,
            "sonstiges", Aufenthaltsstatus.SONSTIGER,
            "sonstige", Aufenthaltsstatus.SONSTIGER);

    /**
     * Reads a row; {@code kommunen} maps {@link Importspalte#normal normalised} names to ids, {@code vorgabe} is
     * the program for rows without one.
     */
    static Importzeile lesen(Importdatei.Zeile z, Map<String, UUID> kommunen, String vorgabe,
                             TeilnehmerAufnahme.Aufnahmerahmen rahmen) {
        List<Befund> fehler = new ArrayList<>();
        LocalDate geburt = datum(z, Importspalte.GEBURTSDATUM, fehler);
        LocalDate aufgenommen = datum(z, Importspalte.AUFGENOMMEN_AM, fehler);
        LocalDate seit = datum(z, Importspalte.STATUS_SEIT, fehler);
        boolean vorgegeben = seit == null && z.wert(Importspalte.STATUS_SEIT) == null;
        UUID kommune = null;
        String kommunenname = z.wert(Importspalte.KOMMUNE);
        if (kommunenname != null) {
            kommune = kommunen.get(Importspalte.normal(kommunenname));
            if (kommune == null) {
                fehler.add(new Befund(Importspalte.KOMMUNE, "import.kommune.unbekannt", kommunenname));
            }
        }
        Aufenthaltsstatus status = null;
        String statustext = z.wert(Importspalte.AUFENTHALTSSTATUS);
        if (statustext != null) {
            status = status(statustext);
            if (status == null) {
                fehler.add(new Befund(Importspalte.AUFENTHALTSSTATUS, "import.status.unbekannt", statustext));
            }
        }
        boolean verbot = false;
        String verbotstext = z.wert(Importspalte.BESCHAEFTIGUNGSVERBOT);
        if (verbotstext != null) {
            String w = Importspalte.normal(verbotstext);
            verbot = JA.contains(w);
            if (!verbot && !NEIN.contains(w)) {
                fehler.add(new Befund(Importspalte.BESCHAEFTIGUNGSVERBOT, "import.janein", verbotstext));
            }
        }
        String programm = z.wert(Importspalte.PROGRAMM);
        programm = programm == null ? vorgabe : TeilnehmerImport.programmId(programm, rahmen).orElse(programm);
        TeilnehmerDaten person = new TeilnehmerDaten(z.wert(Importspalte.VORNAME), z.wert(Importspalte.NACHNAME),
                geburt, kommune, z.wert(Importspalte.SPRACHNIVEAU), z.wert(Importspalte.FALLVERANTWORTUNG));
        // without a status the verdict is „nicht entscheidbar“: the row is taken in with an open clarification
        AufenthaltDaten aufenthalt = status == null && statustext == null ? null
                : new AufenthaltDaten(status, vorgegeben ? aufgenommen : seit, null);
        // a work ban marked in the list holds from the intake day (the list gives no other date)
        List<MerkmalDaten> merkmale = verbot && aufgenommen != null
                ? List.of(new MerkmalDaten(Personenmerkmal.BESCHAEFTIGUNGSVERBOT, aufgenommen, null, null)) : List.of();
        AufnahmeAntrag antrag = new AufnahmeAntrag(person, aufenthalt, programm, aufgenommen,
                z.wert(Importspalte.AUSNAHME_GRUND), z.wert(Importspalte.AUSNAHME_GENEHMIGT_VON), null, null, null,
                merkmale, null);
        return new Importzeile(z.nummer(), antrag, vorgegeben, fehler);
    }

    /** A date as 31.03.2021 (also 1.3.2021) or 2021-03-31; an unreadable one is a finding. */
    static LocalDate datum(Importdatei.Zeile z, Importspalte spalte, List<Befund> fehler) {
        String text = z.wert(spalte);
        if (text == null) {
            return null;
        }
        for (DateTimeFormatter f : DATUM) {
            try {
                return LocalDate.parse(text, f);
            } catch (DateTimeParseException e) {
                // next format
            }
        }
        fehler.add(new Befund(spalte, "import.datum", text));
        return null;
    }

    /** The enum name or the German label (Duldung, Gestattung, Aufenthaltstitel, …), ignoring case. */
    static Aufenthaltsstatus status(String text) {
        String w = Importspalte.normal(text);
        for (Aufenthaltsstatus s : Aufenthaltsstatus.values()) {
            if (Importspalte.normal(s.name()).equals(w) || Importspalte.normal(s.bezeichnung()).equals(w)) {
                return s;
            }
        }
        return STATUS_ALIASE.get(w);
    }
}
