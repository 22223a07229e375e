package de.teilhabe.platform.teilnehmer;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A person already recorded whom an intake may mean (same names, same or unknown birth date): the intake offers to
 * take this person into the program instead of recording someone twice.
 */
@Serdeable
public record Personenhinweis(UUID id, String name, @Nullable LocalDate geburtsdatum, String kommune,
                              List<String> programme, boolean aktiv) {
}
