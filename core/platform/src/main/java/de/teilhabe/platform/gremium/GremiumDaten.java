package de.teilhabe.platform.gremium;

import de.teilhabe.platform.fehler.Freitext;
import de.teilhabe.platform.fehler.Zeile;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What a user enters for a Gremium (create and change).
 *
 * @param name             e.g. „Lenkungsgruppe KIM“; unique among the Gremien sharing a program
 * @param typ              Lenkungsgruppe, Bündniskerngruppe, Arbeitsgruppe, Austauschrunde, sonstige
 * @param ebene            level in the structure (optional)
 * @param programme        program ids such as {@code kim}, {@code durchstarten}, {@code gemeinsam-klappts}
 * @param uebergeordnetId  the Gremium this one reports to (e.g. the Lenkungsgruppe above the AG Strukturebene)
 * @param zweck            purpose, free text
 * @param aufgaben         tasks, one entry each
 * @param rhythmus         meeting rhythm; {@code null} means not fixed
 * @param konstituiertAm   date of the constituting meeting: the Gremium's lifetime starts here
 * @param aufgeloestAm     end of its lifetime, if dissolved
 */
@Serdeable
public record GremiumDaten(
        @Nullable @NotBlank @Zeile String name,
        @Nullable @NotNull GremiumTyp typ,
        @Nullable Ebene ebene,
        @Nullable List<String> programme,
        @Nullable UUID uebergeordnetId,
        @Nullable @Freitext String zweck,
        @Nullable List<String> aufgaben,
        @Nullable Rhythmus rhythmus,
        @Nullable @NotNull LocalDate konstituiertAm,
        @Nullable LocalDate aufgeloestAm) {
}
