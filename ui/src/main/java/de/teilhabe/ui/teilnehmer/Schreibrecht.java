package de.teilhabe.ui.teilnehmer;

import de.teilhabe.platform.sicherheit.Nutzer;
import de.teilhabe.platform.sicherheit.Rolle;

/** Who changes participants' data: KI coordination and case management (the Kreis admin only reads). */
final class Schreibrecht {
    private Schreibrecht() {
    }

    static boolean hat(Nutzer nutzer) {
        return nutzer.hat(Rolle.KI_KOORDINATION) || nutzer.hat(Rolle.CASE_MANAGEMENT);
    }
}
