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

/** Own shares (Eigenanteile) of the caller's Kreis; errors and If-Match as for the Bescheide. */
@Controller("/api/finanzierung/eigenanteile")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Finanzierung")
class EigenanteilController {

    private final Eigenanteile eigenanteile;
    private final AktuellerNutzer nutzer;

    EigenanteilController(Eigenanteile eigenanteile, AktuellerNutzer nutzer) {
        this.eigenanteile = eigenanteile;
        this.nutzer = nutzer;
    }

    @Get
    @Operation(summary = "Eigenanteile eines Programms je Baustein, Jahr und Quelle")
    List<EigenanteilAnsicht> liste(Authentication auth, @QueryValue String programm) {
        return eigenanteile.liste(nutzer.aus(auth), programm).stream().map(EigenanteilAnsicht::von).toList();
    }

    @Post
    @Operation(summary = "Eigenanteil erfassen (KI-Koordination, Kreis-Admin); ohne bausteinId: für das Programm")
    HttpResponse<EigenanteilAnsicht> anlegen(Authentication auth, @Body EigenanteilDaten daten) {
        return HttpResponse.status(HttpStatus.CREATED)
                .body(EigenanteilAnsicht.von(eigenanteile.anlegen(nutzer.aus(auth), daten)));
    }

    @Put("/{id}")
    @Operation(summary = "Eigenanteil ändern; If-Match: die zuletzt gelesene Version")
    EigenanteilAnsicht aendern(Authentication auth, UUID id, @Header("If-Match") String version,
                        @Body EigenanteilDaten daten) {
        return EigenanteilAnsicht.von(eigenanteile.aendern(nutzer.aus(auth), id, Versionen.ausIfMatch(version), daten));
    }

    @Delete("/{id}")
    @Operation(summary = "Eigenanteil löschen; If-Match: die zuletzt gelesene Version")
    HttpResponse<Void> loeschen(Authentication auth, UUID id, @Header("If-Match") String version) {
        eigenanteile.loeschen(nutzer.aus(auth), id, Versionen.ausIfMatch(version));
        return HttpResponse.noContent();
    }
}
