package de.teilhabe.platform.gremium;

import de.teilhabe.platform.sicherheit.Nutzer;
import de.teilhabe.platform.sicherheit.Rolle;

/**
 * Who may do what with Gremien. KI-Koordination and Kreis-Admin maintain everything and see everything.
 * Gremium-Leserecht and Case-Management read the structure: Gremien, seats, members with name, organisation,
 * function, role and period, meetings with agenda titles, decisions and tasks, and the Anliegen threads; they
 * do not see persons' contact data, attendance, minutes text or agenda results. Case-Management may also
 * report an Anliegen (a Versorgungslücke found in case work).
 */
final class GremienRechte {

    static final Rolle[] SCHREIBEN = {Rolle.KI_KOORDINATION, Rolle.KREIS_ADMIN};
    static final Rolle[] LESEN = {Rolle.KI_KOORDINATION, Rolle.KREIS_ADMIN, Rolle.GREMIUM_LESERECHT,
            Rolle.CASE_MANAGEMENT};
    static final Rolle[] MELDEN = {Rolle.KI_KOORDINATION, Rolle.KREIS_ADMIN, Rolle.CASE_MANAGEMENT};

    private GremienRechte() {
    }

    /** Whether the user sees personal data beyond names (contact data, attendance, minutes). */
    static boolean siehtPersonendaten(Nutzer nutzer) {
        return nutzer.hat(Rolle.KI_KOORDINATION) || nutzer.hat(Rolle.KREIS_ADMIN);
    }
}
