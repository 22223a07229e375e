package de.teilhabe.platform.kreis;

import de.teilhabe.platform.sicherheit.AktuellerNutzer;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;

/**
 * The Kreis admin's grant of one export of the own Kreis to the operator (valid 24 hours, one download). The Kreis is
 * the signed-in admin's, never a parameter.
 */
@Controller("/api/kreis/export-freigabe")
@Secured("KREIS_ADMIN")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Export-Freigabe")
class ExportfreigabeController {

    private final Exportfreigaben freigaben;
    private final AktuellerNutzer nutzer;

    ExportfreigabeController(Exportfreigaben freigaben, AktuellerNutzer nutzer) {
        this.freigaben = freigaben;
        this.nutzer = nutzer;
    }

    @Get
    @Operation(summary = "Die neuesten Export-Freigaben des eigenen Kreises mit ihrem Stand")
    List<ExportfreigabeAnsicht> liste(Authentication auth) {
        return freigaben.liste(nutzer.aus(auth));
    }

    @Post
    @Operation(summary = "Dem Plattformbetrieb einen Export des eigenen Kreises freigeben (24 Stunden, ein Download)")
    HttpResponse<ExportfreigabeAnsicht> erteilen(Authentication auth, @Body ExportfreigabeDaten daten) {
        return HttpResponse.status(HttpStatus.CREATED).body(freigaben.erteilen(nutzer.aus(auth), daten));
    }

    @Delete
    @Operation(summary = "Die offene Export-Freigabe widerrufen")
    ExportfreigabeAnsicht widerrufen(Authentication auth) {
        return freigaben.widerrufen(nutzer.aus(auth));
    }
}
