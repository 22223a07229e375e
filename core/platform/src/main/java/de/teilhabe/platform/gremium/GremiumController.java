package de.teilhabe.platform.gremium;

import de.teilhabe.platform.dokument.Herunterladen;
import de.teilhabe.platform.fehler.Versionen;
import de.teilhabe.platform.fehler.Problem;
import de.teilhabe.platform.sicherheit.AktuellerNutzer;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Gremien of the caller's Kreis and the structure view. KI-Koordination and Kreis-Admin write; Gremium-Leserecht
 * and Case-Management read (names of members, no contact data). Changes need {@code If-Match: "<version>"}.
 */
@Controller("/api/gremien")
@Secured({"KI_KOORDINATION", "KREIS_ADMIN", "GREMIUM_LESERECHT", "CASE_MANAGEMENT"})
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Gremien")
class GremiumController {

    private final GremienDienst dienst;
    private final GremienVorlagenDienst vorlagen;
    private final StrukturDienst struktur;
    private final ExportDienst export;
    private final AktuellerNutzer nutzer;

    GremiumController(GremienDienst dienst, GremienVorlagenDienst vorlagen, StrukturDienst struktur,
                      ExportDienst export, AktuellerNutzer nutzer) {
        this.dienst = dienst;
        this.vorlagen = vorlagen;
        this.struktur = struktur;
        this.export = export;
        this.nutzer = nutzer;
    }

    @Get
    @Operation(summary = "Gremien des eigenen Kreises, optional nur eines Programms (z. B. programm=kim)")
    List<GremiumStamm> liste(Authentication auth, @Nullable @QueryValue String programm) {
        return dienst.liste(nutzer.aus(auth), programm).stream().map(GremiumStamm::von).toList();
    }

    @Get("/struktur")
    @Operation(summary = "Struktur eines Programms als Baum mit den Mitgliedern am Stichtag (Standard: heute) "
            + "und den unbesetzten Sitzen")
    Struktur struktur(Authentication auth, @Nullable @QueryValue String programm,
                      @Nullable @QueryValue LocalDate stichtag) {
        return struktur.struktur(nutzer.aus(auth), programm, stichtag);
    }

    @Get("/{id}")
    @Operation(summary = "Ein Gremium mit über- und untergeordneten Gremien, allen Mitgliedschaften (auch "
            + "beendeten), Sitzen und Sitzungen")
    @ApiResponse(responseCode = "404", description = "Gremium nicht gefunden",
            content = @Content(mediaType = Problem.MEDIENTYP, schema = @Schema(implementation = Problem.class)))
    GremiumAnsicht ansicht(Authentication auth, UUID id) {
        return dienst.ansicht(nutzer.aus(auth), id);
    }

    @Get("/{id}/mitgliederliste")
    @Operation(summary = "Mitgliederliste eines Gremiums am Stichtag (Standard: heute) als PDF oder XLSX, mit den "
            + "unbesetzten Sitzen; Sprache de oder en (Standard: Accept-Language, sonst Deutsch)")
    @ApiResponse(responseCode = "200", description = "die Datei als Anhang", content = {
            @Content(mediaType = "application/pdf"),
            @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")})
    @ApiResponse(responseCode = "400", description = "unbekanntes Format oder unbekannte Sprache "
            + "(errors[].field = format bzw. sprache)",
            content = @Content(mediaType = Problem.MEDIENTYP, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "404", description = "Gremium nicht gefunden",
            content = @Content(mediaType = Problem.MEDIENTYP, schema = @Schema(implementation = Problem.class)))
    HttpResponse<byte[]> mitgliederliste(Authentication auth, HttpRequest<?> anfrage, UUID id,
                                         @Nullable @QueryValue String format, @Nullable @QueryValue LocalDate stichtag,
                                         @Nullable @QueryValue String sprache) {
        var dateiformat = Herunterladen.format(format);
        var dokument = export.mitgliederliste(nutzer.aus(auth), id, stichtag, Herunterladen.sprache(sprache, anfrage));
        return Herunterladen.antwort(dokument, dateiformat);
    }

    @Post
    @Operation(summary = "Gremium anlegen (KI-Koordination, Kreis-Admin)")
    @ApiResponse(responseCode = "201", description = "angelegt")
    @ApiResponse(responseCode = "400", description = "ungültige Eingaben, z. B. Gremium unter sich selbst "
            + "(errors[].field = uebergeordnetId)",
            content = @Content(mediaType = Problem.MEDIENTYP, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "403", description = "keine Schreibberechtigung",
            content = @Content(mediaType = Problem.MEDIENTYP, schema = @Schema(implementation = Problem.class)))
    HttpResponse<GremiumStamm> anlegen(Authentication auth, @Body GremiumDaten daten) {
        return HttpResponse.status(HttpStatus.CREATED).body(GremiumStamm.von(dienst.anlegen(nutzer.aus(auth), daten)));
    }

    @Post("/aus-vorlagen")
    @Operation(summary = "Gremien aus Vorlagen anlegen (übergeordnete zuerst); vorhandene Gremien derselben "
            + "Vorlage werden zurückgegeben, nicht doppelt angelegt")
    @ApiResponse(responseCode = "400", description = "ungültige Vorlage oder übergeordnetes Gremium fehlt",
            content = @Content(mediaType = Problem.MEDIENTYP, schema = @Schema(implementation = Problem.class)))
    List<GremiumStamm> ausVorlagen(Authentication auth, @Body VorlagenAntrag antrag) {
        return vorlagen.anlegen(nutzer.aus(auth), antrag).stream().map(GremiumStamm::von).toList();
    }

    @Get("/vorlagen")
    @Operation(summary = "Gremienvorlagen eines im Kreis aktivierten Programms (z. B. programm=kim), übergeordnete "
            + "zuerst – als Vorschau vor dem Anlegen")
    @ApiResponse(responseCode = "400", description = "Programm fehlt oder ist im Kreis nicht aktiviert "
            + "(errors[].field = programm, code gremium.programm.nicht.aktiv)",
            content = @Content(mediaType = Problem.MEDIENTYP, schema = @Schema(implementation = Problem.class)))
    List<GremiumVorlage> programmVorlagen(Authentication auth, @Nullable @QueryValue String programm) {
        return vorlagen.vorlagen(nutzer.aus(auth), programm);
    }

    @Post("/aus-programm")
    @Operation(summary = "Alle Gremien eines im Kreis aktivierten Programms aus den Vorlagen des Programms anlegen "
            + "(KI-Koordination, Kreis-Admin); schon angelegte werden zurückgegeben, nicht doppelt angelegt")
    @ApiResponse(responseCode = "400", description = "Programm oder Konstituierungsdatum fehlt, Programm im Kreis "
            + "nicht aktiviert (errors[].field = programm, code gremium.programm.nicht.aktiv)",
            content = @Content(mediaType = Problem.MEDIENTYP, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "403", description = "keine Schreibberechtigung",
            content = @Content(mediaType = Problem.MEDIENTYP, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "409", description = "Programm derzeit nicht verfügbar oder fehlerhaft",
            content = @Content(mediaType = Problem.MEDIENTYP, schema = @Schema(implementation = Problem.class)))
    List<GremiumStamm> ausProgramm(Authentication auth, @Body ProgrammAntrag antrag) {
        return vorlagen.ausProgramm(nutzer.aus(auth), antrag).stream().map(GremiumStamm::von).toList();
    }

    @Put("/{id}")
    @Operation(summary = "Gremium ändern; If-Match: die zuletzt gelesene Version. Eine Auflösung beendet die "
            + "offenen Mitgliedschaften an diesem Tag.")
    @ApiResponse(responseCode = "400", description = "ungültige Eingaben",
            content = @Content(mediaType = Problem.MEDIENTYP, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "409", description = "inzwischen geändert (konflikt.veraltet)",
            content = @Content(mediaType = Problem.MEDIENTYP, schema = @Schema(implementation = Problem.class)))
    GremiumStamm aendern(Authentication auth, UUID id, @Header("If-Match") String version, @Body GremiumDaten daten) {
        return GremiumStamm.von(dienst.aendern(nutzer.aus(auth), id, Versionen.ausIfMatch(version), daten));
    }
}
