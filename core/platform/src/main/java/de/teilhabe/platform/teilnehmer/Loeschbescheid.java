package de.teilhabe.platform.teilnehmer;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;

/**
 * The answer to an erasure request (Art. 17 DSGVO): deleted with the given reason; or refused, then {@code grund}
 * is the message code of the duty ({@code teilnehmer.loeschung.aufbewahrungspflicht} with the day it ends in
 * {@code pflichtBis}, or {@code teilnehmer.loeschung.aktiv} for a case still running).
 */
@Serdeable
public record Loeschbescheid(boolean geloescht, String grund, @Nullable LocalDate pflichtBis) {
}
