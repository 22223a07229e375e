package de.teilhabe.platform.gremium;

import de.teilhabe.platform.fehler.Versionen;
import de.teilhabe.platform.fehler.Problem;
import de.teilhabe.platform.sicherheit.AktuellerNutzer;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Tasks issued in meetings, and the task list across all Gremien of the Kreis (mine, overdue). */
@Controller("/api/gremien")
@Secured({"KI_KOORDINATION", "KREIS_ADMIN", "GREMIUM_LESERECHT", "CASE_MANAGEMENT"})
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Gremien")
class AuftragController {

    /** A new status for a task. */
    @Serdeable
    record Statuswechsel(@Nullable Auftragsstatus status) {
    }

    private final AuftraegeDienst auftraege;
    private final AktuellerNutzer nutzer;

    AuftragController(AuftraegeDienst auftraege, AktuellerNutzer nutzer) {
        this.auftraege = auftraege;
        this.nutzer = nutzer;
    }

    @Get("/auftraege")
    @Operation(summary = "Aufträge über alle Gremien, nach Fälligkeit. meine: der Person des eigenen Kontos oder "
            + "ihren Gremien zugewiesen; ueberfaellig: vor dem Stichtag (Standard: heute) fällig und nicht erledigt")
    List<AuftragZeile> liste(Authentication auth, @QueryValue(defaultValue = "false") boolean meine,
                             @QueryValue(defaultValue = "false") boolean ueberfaellig,
                             @QueryValue(defaultValue = "false") boolean offen,
                             @Nullable @QueryValue UUID person, @Nullable @QueryValue UUID gremium,
                             @Nullable @QueryValue LocalDate stichtag) {
        return auftraege.liste(nutzer.aus(auth), new AuftragFilter(meine, person, gremium, ueberfaellig, offen,
                stichtag));
    }

    @Post("/sitzungen/{id}/auftraege")
    @Operation(summary = "Auftrag erteilen: an ein Gremium oder eine Person, mit Fälligkeit, optional zu einem "
            + "Beschluss dieser Sitzung")
    @ApiResponse(responseCode = "201", description = "angelegt")
    @ApiResponse(responseCode = "400", description = "z. B. ohne Fälligkeit (errors[].field = faelligAm) oder "
            + "ohne Zuständigkeit (zustaendig)",
            content = @Content(mediaType = Problem.MEDIENTYP, schema = @Schema(implementation = Problem.class)))
    HttpResponse<AuftragAnsicht> anlegen(Authentication auth, UUID id, @Body AuftragDaten daten) {
        return HttpResponse.status(HttpStatus.CREATED)
                .body(AuftragAnsicht.von(auftraege.anlegen(nutzer.aus(auth), id, daten)));
    }

    @Put("/auftraege/{id}")
    @Operation(summary = "Auftrag ändern; If-Match: die zuletzt gelesene Version")
    @ApiResponse(responseCode = "409", description = "inzwischen geändert (konflikt.veraltet)",
            content = @Content(mediaType = Problem.MEDIENTYP, schema = @Schema(implementation = Problem.class)))
    AuftragAnsicht aendern(Authentication auth, UUID id, @Header("If-Match") String version, @Body AuftragDaten daten) {
        return AuftragAnsicht.von(auftraege.aendern(nutzer.aus(auth), id, Versionen.ausIfMatch(version), daten));
    }

    @Put("/auftraege/{id}/status")
    @Operation(summary = "Nur den Status setzen (OFFEN, IN_ARBEIT, ERLEDIGT); If-Match: Version")
    AuftragAnsicht status(Authentication auth, UUID id, @Header("If-Match") String version,
                          @Body Statuswechsel wechsel) {
        return AuftragAnsicht.von(auftraege.status(nutzer.aus(auth), id,
                Versionen.ausIfMatch(version), wechsel.status()));
    }
}
