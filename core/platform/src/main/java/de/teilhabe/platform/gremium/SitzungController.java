package de.teilhabe.platform.gremium;

import de.teilhabe.platform.dokument.Herunterladen;
import de.teilhabe.platform.fehler.Versionen;
import de.teilhabe.platform.fehler.Problem;
import de.teilhabe.platform.sicherheit.AktuellerNutzer;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
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
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;

/**
 * Meetings with agenda, attendance and minutes, and their decisions. Readers get a meeting without minutes
 * text, agenda results and attendance; writing needs KI-Koordination or Kreis-Admin.
 */
@Controller("/api/gremien")
@Secured({"KI_KOORDINATION", "KREIS_ADMIN", "GREMIUM_LESERECHT", "CASE_MANAGEMENT"})
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Gremien")
class SitzungController {

    private final SitzungenDienst sitzungen;
    private final BeschluesseDienst beschluesse;
    private final ExportDienst export;
    private final AktuellerNutzer nutzer;

    SitzungController(SitzungenDienst sitzungen, BeschluesseDienst beschluesse, ExportDienst export,
                      AktuellerNutzer nutzer) {
        this.sitzungen = sitzungen;
        this.beschluesse = beschluesse;
        this.export = export;
        this.nutzer = nutzer;
    }

    @Post("/{id}/sitzungen")
    @Operation(summary = "Sitzung anlegen, mit Tagesordnung, Anwesenheit und Protokoll")
    @ApiResponse(responseCode = "201", description = "angelegt")
    @ApiResponse(responseCode = "400", description = "z. B. Sitzung vor der Konstituierung (errors[].field = datum)",
            content = @Content(mediaType = Problem.MEDIENTYP, schema = @Schema(implementation = Problem.class)))
    HttpResponse<SitzungAnsicht> anlegen(Authentication auth, UUID id, @Body SitzungDaten daten) {
        return HttpResponse.status(HttpStatus.CREATED).body(sitzungen.anlegen(nutzer.aus(auth), id, daten));
    }

    @Get("/sitzungen/{id}")
    @Operation(summary = "Sitzung mit Tagesordnung, Beschlüssen und Aufträgen; Protokoll und Anwesenheit nur für "
            + "KI-Koordination und Kreis-Admin (das Lesen wird protokolliert)")
    SitzungAnsicht ansicht(Authentication auth, UUID id) {
        return sitzungen.ansicht(nutzer.aus(auth), id);
    }

    @Get("/sitzungen/{id}/protokoll")
    @Operation(summary = "Protokoll einer Sitzung als PDF oder XLSX: Kopf, Anwesenheit, Tagesordnung mit Ergebnissen, "
            + "Beschlüsse, Aufträge, Niederschrift; für Leserechte ohne Niederschrift, Ergebnisse und Anwesenheit. "
            + "Sprache de oder en (Standard: Accept-Language, sonst Deutsch)")
    @ApiResponse(responseCode = "200", description = "die Datei als Anhang", content = {
            @Content(mediaType = "application/pdf"),
            @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")})
    @ApiResponse(responseCode = "400", description = "unbekanntes Format oder unbekannte Sprache "
            + "(errors[].field = format bzw. sprache)",
            content = @Content(mediaType = Problem.MEDIENTYP, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "404", description = "Sitzung nicht gefunden",
            content = @Content(mediaType = Problem.MEDIENTYP, schema = @Schema(implementation = Problem.class)))
    HttpResponse<byte[]> protokoll(Authentication auth, HttpRequest<?> anfrage, UUID id,
                                   @Nullable @QueryValue String format, @Nullable @QueryValue String sprache) {
        var dateiformat = Herunterladen.format(format);
        var dokument = export.protokoll(nutzer.aus(auth), id, Herunterladen.sprache(sprache, anfrage));
        return Herunterladen.antwort(dokument, dateiformat);
    }

    @Put("/sitzungen/{id}")
    @Operation(summary = "Sitzung ändern (ersetzt Tagesordnung und Anwesenheit); If-Match: die zuletzt gelesene "
            + "Version")
    @ApiResponse(responseCode = "409", description = "inzwischen geändert (konflikt.veraltet)",
            content = @Content(mediaType = Problem.MEDIENTYP, schema = @Schema(implementation = Problem.class)))
    SitzungAnsicht aendern(Authentication auth, UUID id, @Header("If-Match") String version,
                           @Body SitzungDaten daten) {
        return sitzungen.aendern(nutzer.aus(auth), id, Versionen.ausIfMatch(version), daten);
    }

    @Post("/sitzungen/{id}/beschluesse")
    @Operation(summary = "Beschluss fassen; die Nummer zählt je Gremium")
    HttpResponse<BeschlussAnsicht> beschliessen(Authentication auth, UUID id, @Body BeschlussDaten daten) {
        return HttpResponse.status(HttpStatus.CREATED)
                .body(BeschlussAnsicht.von(beschluesse.anlegen(nutzer.aus(auth), id, daten)));
    }

    @Put("/beschluesse/{id}")
    @Operation(summary = "Beschluss ändern (Wortlaut, Anliegen); If-Match: die zuletzt gelesene Version")
    BeschlussAnsicht beschlussAendern(Authentication auth, UUID id, @Header("If-Match") String version,
                               @Body BeschlussDaten daten) {
        return BeschlussAnsicht.von(beschluesse.aendern(nutzer.aus(auth), id, Versionen.ausIfMatch(version), daten));
    }
}
