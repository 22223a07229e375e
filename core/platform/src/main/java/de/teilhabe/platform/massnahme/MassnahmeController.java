package de.teilhabe.platform.massnahme;

import de.teilhabe.platform.fehler.Versionen;
import de.teilhabe.platform.sicherheit.AktuellerNutzer;
import io.micronaut.core.annotation.Nullable;
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
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;

/** The Maßnahmen of the caller's Kreis with their status history. */
@Controller("/api/massnahmen")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Maßnahmen")
class MassnahmeController {

    private final Massnahmen massnahmen;
    private final AktuellerNutzer nutzer;

    MassnahmeController(Massnahmen massnahmen, AktuellerNutzer nutzer) {
        this.massnahmen = massnahmen;
        this.nutzer = nutzer;
    }

    /** A new Maßnahme and, optionally, its first status (default: GEPLANT from today). */
    @Serdeable
    record Anlage(MassnahmeDaten daten, @Nullable Statuswechsel anfang) {
    }

    @Get
    @Operation(summary = "Die Maßnahmen-Tabelle des Kreises")
    List<MassnahmeZeile> tabelle(Authentication auth) {
        return massnahmen.tabelle(nutzer.aus(auth));
    }

    @Get("/{id}")
    @Operation(summary = "Eine Maßnahme mit Kommunen und Statusverlauf")
    MassnahmeAnsicht lesen(Authentication auth, UUID id) {
        return massnahmen.lesen(nutzer.aus(auth), id);
    }

    @Post
    @Operation(summary = "Maßnahme anlegen (KI-Koordination, Kreis-Admin)")
    HttpResponse<MassnahmeAnsicht> anlegen(Authentication auth, @Body Anlage anlage) {
        return HttpResponse.status(HttpStatus.CREATED)
                .body(massnahmen.anlegen(nutzer.aus(auth), anlage.daten(), anlage.anfang()));
    }

    @Put("/{id}")
    @Operation(summary = "Maßnahme ändern; If-Match: die zuletzt gelesene Version")
    MassnahmeAnsicht aendern(Authentication auth, UUID id, @Header("If-Match") String version,
                             @Body MassnahmeDaten daten) {
        return massnahmen.aendern(nutzer.aus(auth), id, Versionen.ausIfMatch(version), daten);
    }

    @Post("/{id}/status")
    @Operation(summary = "Status wechseln (geplant, laufend, unterbrochen, abgesagt, beendet); If-Match")
    MassnahmeAnsicht status(Authentication auth, UUID id, @Header("If-Match") String version,
                            @Body Statuswechsel wechsel) {
        return massnahmen.statusAendern(nutzer.aus(auth), id, Versionen.ausIfMatch(version), wechsel);
    }

    /** Why a status entry is struck. */
    @Serdeable
    record Streichung(@Nullable String grund) {
    }

    @Post("/{id}/status/{eintrag}/korrektur")
    @Operation(summary = "Einen Eintrag des Statusverlaufs korrigieren (der korrigierte ersetzt ihn; der ganze "
            + "Verlauf muss stimmig bleiben); If-Match: Version der Maßnahme")
    MassnahmeAnsicht statusKorrigieren(Authentication auth, UUID id, long eintrag, @Header("If-Match") String version,
                                       @Body Statuswechsel wechsel) {
        return massnahmen.statusKorrigieren(nutzer.aus(auth), id, Versionen.ausIfMatch(version), eintrag, wechsel);
    }

    @Post("/{id}/status/{eintrag}/streichung")
    @Operation(summary = "Einen versehentlich erfassten Eintrag des Statusverlaufs streichen; If-Match: Version")
    MassnahmeAnsicht statusStreichen(Authentication auth, UUID id, long eintrag, @Header("If-Match") String version,
                                     @Body Streichung streichung) {
        return massnahmen.statusStreichen(nutzer.aus(auth), id, Versionen.ausIfMatch(version), eintrag,
                streichung.grund());
    }
}
