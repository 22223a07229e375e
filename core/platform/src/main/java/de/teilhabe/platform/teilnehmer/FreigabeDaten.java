package de.teilhabe.platform.teilnehmer;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** The ABH's clearance and the day it was requested, given or refused. */
@Serdeable
public record FreigabeDaten(@Nullable @NotNull Freigabe freigabe, @Nullable @NotNull LocalDate am) {
}
