package de.teilhabe.platform.finanzierung;

import de.teilhabe.platform.sicherheit.Rolle;

/**
 * Who may see and change funding data: the KI (geschäftsführende Stelle) and the Kreis-Admin change it;
 * committee readers see it too (amounts, no personal data). Case managers and providers do not.
 */
final class Finanzrechte {

    static final Rolle[] LESEN = {Rolle.KI_KOORDINATION, Rolle.KREIS_ADMIN, Rolle.GREMIUM_LESERECHT};
    static final Rolle[] SCHREIBEN = {Rolle.KI_KOORDINATION, Rolle.KREIS_ADMIN};

    private Finanzrechte() {
    }
}
