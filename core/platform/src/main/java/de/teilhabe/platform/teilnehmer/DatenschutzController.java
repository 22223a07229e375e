package de.teilhabe.platform.teilnehmer;

import de.teilhabe.platform.dokument.Dateiformat;
import de.teilhabe.platform.dokument.Herunterladen;
import de.teilhabe.platform.fehler.FachlicherFehler;
import de.teilhabe.platform.fehler.Problem;
import de.teilhabe.platform.fehler.Versionen;
import de.teilhabe.platform.sicherheit.AktuellerNutzer;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
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
 * Data protection for participants: access requests (JSON, PDF), erasure on request, and the Kreis's retention
 * rules with dry run and anonymisation.
 */
@Controller("/api")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Datenschutz")
class DatenschutzController {

    private final DatenauskunftDienst auskunft;
    private final Loeschung loeschung;
    private final Aufbewahrung aufbewahrung;
    private final AktuellerNutzer nutzer;

    DatenschutzController(DatenauskunftDienst auskunft, Loeschung loeschung, Aufbewahrung aufbewahrung,
                          AktuellerNutzer nutzer) {
        this.auskunft = auskunft;
        this.loeschung = loeschung;
        this.aufbewahrung = aufbewahrung;
        this.nutzer = nutzer;
    }

    /** The reason of an erasure request. */
    @Serdeable
    record Loeschantrag(@Nullable String grund) {
    }


    @Get("/teilnehmer/{id}/auskunft")
    @Operation(summary = "Datenauskunft nach Art. 15 DSGVO: alles, was über die Person gespeichert ist, mit den "
            + "Protokolleinträgen zu ihr (JSON; mit format=pdf als PDF); die Auskunft wird protokolliert")
    @ApiResponse(responseCode = "200", description = "die Auskunft", content = {
            @Content(mediaType = "application/json", schema = @Schema(implementation = Datenauskunft.class)),
            @Content(mediaType = "application/pdf")})
    @ApiResponse(responseCode = "404", description = "Person nicht gefunden",
            content = @Content(mediaType = Problem.MEDIENTYP, schema = @Schema(implementation = Problem.class)))
    HttpResponse<?> auskunft(Authentication auth, UUID id, @Nullable @QueryValue String format) {
        if (format == null || format.isBlank() || "json".equalsIgnoreCase(format.trim())) {
            return HttpResponse.ok(auskunft.auskunft(nutzer.aus(auth), id));
        }
        Dateiformat dateiformat = Herunterladen.format(format);
        return Herunterladen.antwort(auskunft.dokument(nutzer.aus(auth), id), dateiformat);
    }

    @Get("/teilnehmer/{id}/auskunft.pdf")
    @Operation(summary = "Datenauskunft nach Art. 15 DSGVO als PDF")
    @ApiResponse(responseCode = "200", description = "die Datei als Anhang",
            content = @Content(mediaType = "application/pdf"))
    HttpResponse<byte[]> auskunftPdf(Authentication auth, UUID id) {
        return Herunterladen.antwort(auskunft.dokument(nutzer.aus(auth), id), Dateiformat.PDF);
    }

    @Delete("/teilnehmer/{id}")
    @Operation(summary = "Person auf Antrag löschen (Art. 17 DSGVO); Grund als Parameter grund oder im Body. "
            + "Abgelehnt (409), solange die Betreuung läuft oder eine Aufbewahrungspflicht besteht")
    @ApiResponse(responseCode = "409", description = "Aufbewahrungspflicht bis zum genannten Datum "
            + "(teilnehmer.loeschung.aufbewahrungspflicht) oder Betreuung läuft (teilnehmer.loeschung.aktiv)",
            content = @Content(mediaType = Problem.MEDIENTYP, schema = @Schema(implementation = Problem.class)))
    Loeschbescheid loeschen(Authentication auth, UUID id, @Nullable @QueryValue String grund,
                            @Nullable @Body Loeschantrag antrag) {
        String text = grund != null && !grund.isBlank() ? grund : antrag == null ? null : antrag.grund();
        Loeschbescheid bescheid = loeschung.loeschen(nutzer.aus(auth), id, text);
        if (!bescheid.geloescht()) {
            throw bescheid.pflichtBis() == null ? FachlicherFehler.konflikt(bescheid.grund())
                    : FachlicherFehler.konflikt(bescheid.grund(), bescheid.pflichtBis());
        }
        return bescheid;
    }

    @Get("/aufbewahrung/regeln")
    @Operation(summary = "Aufbewahrungsfristen des Kreises je Datenart (Jahre nach Ende der Betreuung)")
    List<Aufbewahrungsregel> regeln(Authentication auth) {
        return aufbewahrung.regeln(nutzer.aus(auth));
    }

    @Put("/aufbewahrung/regeln/{typ}")
    @Operation(summary = "Aufbewahrungsfrist einer Datenart ändern (Kreis-Admin); If-Match: Version der Regel")
    Aufbewahrungsregel aendern(Authentication auth, Aufbewahrungstyp typ, @Header("If-Match") String version,
                               @Body Frist frist) {
        return aufbewahrung.aendern(nutzer.aus(auth), typ, Versionen.ausIfMatch(version), frist);
    }

    @Post("/aufbewahrung/pruefung")
    @Operation(summary = "Probelauf: welche Datensätze am Stichtag (Standard: heute) anonymisiert würden; nur Ids "
            + "und Anzahlen")
    Aufbewahrungsbericht pruefen(Authentication auth, @Nullable @QueryValue LocalDate stichtag) {
        return aufbewahrung.pruefen(nutzer.aus(auth), stichtag);
    }

    @Post("/aufbewahrung/anonymisierung")
    @Operation(summary = "Datensätze anonymisieren, deren Aufbewahrungsfrist am Stichtag (Standard: heute) abgelaufen "
            + "ist; wird protokolliert")
    Aufbewahrungsbericht anonymisieren(Authentication auth, @Nullable @QueryValue LocalDate stichtag) {
        return aufbewahrung.anonymisieren(nutzer.aus(auth), stichtag);
    }
}
