package de.teilhabe.platform.fallarbeit;

import de.teilhabe.platform.fehler.Freitext;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import jakarta.validation.constraints.NotNull;

/**
 * What a case manager enters for a referral; the outcome ({@code ergebnisart}, with a note {@code ergebnis} if
 * wanted) and the day it became known ({@code ergebnisAm}) come together.
 */
@Serdeable
public record VerweisungDaten(@Nullable @NotNull Hilfeangebot stelle,
                              @Nullable @Freitext(max = 4000) String beschreibung, @Nullable @NotNull LocalDate am,
                              @Nullable Verweisungsergebnis ergebnisart, @Nullable @Freitext String ergebnis,
                              @Nullable LocalDate ergebnisAm) {
}
