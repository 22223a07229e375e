package de.teilhabe.platform.audit;

import de.teilhabe.platform.sicherheit.AktuellerNutzer;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;

/** The audit log: a Kreis admin reads the Kreis's, the operator the platform's. */
@Controller("/api/audit")
@Secured({"KREIS_ADMIN", "BETREIBER"})
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Audit")
class AuditController {

    private final AuditProtokoll protokoll;
    private final AktuellerNutzer nutzer;

    AuditController(AuditProtokoll protokoll, AktuellerNutzer nutzer) {
        this.protokoll = protokoll;
        this.nutzer = nutzer;
    }

    @Get
    @Operation(summary = "Die neuesten Einträge des Audit-Protokolls")
    List<AuditEintrag> neueste(Authentication auth, @QueryValue(defaultValue = "100") int limit) {
        return protokoll.neueste(nutzer.aus(auth), limit);
    }
}
