package de.teilhabe.platform.zielgruppenbasis;

import de.teilhabe.platform.sicherheit.Rolle;

/**
 * Who may see and change the target-group base: the KI and the Kreis-Admin enter it; case managers and committee
 * readers read it too — aggregate counts of the foreigners' offices, no personal data, so nothing is suppressed.
 * Providers see nothing.
 */
final class Basisrechte {

    static final Rolle[] LESEN = {Rolle.KI_KOORDINATION, Rolle.KREIS_ADMIN, Rolle.CASE_MANAGEMENT,
            Rolle.GREMIUM_LESERECHT};
    static final Rolle[] SCHREIBEN = {Rolle.KI_KOORDINATION, Rolle.KREIS_ADMIN};

    private Basisrechte() {
    }

    /** Free texts are stored trimmed; blank means none. */
    static String leer(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
