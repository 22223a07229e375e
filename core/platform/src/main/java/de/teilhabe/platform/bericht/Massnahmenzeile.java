package de.teilhabe.platform.bericht;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * One row of report (c), as the council table prints it: where, which Förderbaustein, which provider, the
 * planned start (a date or the announcement, e.g. „Voraussichtlich Mitte Juni 2021“) and the state at the cut-off
 * date with its remark, e.g. „wird nicht durchgeführt (nicht genügend TN)“.
 */
@Serdeable
public record Massnahmenzeile(String kommunen, int baustein, String bausteinName, String traeger, String start,
                              String status, @Nullable String bemerkung) {
}
