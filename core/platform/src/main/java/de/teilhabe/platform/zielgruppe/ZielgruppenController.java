package de.teilhabe.platform.zielgruppe;

import de.teilhabe.platform.sicherheit.AktuellerNutzer;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;

/** The target-group check of all programs the caller's Kreis runs. */
@Controller("/api/zielgruppe")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Zielgruppe")
class ZielgruppenController {

    private final Zielgruppencheck check;
    private final AktuellerNutzer nutzer;

    ZielgruppenController(Zielgruppencheck check, AktuellerNutzer nutzer) {
        this.check = check;
        this.nutzer = nutzer;
    }

    @Post("/pruefung")
    @Operation(summary = "Zielgruppe prüfen: das Urteil jedes Programms des Kreises mit Begründungen")
    List<Programmurteil> pruefen(Authentication auth, @Body Personendaten daten) {
        return check.pruefen(nutzer.aus(auth), daten);
    }
}
