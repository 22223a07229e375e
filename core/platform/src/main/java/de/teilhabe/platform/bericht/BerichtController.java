package de.teilhabe.platform.bericht;

import de.teilhabe.platform.fehler.FachlicherFehler;
import de.teilhabe.platform.sicherheit.AktuellerNutzer;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import de.teilhabe.platform.dokument.Dateiformat;
import de.teilhabe.platform.dokument.Herunterladen;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** The Stichtag reports of the caller's Kreis as JSON; the cut-off date as ISO date ({@code 2021-03-31}). */
@Controller("/api/berichte")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Berichte")
class BerichtController {

    private final Stichtagsberichte berichte;
    private final Berichtsdokumente dokumente;
    private final AktuellerNutzer nutzer;

    BerichtController(Stichtagsberichte berichte, Berichtsdokumente dokumente, AktuellerNutzer nutzer) {
        this.berichte = berichte;
        this.dokumente = dokumente;
        this.nutzer = nutzer;
    }

    @Get("/massnahmen")
    @Operation(summary = "Die Maßnahmen des Kreises zum Stichtag wie in der Ratsvorlage: Kommune, Förderbaustein, "
            + "Träger, geplanter Beginn, Stand mit Bemerkung (z. B. „wird nicht durchgeführt (nicht genügend TN)“)")
    Massnahmentabelle massnahmen(Authentication auth, @QueryValue @Nullable String stichtag) {
        return berichte.massnahmen(nutzer.aus(auth), datum(stichtag));
    }

    @Get("/massnahmen/export")
    @Operation(summary = "Bericht Maßnahmen als Datei: format=xlsx, csv oder pdf")
    HttpResponse<byte[]> massnahmenExport(Authentication auth, @QueryValue @Nullable String stichtag,
                                          @QueryValue @Nullable String format) {
        Dateiformat f = Herunterladen.format(format);
        return Herunterladen.antwort(dokumente.massnahmen(nutzer.aus(auth), datum(stichtag)), f);
    }

    @Get("/stellen/export")
    @Operation(summary = "Bericht Stellen (Anspruch nach dem Stellenschlüssel des Programms und Besetzung, je "
            + "Kommune) als Datei: format=xlsx, csv oder pdf; als JSON unter /api/stellen/uebersicht")
    HttpResponse<byte[]> stellenExport(Authentication auth, @QueryValue @Nullable String programm,
                                       @QueryValue @Nullable String stichtag, @QueryValue @Nullable String format) {
        Dateiformat f = Herunterladen.format(format);
        LocalDate tag = datum(stichtag);
        if (programm == null || programm.isBlank() || tag == null) {
            throw FachlicherFehler.ungueltig(programm == null || programm.isBlank() ? "programm" : "stichtag",
                    "pflichtfeld");
        }
        return Herunterladen.antwort(dokumente.stellen(nutzer.aus(auth), programm.strip(), tag), f);
    }

    @Get("/finanzierung/export")
    @Operation(summary = "Bericht Finanzierung (zugesagt, weitergeleitet, Eigenanteil je Förderbaustein; Landesmittel "
            + "und Eigenanteil je Jahr) als Datei: format=xlsx, csv oder pdf; als JSON unter /api/finanzierung/uebersicht")
    HttpResponse<byte[]> finanzierungExport(Authentication auth, @QueryValue @Nullable String programm,
                                            @QueryValue @Nullable String format) {
        Dateiformat f = Herunterladen.format(format);
        if (programm == null || programm.isBlank()) {
            throw FachlicherFehler.ungueltig("programm", "pflichtfeld");
        }
        return Herunterladen.antwort(dokumente.finanzierung(nutzer.aus(auth), programm.strip()), f);
    }

    @Get("/aufnahme/export")
    @Operation(summary = "Bericht Aufnahme als Datei für die Gremienvorlage: format=xlsx, csv (UTF-8, Semikolon) "
            + "oder pdf")
    HttpResponse<byte[]> aufnahmeExport(Authentication auth, @QueryValue @Nullable String programm,
                                        @QueryValue @Nullable String stichtag, @QueryValue @Nullable String format) {
        Dateiformat f = Herunterladen.format(format);
        return Herunterladen.antwort(dokumente.aufnahme(nutzer.aus(auth), programm, datum(stichtag)), f);
    }

    @Get("/zuweisungen/export")
    @Operation(summary = "Bericht Zuweisungen als Datei für die Gremienvorlage: format=xlsx, csv oder pdf")
    HttpResponse<byte[]> zuweisungenExport(Authentication auth, @QueryValue @Nullable String programm,
                                           @QueryValue @Nullable String stichtag, @QueryValue @Nullable String format) {
        Dateiformat f = Herunterladen.format(format);
        return Herunterladen.antwort(dokumente.zuweisungen(nutzer.aus(auth), programm, datum(stichtag)), f);
    }

    @Get("/aufnahme")
    @Operation(summary = "Aufnahme zum Stichtag je Kommune: aufgenommene Personen nach Aufenthaltsstatus am "
            + "Aufnahmetag, abgemeldet, aktiv, dokumentierte Ausnahmen, mit Summenzeile (für Gremien: kleine "
            + "Fallzahlen unterdrückt)")
    Aufnahmetabelle aufnahme(Authentication auth, @QueryValue @Nullable String programm,
                             @QueryValue @Nullable String stichtag) {
        return berichte.aufnahme(nutzer.aus(auth), programm, datum(stichtag));
    }

    @Get("/zuweisungen")
    @Operation(summary = "Zuweisungen und Abbrüche zum Stichtag je Förderbaustein und Maßnahmeträger für die "
            + "Teilnehmenden eines Programms, mit Summenzeile und Zahl der zugewiesenen Personen (für Gremien: "
            + "kleine Fallzahlen unterdrückt)")
    Zuweisungstabelle zuweisungen(Authentication auth, @QueryValue @Nullable String programm,
                                  @QueryValue @Nullable String stichtag) {
        return berichte.zuweisungen(nutzer.aus(auth), programm, datum(stichtag));
    }

    private static LocalDate datum(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw FachlicherFehler.ungueltig("stichtag", "bericht.stichtag.ungueltig", text.strip());
        }
    }
}
