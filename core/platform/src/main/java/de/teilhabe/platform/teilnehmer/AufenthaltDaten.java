package de.teilhabe.platform.teilnehmer;

import de.teilhabe.platform.fehler.Freitext;
import de.teilhabe.plugin.api.zielgruppe.Aufenthaltsstatus;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** A residence status as entered (from the ABH's document), valid from {@code ab}. */
@Serdeable
public record AufenthaltDaten(@Nullable @NotNull Aufenthaltsstatus status, @Nullable @NotNull LocalDate ab,
                              @Nullable @Freitext String notiz) {
}
