package de.teilhabe.platform.bericht;

import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.List;

/** Report (a): intake per Kommune of the Kreis at a cut-off date, all Kommunen by name, and the sum row. */
@Serdeable
public record Aufnahmetabelle(String kreis, String programm, LocalDate stichtag, List<Aufnahmezeile> zeilen,
                              Aufnahmezeile summe) {
}
