package de.teilhabe.platform.finanzierung;

import de.teilhabe.platform.sicherheit.AktuellerNutzer;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Locale;

/** The funding summary of one program (Accept-Language: en gives English warning texts). */
@Controller("/api/finanzierung/uebersicht")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Finanzierung")
class FinanzuebersichtController {

    private final Finanzuebersicht uebersicht;
    private final AktuellerNutzer nutzer;

    FinanzuebersichtController(Finanzuebersicht uebersicht, AktuellerNutzer nutzer) {
        this.uebersicht = uebersicht;
        this.nutzer = nutzer;
    }

    @Get
    @Operation(summary = "Finanzierung eines Programms: zugesagt, weitergeleitet, Eigenanteil je Baustein und Jahr, "
            + "mit Warnungen (Weiterleitung über Zusage, Eigenanteil unter dem Mindestanteil)")
    Finanzstand stand(Authentication auth, HttpRequest<?> anfrage, @QueryValue String programm) {
        Locale sprache = anfrage.getLocale().filter(l -> "en".equals(l.getLanguage())).orElse(Locale.GERMAN);
        return uebersicht.stand(nutzer.aus(auth), programm, sprache);
    }
}
