package de.teilhabe.plugin.api.gremium;

import java.util.Objects;

/**
 * A default seat in a body: the host creates empty member slots from these when a Kreis sets up the body.
 *
 * @param rolle       role of the seat
 * @param funktion    German function/office, e.g. „Kreisdirektor/in“, „Leitung Jobcenter“
 * @param besetzung   one seat, one per Kommune, or by topic
 */
public record Rollenvorlage(Gremienrolle rolle, String funktion, Besetzung besetzung) {

    public Rollenvorlage {
        Objects.requireNonNull(rolle, "rolle");
        Objects.requireNonNull(funktion, "funktion");
        Objects.requireNonNull(besetzung, "besetzung");
    }

    public static Rollenvorlage vorsitz(String funktion) {
        return new Rollenvorlage(Gremienrolle.VORSITZ, funktion, Besetzung.EINZELN);
    }

    public static Rollenvorlage geschaeftsfuehrung(String funktion) {
        return new Rollenvorlage(Gremienrolle.GESCHAEFTSFUEHRUNG, funktion, Besetzung.EINZELN);
    }

    public static Rollenvorlage mitglied(String funktion) {
        return new Rollenvorlage(Gremienrolle.MITGLIED, funktion, Besetzung.EINZELN);
    }

    public static Rollenvorlage mitgliedJeKommune(String funktion) {
        return new Rollenvorlage(Gremienrolle.MITGLIED, funktion, Besetzung.JE_KOMMUNE);
    }

    public static Rollenvorlage mitgliederNachThema(String funktion) {
        return new Rollenvorlage(Gremienrolle.MITGLIED, funktion, Besetzung.NACH_THEMA);
    }
}
