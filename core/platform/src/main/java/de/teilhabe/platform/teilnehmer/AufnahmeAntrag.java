package de.teilhabe.platform.teilnehmer;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.List;

/**
 * An intake: the new person, the first residence entry, the program and the intake date, the documented
 * exception (reason and who approved it) where the person is not in the program's target group, the ABH's
 * clearance if already known, and the consents given at intake.
 */
@Serdeable
public record AufnahmeAntrag(
        @Nullable TeilnehmerDaten person,
        @Nullable AufenthaltDaten aufenthalt,
        @Nullable String programm,
        @Nullable LocalDate aufgenommenAm,
        @Nullable String ausnahmeGrund,
        @Nullable String ausnahmeGenehmigtVon,
        @Nullable Freigabe freigabe,
        @Nullable LocalDate freigabeAm,
        @Nullable List<Einwilligungszweck> einwilligungen) {

    public List<Einwilligungszweck> einwilligungenOderLeer() {
        return einwilligungen == null ? List.of() : einwilligungen;
    }
}
