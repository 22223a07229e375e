package de.teilhabe.platform.kreis;

import de.teilhabe.platform.sicherheit.AktuellerNutzer;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;

/** The operator's API: list, onboard, export and offboard Kreise. */
@Controller("/api/betrieb/kreise")
@Secured("BETREIBER")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Betrieb")
class KreisController {

    private final KreisVerwaltung verwaltung;
    private final AktuellerNutzer nutzer;

    KreisController(KreisVerwaltung verwaltung, AktuellerNutzer nutzer) {
        this.verwaltung = verwaltung;
        this.nutzer = nutzer;
    }

    @Get
    @Operation(summary = "Alle Kreise")
    List<Kreis> alle(Authentication auth) {
        return verwaltung.alle(nutzer.aus(auth));
    }

    @Post
    @Operation(summary = "Kreis onboarden: Schema, Rolle, Kommunen und ersten Admin anlegen")
    HttpResponse<Kreis> onboarden(Authentication auth, @Body OnboardingAntrag antrag) {
        return HttpResponse.status(HttpStatus.CREATED).body(verwaltung.onboarden(nutzer.aus(auth), antrag));
    }

    @Get(value = "/{slug}/export", produces = "application/zip")
    @Operation(summary = "Alle Daten eines Kreises als ZIP-Archiv")
    HttpResponse<byte[]> exportieren(Authentication auth, String slug) {
        return HttpResponse.ok(verwaltung.exportieren(nutzer.aus(auth), slug))
                .contentType(new MediaType("application/zip"))
                .header("Content-Disposition", "attachment; filename=\"" + slug + ".zip\"");
    }

    @Delete("/{slug}")
    @Operation(summary = "Kreis offboarden: Schema und Rolle löschen; bestaetigung muss der Kurzname sein")
    HttpResponse<Void> offboarden(Authentication auth, String slug, @QueryValue String bestaetigung) {
        verwaltung.offboarden(nutzer.aus(auth), slug, bestaetigung);
        return HttpResponse.noContent();
    }
}
