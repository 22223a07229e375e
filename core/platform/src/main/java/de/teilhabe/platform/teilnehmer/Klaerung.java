package de.teilhabe.platform.teilnehmer;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An open clarification: a participation whose verdict is „nicht entscheidbar“ (what is missing is in the reasons)
 * or „nicht Zielgruppe“ without a documented exception, due for the case manager on {@code faelligAm}.
 */
@Serdeable
public record Klaerung(UUID teilnahmeId, UUID teilnehmerId, String name, String kommune, String programm,
                       LocalDate aufgenommenAm, String einstufung, List<String> begruendungen, LocalDate faelligAm,
                       @Nullable String fallverantwortung, long version) {
}
