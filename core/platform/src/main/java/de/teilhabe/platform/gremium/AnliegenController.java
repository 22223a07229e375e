package de.teilhabe.platform.gremium;

import de.teilhabe.platform.fehler.Versionen;
import de.teilhabe.platform.fehler.Problem;
import de.teilhabe.platform.sicherheit.AktuellerNutzer;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;

/**
 * Anliegen (e.g. Versorgungslücken from case work) and their thread: raised, prepared, decided, tasks.
 * Case-Management may report them; changing them needs KI-Koordination or Kreis-Admin.
 */
@Controller("/api/gremien/anliegen")
@Secured({"KI_KOORDINATION", "KREIS_ADMIN", "GREMIUM_LESERECHT", "CASE_MANAGEMENT"})
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Gremien")
class AnliegenController {

    private final AnliegenDienst dienst;
    private final AktuellerNutzer nutzer;

    AnliegenController(AnliegenDienst dienst, AktuellerNutzer nutzer) {
        this.dienst = dienst;
        this.nutzer = nutzer;
    }

    @Get
    @Operation(summary = "Anliegen des eigenen Kreises, neueste zuerst")
    List<AnliegenAnsicht> liste(Authentication auth) {
        return dienst.liste(nutzer.aus(auth)).stream().map(AnliegenAnsicht::von).toList();
    }

    @Post
    @Operation(summary = "Anliegen melden (auch Case-Management), z. B. eine Versorgungslücke aus der AG Fallebene")
    @ApiResponse(responseCode = "201", description = "gemeldet")
    @ApiResponse(responseCode = "400", description = "ungültige Eingaben",
            content = @Content(mediaType = Problem.MEDIENTYP, schema = @Schema(implementation = Problem.class)))
    HttpResponse<AnliegenAnsicht> melden(Authentication auth, @Body AnliegenDaten daten) {
        return HttpResponse.status(HttpStatus.CREATED)
                .body(AnliegenAnsicht.von(dienst.melden(nutzer.aus(auth), daten)));
    }

    @Put("/{id}")
    @Operation(summary = "Anliegen ändern; If-Match: die zuletzt gelesene Version")
    AnliegenAnsicht aendern(Authentication auth, UUID id, @Header("If-Match") String version,
                            @Body AnliegenDaten daten) {
        return AnliegenAnsicht.von(dienst.aendern(nutzer.aus(auth), id, Versionen.ausIfMatch(version), daten));
    }

    @Get("/{id}/verlauf")
    @Operation(summary = "Verlauf: wo es aufkam, wo es vorbereitet (Tagesordnung) und entschieden (Beschluss) wurde, "
            + "und die Aufträge daraus")
    AnliegenVerlauf verlauf(Authentication auth, UUID id) {
        return dienst.verlauf(nutzer.aus(auth), id);
    }
}
