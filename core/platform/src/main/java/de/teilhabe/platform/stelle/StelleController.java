package de.teilhabe.platform.stelle;

import de.teilhabe.platform.fehler.Versionen;
import de.teilhabe.platform.sicherheit.AktuellerNutzer;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
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
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** The posts actually filled, and the comparison entitled vs filled; errors and If-Match as for the inputs. */
@Controller("/api/stellen")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Stellen")
class StelleController {

    private final Stellen stellen;
    private final Stellenuebersicht uebersicht;
    private final AktuellerNutzer nutzer;

    StelleController(Stellen stellen, Stellenuebersicht uebersicht, AktuellerNutzer nutzer) {
        this.stellen = stellen;
        this.uebersicht = uebersicht;
        this.nutzer = nutzer;
    }

    @Get("/besetzung")
    @Operation(summary = "Stellen eines Programms mit VZÄ, Inhaber, Zeitraum und zuständigen Kommunen")
    List<Stellenbesetzung> liste(Authentication auth, @QueryValue String programm) {
        return stellen.liste(nutzer.aus(auth), programm);
    }

    @Get("/besetzung/{id}")
    @Operation(summary = "Eine Stelle")
    Stellenbesetzung lesen(Authentication auth, UUID id) {
        return stellen.lesen(nutzer.aus(auth), id);
    }

    @Post("/besetzung")
    @Operation(summary = "Stelle erfassen (KI-Koordination, Kreis-Admin)")
    HttpResponse<Stellenbesetzung> anlegen(Authentication auth, @Body StelleDaten daten) {
        return HttpResponse.status(HttpStatus.CREATED).body(stellen.anlegen(nutzer.aus(auth), daten));
    }

    @Put("/besetzung/{id}")
    @Operation(summary = "Stelle ändern; If-Match: die zuletzt gelesene Version")
    Stellenbesetzung aendern(Authentication auth, UUID id, @Header("If-Match") String version,
                             @Body StelleDaten daten) {
        return stellen.aendern(nutzer.aus(auth), id, Versionen.ausIfMatch(version), daten);
    }

    @Delete("/besetzung/{id}")
    @Operation(summary = "Stelle löschen; If-Match: die zuletzt gelesene Version")
    HttpResponse<Void> loeschen(Authentication auth, UUID id, @Header("If-Match") String version) {
        stellen.loeschen(nutzer.aus(auth), id, Versionen.ausIfMatch(version));
        return HttpResponse.noContent();
    }

    @Get("/uebersicht")
    @Operation(summary = "Stellen: Anspruch und Besetzung je Stellenschlüssel und Kommune zu einem Stichtag "
            + "(Standard: heute)")
    Stellenstand stand(Authentication auth, HttpRequest<?> anfrage, @QueryValue String programm,
                       @Nullable @QueryValue LocalDate stichtag) {
        Locale sprache = anfrage.getLocale().filter(l -> "en".equals(l.getLanguage())).orElse(Locale.GERMAN);
        return uebersicht.stand(nutzer.aus(auth), programm, stichtag == null ? LocalDate.now() : stichtag, sprache);
    }
}
