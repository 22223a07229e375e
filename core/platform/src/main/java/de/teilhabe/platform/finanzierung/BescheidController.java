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

/**
 * Zuwendungsbescheide of the caller's Kreis. Bad input: 400 problem details with {@code errors[]} per field;
 * changes and deletions need {@code If-Match} with the version last read, a stale one gets 409
 * {@code konflikt.veraltet}.
 */
@Controller("/api/finanzierung/bescheide")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Finanzierung")
class BescheidController {

    private final Zuwendungsbescheide bescheide;
    private final AktuellerNutzer nutzer;

    BescheidController(Zuwendungsbescheide bescheide, AktuellerNutzer nutzer) {
        this.bescheide = bescheide;
        this.nutzer = nutzer;
    }

    @Get
    @Operation(summary = "Zuwendungsbescheide und Mittelrahmen eines Programms mit Beträgen je Baustein und Jahr")
    List<Bescheid> liste(Authentication auth, @QueryValue String programm) {
        return bescheide.liste(nutzer.aus(auth), programm);
    }

    @Get("/{id}")
    @Operation(summary = "Ein Zuwendungsbescheid")
    Bescheid lesen(Authentication auth, UUID id) {
        return bescheide.lesen(nutzer.aus(auth), id);
    }

    @Post
    @Operation(summary = "Zuwendungsbescheid erfassen (KI-Koordination, Kreis-Admin)")
    HttpResponse<Bescheid> anlegen(Authentication auth, @Body BescheidDaten daten) {
        return HttpResponse.status(HttpStatus.CREATED).body(bescheide.anlegen(nutzer.aus(auth), daten));
    }

    @Put("/{id}")
    @Operation(summary = "Zuwendungsbescheid ändern; If-Match: die zuletzt gelesene Version")
    Bescheid aendern(Authentication auth, UUID id, @Header("If-Match") String version, @Body BescheidDaten daten) {
        return bescheide.aendern(nutzer.aus(auth), id, Versionen.ausIfMatch(version), daten);
    }

    @Delete("/{id}")
    @Operation(summary = "Zuwendungsbescheid löschen; If-Match: die zuletzt gelesene Version")
    HttpResponse<Void> loeschen(Authentication auth, UUID id, @Header("If-Match") String version) {
        bescheide.loeschen(nutzer.aus(auth), id, Versionen.ausIfMatch(version));
        return HttpResponse.noContent();
    }
}
