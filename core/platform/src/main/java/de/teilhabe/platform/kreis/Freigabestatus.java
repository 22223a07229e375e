package de.teilhabe.platform.kreis;

/** Where an export grant stands. Only an open grant lets the operator export, once. */
public enum Freigabestatus {
    /** Granted, within its validity, not used yet. */
    OFFEN,
    /** The operator downloaded the export with it. */
    EINGELOEST,
    /** A Kreis admin withdrew it before it was used. */
    WIDERRUFEN,
    /** Its validity ended before it was used. */
    ABGELAUFEN
}
