package de.teilhabe.platform.bericht;

import de.teilhabe.platform.fehler.FachlicherFehler;
import de.teilhabe.platform.sicherheit.AktuellerNutzer;
import de.teilhabe.platform.sicherheit.Nutzer;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import de.teilhabe.platform.dokument.Dateiformat;
import de.teilhabe.platform.dokument.Dokumentdaten;
import de.teilhabe.platform.dokument.Herunterladen;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
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
import java.util.List;

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

    @Get("/arten")
    @Operation(summary = "Die Berichte eines Programms: die Stichtagsberichte der Plattform und die Berichtsteile, "
            + "die das Programm-Plugin beiträgt (id, Titel)")
    List<Berichtsart> arten(Authentication auth, @QueryValue @Nullable String programm) {
        return dokumente.verzeichnis(nutzer.aus(auth), programm);
    }

    @Get("/dokument")
    @Operation(summary = "Ein Bericht als Dokument (JSON, jede Zelle mit Typ, Wert und deutschem Text): art=aufnahme, "
            + "zuweisungen, massnahmen, stellen, stellenverteilung, finanzierung, zielgruppenbasis, gremienzahlen oder "
            + "die id eines Berichtsteils des Programms; traegername=voll (Standard) oder kurz")
    Dokumentdaten dokument(Authentication auth, @QueryValue @Nullable String art, @QueryValue @Nullable String programm,
                           @QueryValue @Nullable String stichtag, @QueryValue @Nullable String traegername) {
        return Dokumentdaten.von(dokumente.dokument(nutzer.aus(auth), art, programm, datum(stichtag),
                Berichtsoptionen.aus(traegername)));
    }

    @Get("/mappe")
    @Operation(summary = "Alle Berichte eines Programms zum Stichtag in einer Datei (XLSX: ein Blatt je Bericht; PDF "
            + "und CSV: nacheinander): format=xlsx, csv oder pdf")
    HttpResponse<byte[]> mappe(Authentication auth, @QueryValue @Nullable String programm,
                               @QueryValue @Nullable String stichtag, @QueryValue @Nullable String format,
                               @QueryValue @Nullable String traegername) {
        Nutzer leser = leser(auth);
        Dateiformat f = Herunterladen.format(format);
        LocalDate tag = datum(stichtag);
        return Herunterladen.antwort("Berichte " + (programm == null ? "" : programm.strip()) + " "
                + (tag == null ? "" : tag), dokumente.mappe(leser, programm, tag,
                Berichtsoptionen.aus(traegername)), f);
    }

    @Get("/{art}/export")
    @Operation(summary = "Ein Bericht als Datei für die Gremienvorlage: format=xlsx (Zahlen als Zahlen), csv (UTF-8, "
            + "Semikolon) oder pdf (A4, mit Diagramm); art wie bei /api/berichte/dokument")
    HttpResponse<byte[]> export(Authentication auth, @PathVariable String art, @QueryValue @Nullable String programm,
                                @QueryValue @Nullable String stichtag, @QueryValue @Nullable String format,
                                @QueryValue @Nullable String traegername) {
        Nutzer leser = leser(auth);
        Dateiformat f = Herunterladen.format(format);
        return Herunterladen.antwort(dokumente.dokument(leser, art, programm, datum(stichtag),
                Berichtsoptionen.aus(traegername)), f);
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
                                  @QueryValue @Nullable String stichtag, @QueryValue @Nullable String traegername) {
        return berichte.zuweisungen(nutzer.aus(auth), programm, datum(stichtag), Berichtsoptionen.aus(traegername));
    }

    /**
     * The caller, if allowed to read reports at all: checked before the parameters are, so a role without access
     * is refused (403) whatever it sends, and learns nothing from the parameter checks.
     */
    private Nutzer leser(Authentication auth) {
        Nutzer leser = nutzer.aus(auth);
        leser.kreisMitRolle(Stichtagsberichte.LESEN);
        return leser;
    }

    static LocalDate datum(String text) {
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
