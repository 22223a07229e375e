package de.teilhabe.ui.gremium;

import de.teilhabe.platform.sicherheit.Nutzer;
import de.teilhabe.platform.sicherheit.Rolle;

/** Who may change Gremien in the UI: as in the platform, KI coordination and Kreis admin. */
final class Rechte {
    private Rechte() {
    }

    static boolean schreiben(Nutzer nutzer) {
        return nutzer.hat(Rolle.KI_KOORDINATION) || nutzer.hat(Rolle.KREIS_ADMIN);
    }
}
