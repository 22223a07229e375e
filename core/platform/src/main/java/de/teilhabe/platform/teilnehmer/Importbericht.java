package de.teilhabe.platform.teilnehmer;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * The outcome of checking or importing a participant list: the file, its data rows (blank rows not counted),
 * the rows taken over — in a dry run: the rows an import would take over now, so 0 when any row has an error,
 * as an import is all or nothing —, the duplicates skipped, the findings in row order and whether anything
 * was written.
 */
@Serdeable
public record Importbericht(String datei, int zeilen, int uebernommen, int uebersprungen, List<Importfehler> fehler,
                            boolean geschrieben) {
}
