package de.teilhabe.platform.programm;

import de.teilhabe.platform.fehler.Problem;
import de.teilhabe.platform.sicherheit.AktuellerNutzer;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;

/**
 * The program plugins: their state on this server and, per Kreis, enabling and disabling. The Kreis is
 * the caller's; enabling applies the program's database migrations in the Kreis's schema first.
 */
@Controller("/api/programme")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Programme")
class ProgrammController {

    private final ProgrammDienst dienst;
    private final AktuellerNutzer nutzer;

    ProgrammController(ProgrammDienst dienst, AktuellerNutzer nutzer) {
        this.dienst = dienst;
        this.nutzer = nutzer;
    }

    @Get
    @Operation(summary = "Programme mit Zustand (gestartet, abgelehnt, fehlgeschlagen + Grund) "
            + "und Aktivierung im eigenen Kreis")
    List<ProgrammUebersicht> liste(Authentication auth) {
        return dienst.liste(nutzer.aus(auth));
    }

    @Put("/{id}/aktivierung")
    @Operation(summary = "Programm für den eigenen Kreis aktivieren (KI-Koordination oder Kreis-Admin); "
            + "führt die Datenbank-Migrationen des Programms im Kreis aus")
    @ApiResponse(responseCode = "200", description = "aktiviert (auch wenn es schon aktiv war)")
    @ApiResponse(responseCode = "403", description = "keine Berechtigung",
            content = @Content(mediaType = Problem.MEDIENTYP, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "404", description = "Programm nicht installiert",
            content = @Content(mediaType = Problem.MEDIENTYP, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "409", description = "Programm abgelehnt, fehlgeschlagen oder Migration gescheitert",
            content = @Content(mediaType = Problem.MEDIENTYP, schema = @Schema(implementation = Problem.class)))
    ProgrammUebersicht aktivieren(Authentication auth, String id) {
        return dienst.aktivieren(nutzer.aus(auth), id);
    }

    @Delete("/{id}/aktivierung")
    @Operation(summary = "Programm für den eigenen Kreis deaktivieren (KI-Koordination oder Kreis-Admin); "
            + "seine Daten bleiben erhalten")
    @ApiResponse(responseCode = "200", description = "deaktiviert (auch wenn es nicht aktiv war)")
    @ApiResponse(responseCode = "403", description = "keine Berechtigung",
            content = @Content(mediaType = Problem.MEDIENTYP, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "404", description = "Programm unbekannt",
            content = @Content(mediaType = Problem.MEDIENTYP, schema = @Schema(implementation = Problem.class)))
    ProgrammUebersicht deaktivieren(Authentication auth, String id) {
        return dienst.deaktivieren(nutzer.aus(auth), id);
    }
}
