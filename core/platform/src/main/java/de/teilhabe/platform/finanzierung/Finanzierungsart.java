package de.teilhabe.platform.finanzierung;

/**
 * What a funding record is: a Zuwendungsbescheid of the Bezirksregierung, or funds only announced to the Kreis
 * (a frame, e.g. "1,17 Mio € für die Förderbausteine 1–4" in Steinfurt) before any Bescheid exists.
 */
public enum Finanzierungsart {
    /** A Zuwendungsbescheid: date and file number known, the funds are granted. */
    BESCHEID,
    /** Funds available to the Kreis according to the Land's planning; no Bescheid yet. */
    MITTELRAHMEN
}
