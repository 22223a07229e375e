package de.teilhabe.platform.gremium;

import de.teilhabe.platform.fehler.Freitext;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import java.util.UUID;

/** What a user enters for a decision: its wording and, if it decides on one, the Anliegen. */
@Serdeable
public record BeschlussDaten(@Nullable @NotBlank @Freitext String text, @Nullable UUID anliegenId) {
}
