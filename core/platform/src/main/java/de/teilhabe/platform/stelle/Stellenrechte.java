package de.teilhabe.platform.stelle;

import de.teilhabe.platform.sicherheit.Rolle;

/**
 * Who may see and change posts: the KI and the Kreis-Admin change them; case managers (they hold the posts) see
 * them; committee readers see formulas, inputs and the comparison, but not the posts with their holders' names.
 * Providers see nothing.
 */
final class Stellenrechte {

    static final Rolle[] LESEN = {Rolle.KI_KOORDINATION, Rolle.KREIS_ADMIN, Rolle.CASE_MANAGEMENT,
            Rolle.GREMIUM_LESERECHT};
    static final Rolle[] BESETZUNG_LESEN = {Rolle.KI_KOORDINATION, Rolle.KREIS_ADMIN, Rolle.CASE_MANAGEMENT};
    static final Rolle[] SCHREIBEN = {Rolle.KI_KOORDINATION, Rolle.KREIS_ADMIN};

    private Stellenrechte() {
    }

    /** Free texts are stored trimmed; blank means none. */
    static String leer(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
