package de.teilhabe.plugin.api.feld;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown by an extension when the host passed input it cannot work with (negative counts, missing inputs…).
 * The host turns it into a specific error for the user (UI message / problem details), not into a
 * plugin failure.
 */
public class UngueltigeEingabeException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient List<Validierungsfehler> fehler;

    public UngueltigeEingabeException(List<Validierungsfehler> fehler) {
        super(fehler.stream().map(Validierungsfehler::meldung).collect(Collectors.joining(" ")));
        if (fehler.isEmpty()) {
            throw new IllegalArgumentException("mindestens ein Validierungsfehler");
        }
        this.fehler = List.copyOf(fehler);
    }

    /** The individual problems, in input order. */
    public List<Validierungsfehler> fehler() {
        return fehler;
    }
}
