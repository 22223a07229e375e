package de.teilhabe.platform.traeger;

import de.teilhabe.platform.sicherheit.AktuellerNutzer;
import de.teilhabe.platform.fehler.Versionen;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
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

/** The providers (Maßnahmeträger) of the caller's Kreis. */
@Controller("/api/traeger")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Maßnahmeträger")
class TraegerController {

    private final TraegerVerzeichnis verzeichnis;
    private final TraegerKonten konten;
    private final AktuellerNutzer nutzer;

    TraegerController(TraegerVerzeichnis verzeichnis, TraegerKonten konten, AktuellerNutzer nutzer) {
        this.verzeichnis = verzeichnis;
        this.konten = konten;
        this.nutzer = nutzer;
    }

    @Get
    @Operation(summary = "Alle Maßnahmeträger des Kreises")
    List<TraegerAnsicht> liste(Authentication auth) {
        return verzeichnis.liste(nutzer.aus(auth)).stream().map(TraegerAnsicht::von).toList();
    }

    @Get("/{id}")
    @Operation(summary = "Ein Maßnahmeträger mit Kontakten und Kommunen")
    Traeger lesen(Authentication auth, UUID id) {
        return verzeichnis.lesen(nutzer.aus(auth), id);
    }

    @Post
    @Operation(summary = "Maßnahmeträger anlegen (KI-Koordination, Kreis-Admin)")
    HttpResponse<Traeger> anlegen(Authentication auth, @Body TraegerDaten daten) {
        return HttpResponse.status(HttpStatus.CREATED).body(verzeichnis.anlegen(nutzer.aus(auth), daten));
    }

    @Put("/{id}")
    @Operation(summary = "Maßnahmeträger ändern; If-Match: die zuletzt gelesene Version")
    Traeger aendern(Authentication auth, UUID id, @Header("If-Match") String version, @Body TraegerDaten daten) {
        return verzeichnis.aendern(nutzer.aus(auth), id, Versionen.ausIfMatch(version), daten);
    }

    @Get("/{id}/konten")
    @Operation(summary = "Die Maßnahmeträger-Konten, die für diesen Träger arbeiten")
    List<String> konten(Authentication auth, UUID id) {
        return konten.konten(nutzer.aus(auth), id);
    }

    @Put("/{id}/konten/{benutzername}")
    @Operation(summary = "Ein Maßnahmeträger-Konto diesem Träger zuordnen (Kreis-Admin); seine Nutzer sehen nur "
            + "die Teilnehmenden der Maßnahmen dieses Trägers")
    HttpResponse<Void> zuordnen(Authentication auth, UUID id, String benutzername) {
        konten.zuordnen(nutzer.aus(auth), id, benutzername);
        return HttpResponse.noContent();
    }

    @Delete("/konten/{benutzername}")
    @Operation(summary = "Die Zuordnung eines Maßnahmeträger-Kontos lösen (Kreis-Admin)")
    HttpResponse<Void> loesen(Authentication auth, String benutzername) {
        konten.loesen(nutzer.aus(auth), benutzername);
        return HttpResponse.noContent();
    }
}
