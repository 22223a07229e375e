package de.teilhabe.platform.gremium;

import de.teilhabe.platform.fehler.Zeile;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** A seat to add to a Gremium, e.g. role Mitglied, function „Leitung Agentur für Arbeit“. */
@Serdeable
public record SitzDaten(@Nullable @NotNull Mitgliedsrolle rolle, @Nullable @NotBlank @Zeile String funktion,
                        boolean nachThema) {
}
