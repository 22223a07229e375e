package de.teilhabe.platform.kommune;

import de.teilhabe.platform.sicherheit.AktuellerNutzer;
import de.teilhabe.platform.fehler.Versionen;
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
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;

/**
 * The Kommunen of the caller's Kreis. Changes need the version last read in {@code If-Match}, so a
 * stale write gets 409 instead of overwriting someone else's change.
 */
@Controller("/api/kommunen")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Kommunen")
class KommuneController {

    private final KommunenDienst dienst;
    private final AktuellerNutzer nutzer;

    KommuneController(KommunenDienst dienst, AktuellerNutzer nutzer) {
        this.dienst = dienst;
        this.nutzer = nutzer;
    }

    @Get
    @Operation(summary = "Kommunen des eigenen Kreises")
    List<KommuneAnsicht> liste(Authentication auth) {
        return dienst.liste(nutzer.aus(auth)).stream().map(KommuneAnsicht::von).toList();
    }

    @Post
    @Operation(summary = "Kommune anlegen (Kreis-Admin)")
    HttpResponse<KommuneAnsicht> anlegen(Authentication auth, @Body KommuneDaten daten) {
        return HttpResponse.status(HttpStatus.CREATED)
                .body(KommuneAnsicht.von(dienst.anlegen(nutzer.aus(auth), daten)));
    }

    @Put("/{id}")
    @Operation(summary = "Kommune ändern (Kreis-Admin); If-Match: die zuletzt gelesene Version")
    KommuneAnsicht aendern(Authentication auth, UUID id, @Header("If-Match") String version, @Body KommuneDaten daten) {
        return KommuneAnsicht.von(dienst.aendern(nutzer.aus(auth), id, Versionen.ausIfMatch(version), daten));
    }
}
