package de.teilhabe.platform.fallarbeit;

import de.teilhabe.platform.fehler.Freitext;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** A case note written on {@code am}: a free text of at most 4,000 characters. */
@Serdeable
public record NotizDaten(@Nullable @NotNull LocalDate am,
                         @Nullable @NotBlank @Freitext(max = FallarbeitPruefung.MAX_TEXT) String text) {
}
