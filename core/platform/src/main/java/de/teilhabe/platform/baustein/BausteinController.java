package de.teilhabe.platform.baustein;

import de.teilhabe.platform.sicherheit.AktuellerNutzer;
import io.micronaut.core.annotation.Nullable;
import de.teilhabe.platform.fehler.Versionen;
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
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;

/** The Förderbausteine the caller's Kreis uses. Changes need {@code If-Match} with the version last read. */
@Controller("/api/bausteine")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Förderbausteine")
class BausteinController {

    private final Bausteine bausteine;
    private final AktuellerNutzer nutzer;

    BausteinController(Bausteine bausteine, AktuellerNutzer nutzer) {
        this.bausteine = bausteine;
        this.nutzer = nutzer;
    }

    @Get
    @Operation(summary = "Förderbausteine des Kreises, optional eines Programms")
    List<BausteinAnsicht> liste(Authentication auth, @Nullable @QueryValue String programm) {
        return (programm == null ? bausteine.liste(nutzer.aus(auth)) : bausteine.liste(nutzer.aus(auth), programm))
                .stream().map(BausteinAnsicht::von).toList();
    }

    @Get("/vorschlag")
    @Operation(summary = "Vorbelegung aus dem Katalog des Programms: Förderzeitraum und Landesanteil")
    BausteinDaten vorschlag(Authentication auth, @QueryValue String programm, @QueryValue int nummer) {
        return bausteine.vorschlag(nutzer.aus(auth), programm, nummer);
    }

    @Post
    @Operation(summary = "Förderbaustein in Nutzung nehmen (KI-Koordination, Kreis-Admin)")
    HttpResponse<BausteinAnsicht> anlegen(Authentication auth, @Body BausteinDaten daten) {
        return HttpResponse.status(HttpStatus.CREATED)
                .body(BausteinAnsicht.von(bausteine.anlegen(nutzer.aus(auth), daten)));
    }

    @Put("/{id}")
    @Operation(summary = "Förderbaustein ändern; If-Match: die zuletzt gelesene Version")
    BausteinAnsicht aendern(Authentication auth, UUID id, @Header("If-Match") String version,
                            @Body BausteinDaten daten) {
        return BausteinAnsicht.von(bausteine.aendern(nutzer.aus(auth), id, Versionen.ausIfMatch(version), daten));
    }
}
