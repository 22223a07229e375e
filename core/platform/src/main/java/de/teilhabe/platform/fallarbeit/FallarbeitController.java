package de.teilhabe.platform.fallarbeit;

import de.teilhabe.platform.fehler.Versionen;
import de.teilhabe.platform.sicherheit.AktuellerNutzer;
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
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;

/** Case work with a participant of the caller's Kreis: goals, case notes, referrals. */
@Controller("/api/teilnehmer")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Fallarbeit")
class FallarbeitController {

    private final FallarbeitDienst dienst;
    private final AktuellerNutzer nutzer;

    FallarbeitController(FallarbeitDienst dienst, AktuellerNutzer nutzer) {
        this.dienst = dienst;
        this.nutzer = nutzer;
    }

    @Get("/{id}/fallarbeit")
    @Operation(summary = "Ziele, Fallnotizen und Verweisungen einer Person (der Lesezugriff wird protokolliert)")
    Fallakte fallakte(Authentication auth, UUID id) {
        return dienst.fallakte(nutzer.aus(auth), id);
    }

    @Post("/{id}/ziele")
    @Operation(summary = "Ein Ziel der Zielvereinbarung festhalten")
    Fallakte zielAnlegen(Authentication auth, UUID id, @Body ZielDaten daten) {
        return dienst.zielAnlegen(nutzer.aus(auth), id, daten);
    }

    @Put("/ziele/{id}")
    @Operation(summary = "Ein Ziel ändern, z. B. als erreicht markieren; If-Match: die zuletzt gelesene Version")
    Fallakte zielAendern(Authentication auth, UUID id, @Header("If-Match") String version, @Body ZielDaten daten) {
        return dienst.zielAendern(nutzer.aus(auth), id, Versionen.ausIfMatch(version), daten);
    }

    @Post("/{id}/notizen")
    @Operation(summary = "Eine Fallnotiz hinzufügen (Notizen werden nie geändert)")
    Fallakte notieren(Authentication auth, UUID id, @Body NotizDaten daten) {
        return dienst.notieren(nutzer.aus(auth), id, daten);
    }

    @Post("/{id}/verweisungen")
    @Operation(summary = "Eine Verweisung an ein anderes Angebot festhalten (JMD, MBE, Jobcenter, Therapie …)")
    Fallakte verweisen(Authentication auth, UUID id, @Body VerweisungDaten daten) {
        return dienst.verweisen(nutzer.aus(auth), id, daten);
    }

    @Put("/verweisungen/{id}")
    @Operation(summary = "Eine Verweisung ändern, z. B. ihr Ergebnis eintragen; If-Match: die zuletzt gelesene Version")
    Fallakte verweisungAendern(Authentication auth, UUID id, @Header("If-Match") String version,
                               @Body VerweisungDaten daten) {
        return dienst.verweisungAendern(nutzer.aus(auth), id, Versionen.ausIfMatch(version), daten);
    }
}
