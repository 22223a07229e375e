package de.teilhabe.plugin.api.feld;

import java.util.Objects;

/**
 * One specific validation problem, ready for the UI and for a problem-details response.
 *
 * @param feld    key of the field or input concerned
 * @param code    stable machine code, e.g. {@code feld.pflicht}, {@code feld.typ.datum}, {@code eingabe.negativ}
 * @param meldung German message naming the field and what is wrong
 */
public record Validierungsfehler(String feld, String code, String meldung) {

    public Validierungsfehler {
        Objects.requireNonNull(feld, "feld");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(meldung, "meldung");
    }
}
