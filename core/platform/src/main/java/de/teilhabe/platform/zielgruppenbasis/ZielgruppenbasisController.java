package de.teilhabe.platform.zielgruppenbasis;

import de.teilhabe.platform.fehler.StrengeWerte;
import de.teilhabe.platform.fehler.Versionen;
import de.teilhabe.platform.sicherheit.AktuellerNutzer;
import io.micronaut.core.annotation.Nullable;
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
import java.util.UUID;

/**
 * The target-group base (Geduldete and Gestattete per Kommune as the foreigners' offices report them) per program
 * and Stichtag, and report (g). Bad input: 400 problem details with {@code errors[]}; changes need
 * {@code If-Match}, a stale one gets 409.
 */
@Controller("/api/zielgruppenbasis")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Zielgruppenbasis")
class ZielgruppenbasisController {

    private final Zielgruppenbasis basis;
    private final AktuellerNutzer nutzer;

    ZielgruppenbasisController(Zielgruppenbasis basis, AktuellerNutzer nutzer) {
        this.basis = basis;
        this.nutzer = nutzer;
    }

    @Get
    @Operation(summary = "Gespeicherte Stände der Zielgruppenbasis eines Programms, neuester Stichtag zuerst")
    List<Basisstand> liste(Authentication auth, @QueryValue String programm) {
        return basis.staende(nutzer.aus(auth), programm);
    }

    @Get("/tabelle")
    @Operation(summary = "Primäre Zielgruppe je Kommune (Geduldete, Gestattete, gesamt, Summenzeile) nach dem "
            + "neuesten Stand am oder vor dem Stichtag (JJJJ-MM-TT), mit Datum und Quelle des Stands; ohne Stand "
            + "eine leere Tabelle mit stand = null")
    Basistabelle tabelle(Authentication auth, @QueryValue @Nullable String programm,
                         @QueryValue @Nullable String stichtag) {
        return basis.tabelle(nutzer.aus(auth), programm, datum(stichtag));
    }

    @Get("/{id}")
    @Operation(summary = "Ein Stand der Zielgruppenbasis mit seinen Zahlen je Kommune")
    Basisstand lesen(Authentication auth, UUID id) {
        return basis.stand(nutzer.aus(auth), id);
    }

    @Post
    @Operation(summary = "Neuen Stand zu einem Stichtag speichern (KI-Koordination, Kreis-Admin)")
    HttpResponse<Basisstand> anlegen(Authentication auth, @Body ZielgruppenbasisDaten daten) {
        ZielgruppenbasisDaten neu = new ZielgruppenbasisDaten(null, null, daten.programmId(), daten.stichtag(),
                daten.quelle(), daten.werte());
        return HttpResponse.status(HttpStatus.CREATED).body(basis.speichern(nutzer.aus(auth), neu));
    }

    @Put("/{id}")
    @Operation(summary = "Stichtag, Quelle und alle Zahlen eines Stands ersetzen; If-Match: die zuletzt gelesene "
            + "Version")
    Basisstand speichern(Authentication auth, UUID id, @Header("If-Match") String version,
                         @Body ZielgruppenbasisDaten daten) {
        return basis.speichern(nutzer.aus(auth), daten.fuer(id, Versionen.ausIfMatch(version)));
    }

    @Delete("/{id}")
    @Operation(summary = "Stand löschen; If-Match: die zuletzt gelesene Version")
    HttpResponse<Void> loeschen(Authentication auth, UUID id, @Header("If-Match") String version) {
        basis.loeschen(nutzer.aus(auth), id, Versionen.ausIfMatch(version));
        return HttpResponse.noContent();
    }

    private static LocalDate datum(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return StrengeWerte.datum(text.strip(), "stichtag");
    }
}
