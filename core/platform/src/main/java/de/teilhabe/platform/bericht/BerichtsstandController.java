package de.teilhabe.platform.bericht;

import de.teilhabe.platform.dokument.Dateiformat;
import de.teilhabe.platform.dokument.Dokumentdaten;
import de.teilhabe.platform.dokument.Herunterladen;
import de.teilhabe.platform.sicherheit.AktuellerNutzer;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;

/** Reports frozen for a committee: freeze, list, reopen (JSON and files), compare with today's figures. */
@Controller("/api/berichte/staende")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Berichte")
class BerichtsstandController {

    private final Berichtsstaende staende;
    private final AktuellerNutzer nutzer;

    BerichtsstandController(Berichtsstaende staende, AktuellerNutzer nutzer) {
        this.staende = staende;
        this.nutzer = nutzer;
    }

    @Post
    @Status(HttpStatus.CREATED)
    @Operation(summary = "Einen Bericht für ein Gremium festschreiben (art, programm, stichtag, anlass; geschuetzt: "
            + "kleine Fallzahlen unterdrückt wie für Gremien, Vorgabe ja); danach unveränderlich")
    Berichtsstand festschreiben(Authentication auth, @Body Festschreibung festschreibung) {
        return staende.festschreiben(nutzer.aus(auth), festschreibung);
    }

    @Get
    @Operation(summary = "Die festgeschriebenen Berichte eines Programms, neueste zuerst")
    List<Berichtsstand> liste(Authentication auth, @QueryValue @Nullable String programm) {
        return staende.liste(nutzer.aus(auth), programm);
    }

    @Get("/{id}")
    @Operation(summary = "Ein festgeschriebener Bericht genau wie ausgegeben (JSON)")
    Dokumentdaten oeffnen(Authentication auth, @PathVariable UUID id) {
        return Dokumentdaten.von(staende.oeffnen(nutzer.aus(auth), id));
    }

    @Get("/{id}/export")
    @Operation(summary = "Ein festgeschriebener Bericht als Datei: format=xlsx, csv oder pdf")
    HttpResponse<byte[]> export(Authentication auth, @PathVariable UUID id, @QueryValue @Nullable String format) {
        Dateiformat f = Herunterladen.format(format);
        return Herunterladen.antwort(staende.oeffnen(nutzer.aus(auth), id), f);
    }

    @Get("/{id}/vergleich")
    @Operation(summary = "Die Zahlen, die sich seit der Festschreibung geändert haben: derselbe Bericht heute (oder "
            + "zum Stichtag stichtag=JJJJ-MM-TT) gegen den festgeschriebenen, je Zelle mit Differenz")
    List<Abweichung> vergleich(Authentication auth, @PathVariable UUID id, @QueryValue @Nullable String stichtag) {
        return staende.vergleich(nutzer.aus(auth), id, BerichtController.datum(stichtag));
    }
}
