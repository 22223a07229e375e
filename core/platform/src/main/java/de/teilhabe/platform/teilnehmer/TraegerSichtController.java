package de.teilhabe.platform.teilnehmer;

import de.teilhabe.platform.sicherheit.AktuellerNutzer;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;

/** The provider's own view of its participants (Maßnahmeträger accounts only). */
@Controller("/api/traegersicht/teilnehmende")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Maßnahmeträger")
class TraegerSichtController {

    private final TeilnehmerFuerTraeger sicht;
    private final AktuellerNutzer nutzer;

    TraegerSichtController(TeilnehmerFuerTraeger sicht, AktuellerNutzer nutzer) {
        this.sicht = sicht;
        this.nutzer = nutzer;
    }

    @Get
    @Operation(summary = "Die Teilnehmenden in den Maßnahmen des eigenen Trägers, die dem Datenaustausch mit "
            + "Trägern zugestimmt haben: nur Name und Zuweisung")
    List<TraegerTeilnahme> liste(Authentication auth) {
        return sicht.liste(nutzer.aus(auth));
    }

    @Get("/{id}")
    @Operation(summary = "Die Zuweisungen einer Person beim eigenen Träger; 404 für jede andere Person")
    List<TraegerTeilnahme> teilnahmen(Authentication auth, UUID id) {
        return sicht.teilnahmen(nutzer.aus(auth), id);
    }
}
