package de.teilhabe.platform.teilnehmer;

import de.teilhabe.platform.sicherheit.AktuellerNutzer;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The program plugins' extra case fields of a participant. */
@Controller("/api/teilnehmer")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Teilnehmende")
class ProgrammfelderController {

    private final Programmfelder felder;
    private final AktuellerNutzer nutzer;

    ProgrammfelderController(Programmfelder felder, AktuellerNutzer nutzer) {
        this.felder = felder;
        this.nutzer = nutzer;
    }

    @Get("/{id}/programmfelder")
    @Operation(summary = "Die zusätzlichen Fallfelder der Programme, an denen die Person teilnimmt, mit Werten")
    Map<String, List<Programmfeld>> felder(Authentication auth, UUID id) {
        return felder.felder(nutzer.aus(auth), id);
    }

    @Put("/{id}/programmfelder/{programm}")
    @Operation(summary = "Die Fallfelder eines Programms speichern (Schlüssel → Wert; leer = kein Wert); das "
            + "Programm prüft die Werte, Fehler kommen als Feldfehler")
    Map<String, List<Programmfeld>> speichern(Authentication auth, UUID id, String programm,
                                              @Body Map<String, String> werte) {
        return felder.speichern(nutzer.aus(auth), id, programm, werte);
    }
}
