package de.teilhabe.platform.teilnehmer;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.UUID;

/** A consent for one purpose, given on {@code erteiltAm}, withdrawn on {@code widerrufenAm} if so. */
@Serdeable
public record Einwilligung(UUID id, Einwilligungszweck zweck, LocalDate erteiltAm, @Nullable LocalDate widerrufenAm,
                           long version) {

    /** Given by that day and not withdrawn on or before it. */
    public boolean gueltigAm(LocalDate tag) {
        return tag != null && !tag.isBefore(erteiltAm) && (widerrufenAm == null || tag.isBefore(widerrufenAm));
    }
}
