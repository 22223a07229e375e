package de.teilhabe.plugin.api.stellen;

/** Whether a staffing input is one number for the Kreis or one number per Kommune. */
public enum Eingabeart {
    /** One value for the whole Kreis (or applicant). */
    GESAMT,
    /** One value per kreisangehörige Kommune. */
    JE_KOMMUNE
}
