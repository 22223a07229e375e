package de.teilhabe.platform.stelle;

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
 * Staffing formulas and their inputs per Stichtag, and the entitlement the program plugin computes. Bad input:
 * 400 problem details with {@code errors[]}; changes need {@code If-Match}, a stale one gets 409.
 */
@Controller("/api/stellen")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Stellen")
class StellenberechnungController {

    private final Stellenberechnungen berechnungen;
    private final AktuellerNutzer nutzer;

    StellenberechnungController(Stellenberechnungen berechnungen, AktuellerNutzer nutzer) {
        this.berechnungen = berechnungen;
        this.nutzer = nutzer;
    }

    @Get("/schluessel")
    @Operation(summary = "Stellenschlüssel eines Programms mit ihren Eingabegrößen und der Rundungsregel")
    List<Schluessel> schluessel(Authentication auth, @QueryValue String programm) {
        return berechnungen.schluessel(nutzer.aus(auth), programm);
    }

    @Get("/berechnungen")
    @Operation(summary = "Gespeicherte Eingaben der Stellenschlüssel eines Programms je Stichtag")
    List<StellenEingaben> liste(Authentication auth, @QueryValue String programm) {
        return berechnungen.liste(nutzer.aus(auth), programm);
    }

    @Get("/berechnungen/{id}")
    @Operation(summary = "Eingaben eines Stellenschlüssels zu einem Stichtag")
    StellenEingaben lesen(Authentication auth, UUID id) {
        return berechnungen.lesen(nutzer.aus(auth), id);
    }

    @Get("/berechnungen/{id}/anspruch")
    @Operation(summary = "Stellenanspruch aus den gespeicherten Eingaben, mit Rechenweg und Rundungsregel")
    Stellenanspruch anspruch(Authentication auth, UUID id) {
        return berechnungen.anspruch(nutzer.aus(auth), id);
    }

    @Post("/vorschau")
    @Operation(summary = "Stellenanspruch aus Eingaben berechnen, ohne zu speichern")
    Stellenanspruch vorschau(Authentication auth, @Body StellenberechnungDaten daten) {
        return berechnungen.vorschau(nutzer.aus(auth), daten);
    }

    @Post("/berechnungen")
    @Operation(summary = "Eingaben zu einem Stichtag speichern (KI-Koordination, Kreis-Admin)")
    HttpResponse<StellenEingaben> anlegen(Authentication auth, @Body StellenberechnungDaten daten) {
        return HttpResponse.status(HttpStatus.CREATED).body(berechnungen.anlegen(nutzer.aus(auth), daten));
    }

    @Put("/berechnungen/{id}")
    @Operation(summary = "Eingaben ändern; If-Match: die zuletzt gelesene Version")
    StellenEingaben aendern(Authentication auth, UUID id, @Header("If-Match") String version,
                            @Body StellenberechnungDaten daten) {
        return berechnungen.aendern(nutzer.aus(auth), id, Versionen.ausIfMatch(version), daten);
    }

    @Delete("/berechnungen/{id}")
    @Operation(summary = "Eingaben löschen; If-Match: die zuletzt gelesene Version")
    HttpResponse<Void> loeschen(Authentication auth, UUID id, @Header("If-Match") String version) {
        berechnungen.loeschen(nutzer.aus(auth), id, Versionen.ausIfMatch(version));
        return HttpResponse.noContent();
    }
}
