package de.teilhabe.platform.gremium;

import de.teilhabe.platform.fehler.Versionen;
import de.teilhabe.platform.fehler.Problem;
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
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Members, seats and persons of Gremien (KI-Koordination, Kreis-Admin). Memberships are ended, never deleted.
 * Persons carry contact data: only these two roles see them.
 */
@Controller("/api/gremien")
@Secured({"KI_KOORDINATION", "KREIS_ADMIN"})
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Gremien")
class MitgliedschaftController {

    private final MitgliedschaftenDienst mitgliedschaften;
    private final PersonenDienst personen;
    private final SitzeDienst sitze;
    private final AktuellerNutzer nutzer;

    MitgliedschaftController(MitgliedschaftenDienst mitgliedschaften, PersonenDienst personen, SitzeDienst sitze,
                             AktuellerNutzer nutzer) {
        this.mitgliedschaften = mitgliedschaften;
        this.personen = personen;
        this.sitze = sitze;
        this.nutzer = nutzer;
    }

    @Post("/{id}/mitgliedschaften")
    @Operation(summary = "Mitgliedschaft anlegen")
    @ApiResponse(responseCode = "201", description = "angelegt")
    @ApiResponse(responseCode = "400", description = "z. B. zweiter Vorsitz im selben Zeitraum (errors[].field = "
            + "rolle), Beginn vor der Konstituierung (von), Vertretung ohne Vertretene (vertrittId)",
            content = @Content(mediaType = Problem.MEDIENTYP, schema = @Schema(implementation = Problem.class)))
    HttpResponse<MitgliedschaftAnsicht> anlegen(Authentication auth, UUID id, @Body MitgliedschaftDaten daten) {
        return HttpResponse.status(HttpStatus.CREATED)
                .body(MitgliedschaftAnsicht.von(mitgliedschaften.anlegen(nutzer.aus(auth), id, daten)));
    }

    @Put("/mitgliedschaften/{id}")
    @Operation(summary = "Mitgliedschaft ändern; If-Match: die zuletzt gelesene Version")
    @ApiResponse(responseCode = "409", description = "inzwischen geändert (konflikt.veraltet)",
            content = @Content(mediaType = Problem.MEDIENTYP, schema = @Schema(implementation = Problem.class)))
    MitgliedschaftAnsicht aendern(Authentication auth, UUID id, @Header("If-Match") String version,
                           @Body MitgliedschaftDaten daten) {
        return MitgliedschaftAnsicht.von(mitgliedschaften.aendern(nutzer.aus(auth), id,
                Versionen.ausIfMatch(version), daten));
    }

    @Post("/mitgliedschaften/{id}/ende")
    @Operation(summary = "Mitgliedschaft beenden (setzt bis; Vertretungen enden mit); If-Match: Version")
    MitgliedschaftAnsicht beenden(Authentication auth, UUID id, @Header("If-Match") String version,
                                  @Body Mitgliedschaftsende ende) {
        return MitgliedschaftAnsicht.von(mitgliedschaften.beenden(nutzer.aus(auth), id,
                Versionen.ausIfMatch(version), ende));
    }

    @Post("/{id}/sitze")
    @Operation(summary = "Sitz hinzufügen (z. B. Mitglied: Leitung Agentur für Arbeit)")
    HttpResponse<SitzAnsicht> sitzAnlegen(Authentication auth, UUID id, @Body SitzDaten daten) {
        return HttpResponse.status(HttpStatus.CREATED)
                .body(SitzAnsicht.von(sitze.anlegen(nutzer.aus(auth), id, daten)));
    }

    @Delete("/sitze/{id}")
    @Operation(summary = "Sitz entfernen, solange ihn niemand innehat oder innehatte; If-Match: Version")
    @ApiResponse(responseCode = "409", description = "Sitz ist oder war besetzt (gremium.sitz.belegt)",
            content = @Content(mediaType = Problem.MEDIENTYP, schema = @Schema(implementation = Problem.class)))
    HttpResponse<Void> sitzEntfernen(Authentication auth, UUID id, @Header("If-Match") String version) {
        sitze.entfernen(nutzer.aus(auth), id, Versionen.ausIfMatch(version));
        return HttpResponse.noContent();
    }

    @Get("/personen")
    @Operation(summary = "Personen mit Kontaktdaten (das Lesen wird protokolliert)")
    List<PersonAnsicht> personen(Authentication auth) {
        return personen.liste(nutzer.aus(auth)).stream().map(PersonAnsicht::von).toList();
    }

    @Post("/personen")
    @Operation(summary = "Person anlegen")
    HttpResponse<PersonAnsicht> personAnlegen(Authentication auth, @Body PersonDaten daten) {
        return HttpResponse.status(HttpStatus.CREATED)
                .body(PersonAnsicht.von(personen.anlegen(nutzer.aus(auth), daten)));
    }

    @Put("/personen/{id}")
    @Operation(summary = "Person ändern; If-Match: die zuletzt gelesene Version")
    PersonAnsicht personAendern(Authentication auth, UUID id, @Header("If-Match") String version,
                                @Body PersonDaten daten) {
        return PersonAnsicht.von(personen.aendern(nutzer.aus(auth), id, Versionen.ausIfMatch(version), daten));
    }
}
