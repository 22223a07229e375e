package de.teilhabe.platform.kreis;

import de.teilhabe.platform.fehler.Zeile;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;

/**
 * What a Kreis admin enters to grant the operator one export: what it is for (e.g. „Umzug zu neuem Rechenzentrum“).
 * The operator sees the purpose in the platform's audit log, so it names no person.
 */
@Serdeable
public record ExportfreigabeDaten(@Nullable @NotBlank @Zeile String zweck) {
}
