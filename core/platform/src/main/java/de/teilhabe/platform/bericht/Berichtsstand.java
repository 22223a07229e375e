package de.teilhabe.platform.bericht;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A report as issued to a committee (festgeschrieben), without its content: which report, program and Stichtag,
 * the occasion, whether small counts were suppressed, when and by whom.
 */
@Serdeable
public record Berichtsstand(UUID id, String art, String programm, LocalDate stichtag, String titel, String anlass,
                            boolean geschuetzt, Instant festgeschriebenAm, String festgeschriebenVon) {
}
