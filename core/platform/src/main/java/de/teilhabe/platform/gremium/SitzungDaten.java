package de.teilhabe.platform.gremium;

import de.teilhabe.platform.fehler.Freitext;
import de.teilhabe.platform.fehler.Zeile;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import jakarta.validation.Valid;

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
        @Nullable @NotNull LocalDate datum,
        @Nullable LocalTime beginn,
        @Nullable @Zeile String ort,
        @Nullable @Zeile String titel,
        @Nullable List<@NotNull @Valid Punkt> tagesordnung,
        @Nullable List<@NotNull @Valid Anwesenheit> anwesenheit,
        @Nullable @Freitext String protokoll) {

    /**
     * One agenda item.
     *
     * @param anliegenId  the Anliegen dealt with under this item (links the meeting into the Anliegen's thread)
     * @param ergebnis    result or recommendation recorded for this item
     */
    @Serdeable
    public record Punkt(@Nullable @NotBlank @Zeile String titel, @Nullable UUID anliegenId,
                        @Nullable @Freitext String ergebnis) {
    }

    /** Whether a member (by membership) was present, excused or absent without excuse. */
    @Serdeable
    public record Anwesenheit(@Nullable @NotNull UUID mitgliedschaftId, @Nullable @NotNull Teilnahmestatus status) {
    }

    List<@Valid Punkt> punkte() {
        return tagesordnung == null ? List.of() : tagesordnung;
    }

    List<Anwesenheit> anwesende() {
        return anwesenheit == null ? List.of() : anwesenheit;
    }
}
