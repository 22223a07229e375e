package de.teilhabe.platform.finanzierung;

import de.teilhabe.platform.fehler.Versionen;
import de.teilhabe.platform.sicherheit.AktuellerNutzer;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;

/** Forwarding of funds to providers (Weiterleitungen) in the caller's Kreis; errors and If-Match as for Bescheide. */
@Controller("/api/finanzierung/weiterleitungen")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Finanzierung")
class WeiterleitungController {

    private final Weiterleitungen weiterleitungen;
    private final AktuellerNutzer nutzer;

    WeiterleitungController(Weiterleitungen weiterleitungen, AktuellerNutzer nutzer) {
        this.weiterleitungen = weiterleitungen;
        this.nutzer = nutzer;
    }

    @Get
    @Operation(summary = "Weiterleitungen an Maßnahmeträger der Bausteine eines Programms")
    List<WeiterleitungAnsicht> liste(Authentication auth, @QueryValue String programm) {
        return weiterleitungen.liste(nutzer.aus(auth), programm).stream().map(WeiterleitungAnsicht::von).toList();
    }

    @Post
    @Operation(summary = "Weiterleitung per Vertrag erfassen (KI-Koordination, Kreis-Admin)")
    HttpResponse<WeiterleitungAnsicht> anlegen(Authentication auth, @Body WeiterleitungDaten daten) {
        return HttpResponse.status(HttpStatus.CREATED)
                .body(WeiterleitungAnsicht.von(weiterleitungen.anlegen(nutzer.aus(auth), daten)));
    }

    @Put("/{id}")
    @Operation(summary = "Weiterleitung ändern; If-Match: die zuletzt gelesene Version")
    WeiterleitungAnsicht aendern(Authentication auth, UUID id, @Header("If-Match") String version,
                          @Body WeiterleitungDaten daten) {
        return WeiterleitungAnsicht.von(weiterleitungen.aendern(nutzer.aus(auth), id,
                Versionen.ausIfMatch(version), daten));
    }

    @Delete("/{id}")
    @Operation(summary = "Weiterleitung löschen; If-Match: die zuletzt gelesene Version")
    HttpResponse<Void> loeschen(Authentication auth, UUID id, @Header("If-Match") String version) {
        weiterleitungen.loeschen(nutzer.aus(auth), id, Versionen.ausIfMatch(version));
        return HttpResponse.noContent();
    }
}
