package de.teilhabe.platform.bericht;

import de.teilhabe.platform.fehler.FachlicherFehler;

/**
 * How a report is laid out where the office has a choice: the providers by their full name as the council tables
 * print them (default), or by their short name (AWO Berufshilfe, KJA, TZG …).
 */
public record Berichtsoptionen(boolean traegerKurzname) {

    public static final Berichtsoptionen STANDARD = new Berichtsoptionen(false);

    /** From the API's {@code traegername=voll|kurz} (empty: full names). */
    public static Berichtsoptionen aus(String traegername) {
        if (traegername == null || traegername.isBlank() || traegername.strip().equals("voll")) {
            return STANDARD;
        }
        if (traegername.strip().equals("kurz")) {
            return new Berichtsoptionen(true);
        }
        throw FachlicherFehler.ungueltig("traegername", "bericht.traegername.ungueltig", traegername.strip());
    }
}
