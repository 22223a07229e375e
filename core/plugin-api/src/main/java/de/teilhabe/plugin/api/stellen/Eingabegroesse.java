package de.teilhabe.plugin.api.stellen;

import java.util.Objects;

/**
 * A named input of a staffing formula. All inputs are required and must not be negative.
 *
 * @param schluessel  key, e.g. {@code geduldete-18-27}
 * @param bezeichnung German label, e.g. „Geduldete im Alter von 18 bis 27 Jahren“
 * @param art         one value or one value per Kommune
 * @param ganzzahlig  whether only whole numbers are allowed (counts of people)
 * @param hilfetext   German help text: where the number comes from (e.g. "AZR-Stichtag 31.03.")
 */
public record Eingabegroesse(String schluessel, String bezeichnung, Eingabeart art, boolean ganzzahlig,
                             String hilfetext) {

    public Eingabegroesse {
        Objects.requireNonNull(schluessel, "schluessel");
        Objects.requireNonNull(bezeichnung, "bezeichnung");
        Objects.requireNonNull(art, "art");
        hilfetext = hilfetext == null ? "" : hilfetext;
    }

    /** A whole-number count for the whole Kreis. */
    public static Eingabegroesse anzahl(String schluessel, String bezeichnung, String hilfetext) {
        return new Eingabegroesse(schluessel, bezeichnung, Eingabeart.GESAMT, true, hilfetext);
    }

    /** A whole-number count per Kommune. */
    public static Eingabegroesse anzahlJeKommune(String schluessel, String bezeichnung, String hilfetext) {
        return new Eingabegroesse(schluessel, bezeichnung, Eingabeart.JE_KOMMUNE, true, hilfetext);
    }

    /** A decimal value for the whole Kreis (e.g. approved posts). */
    public static Eingabegroesse wert(String schluessel, String bezeichnung, String hilfetext) {
        return new Eingabegroesse(schluessel, bezeichnung, Eingabeart.GESAMT, false, hilfetext);
    }
}
