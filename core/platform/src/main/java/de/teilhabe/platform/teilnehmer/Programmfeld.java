package de.teilhabe.platform.teilnehmer;

import de.teilhabe.plugin.api.feld.Felddefinition;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * One extra field a program adds to a participant's case, with its stored value.
 *
 * @param typ    TEXT, GANZZAHL, DEZIMAL, DATUM (as {@code 2021-03-31}), JA_NEIN ({@code true}/{@code false}), AUSWAHL
 * @param phase  the case step it belongs to: AUFNAHME, BETREUUNG, ABMELDUNG
 */
@Serdeable
public record Programmfeld(String schluessel, String bezeichnung, String typ, boolean pflicht, String phase,
                           List<String> auswahlwerte, String hilfetext, @Nullable String wert) {

    static Programmfeld von(Felddefinition d, @Nullable String wert) {
        return new Programmfeld(d.schluessel(), d.bezeichnung(), d.typ().name(), d.pflicht(), d.phase().name(),
                d.auswahlwerte(), d.hilfetext(), wert);
    }
}
