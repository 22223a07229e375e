package de.teilhabe.platform.teilnehmer;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * The outcome of checking or importing a participant list: the file, its data rows (blank rows not counted),
 * the rows taken over — in a dry run: the rows an import would take over now, so 0 when any row has an error,
 * as an import is all or nothing —, the rows skipped (duplicates skipped on request in a list of intakes; rows of a
 * history list whose fact is already recorded), the findings in row order — skipped rows among them, with a text
 * that says so — and whether anything was written.
 */
@Serdeable
public record Importbericht(String datei, int zeilen, int uebernommen, int uebersprungen, List<Importfehler> fehler,
                            boolean geschrieben) {
}
