package de.teilhabe.platform.bericht;

import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.List;

/** Report (c): the Kreis's Maßnahmen as they stood on the cut-off date (Maßnahmen entered later are left out). */
@Serdeable
public record Massnahmentabelle(String kreis, LocalDate stichtag, List<Massnahmenzeile> zeilen) {
}
