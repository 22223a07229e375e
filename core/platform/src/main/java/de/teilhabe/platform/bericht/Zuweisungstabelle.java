package de.teilhabe.platform.bericht;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.List;

/**
 * Report (b): assignments and drop-outs per Förderbaustein and provider at a cut-off date, for the people taking
 * part in {@code programm}, with the sum row and the number of distinct people assigned at all ({@code personen}).
 */
@Serdeable
public record Zuweisungstabelle(String kreis, String programm, LocalDate stichtag, List<Zuweisungszeile> zeilen,
                                Zuweisungszeile summe, @Nullable Integer personen) {
}
