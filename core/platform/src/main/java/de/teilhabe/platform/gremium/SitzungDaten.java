package de.teilhabe.platform.gremium;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/**
 * What a user enters for a meeting; a change replaces agenda and attendance as a whole (minutes editor).
 *
 * @param datum         day of the meeting (required, not before the Gremium was constituted)
 * @param tagesordnung  agenda items in order
 * @param anwesenheit   attendance of members of this Gremium
 * @param protokoll     minutes text
 */
@Serdeable
public record SitzungDaten(
        @Nullable LocalDate datum,
        @Nullable LocalTime beginn,
        @Nullable String ort,
        @Nullable String titel,
        @Nullable List<Punkt> tagesordnung,
        @Nullable List<Anwesenheit> anwesenheit,
        @Nullable String protokoll) {

    /**
     * One agenda item.
     *
     * @param anliegenId  the Anliegen dealt with under this item (links the meeting into the Anliegen's thread)
     * @param ergebnis    result or recommendation recorded for this item
     */
    @Serdeable
    public record Punkt(@Nullable String titel, @Nullable UUID anliegenId, @Nullable String ergebnis) {
    }

    /** Whether a member (by membership) was present, excused or absent without excuse. */
    @Serdeable
    public record Anwesenheit(@Nullable UUID mitgliedschaftId, @Nullable Teilnahmestatus status) {
    }

    List<Punkt> punkte() {
        return tagesordnung == null ? List.of() : tagesordnung;
    }

    List<Anwesenheit> anwesende() {
        return anwesenheit == null ? List.of() : anwesenheit;
    }
}
