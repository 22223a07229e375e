package de.teilhabe.platform.benutzer;

import de.teilhabe.platform.sicherheit.Benutzer;
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
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;

/** Accounts of the caller's Kreis (Kreis admin). Changes need {@code If-Match} with the version last read. */
@Controller("/api/benutzer")
@Secured("KREIS_ADMIN")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Benutzer")
class BenutzerController {

    private final Benutzerverwaltung verwaltung;
    private final AktuellerNutzer nutzer;

    BenutzerController(Benutzerverwaltung verwaltung, AktuellerNutzer nutzer) {
        this.verwaltung = verwaltung;
        this.nutzer = nutzer;
    }

    @Get
    @Operation(summary = "Konten des eigenen Kreises")
    List<Konto> liste(Authentication auth) {
        return verwaltung.liste(nutzer.aus(auth));
    }

    @Post
    @Operation(summary = "Konto anlegen")
    HttpResponse<Konto> anlegen(Authentication auth, @Body BenutzerDaten daten) {
        return HttpResponse.status(HttpStatus.CREATED).body(verwaltung.anlegen(nutzer.aus(auth), daten));
    }

    @Put("/{id}")
    @Operation(summary = "Konto ändern (Rollen, aktiv, Anzeigename; Passwort nur wenn gesetzt)")
    Konto aendern(Authentication auth, UUID id, @Header("If-Match") String version, @Body BenutzerDaten daten) {
        return verwaltung.aendern(nutzer.aus(auth), id, Versionen.ausIfMatch(version), daten);
    }
}
