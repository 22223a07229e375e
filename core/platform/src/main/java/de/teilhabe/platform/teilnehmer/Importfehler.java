package de.teilhabe.platform.teilnehmer;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * One finding of an import: the row as numbered in the file (header = row 1), the column by its German header
 * name, the message code and the German text, e.g. „Zeile 7, Geburtsdatum: Das Geburtsdatum liegt in der
 * Zukunft.“ A skipped duplicate is reported with code {@code teilnehmer.doppelt} or {@code import.doppelt}
 * and a text that says it was skipped; a row of a history list already recorded with code {@code import.vorhanden}
 * („Zeile 4, Vorgang: übersprungen – Umzug am 01.12.2020 ist bereits erfasst.“) — neither blocks the import.
 */
@Serdeable
public record Importfehler(@Nullable Integer zeile, @Nullable String spalte, String code, String text) {
}
