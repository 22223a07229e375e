package de.teilhabe.platform.teilnehmer;

import de.teilhabe.platform.fehler.Versionen;
import de.teilhabe.platform.sicherheit.AktuellerNutzer;
import de.teilhabe.plugin.api.zielgruppe.Aufenthaltsstatus;
import io.micronaut.core.annotation.Nullable;
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
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import de.teilhabe.platform.fehler.FachlicherFehler;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Case management of the caller's Kreis: participants, intake, consents, assignments, de-registration. */
@Controller("/api/teilnehmer")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Teilnehmende")
class TeilnehmerController {

    private final TeilnehmerDienst dienst;
    private final TeilnehmerAufnahme aufnahme;
    private final Teilnahmen teilnahmen;
    private final Verlaufseintraege eintraege;
    private final Zuweisungen zuweisungen;
    private final AktuellerNutzer nutzer;

    TeilnehmerController(TeilnehmerDienst dienst, TeilnehmerAufnahme aufnahme, Teilnahmen teilnahmen,
                         Verlaufseintraege eintraege, Zuweisungen zuweisungen, AktuellerNutzer nutzer) {
        this.dienst = dienst;
        this.aufnahme = aufnahme;
        this.teilnahmen = teilnahmen;
        this.eintraege = eintraege;
        this.zuweisungen = zuweisungen;
        this.nutzer = nutzer;
    }

    /** The person and residence status to check, at {@code stichtag} (default: today). */
    @Serdeable
    record Pruefung(@Nullable TeilnehmerDaten person, @Nullable AufenthaltDaten aufenthalt,
                    @Nullable LocalDate stichtag) {
    }

    /** The documented exception for a participation outside the target group. */
    @Serdeable
    record Ausnahme(@Nullable String grund, @Nullable String genehmigtVon) {
    }

    /** Why an entry is struck. */
    @Serdeable
    record Streichung(@Nullable String grund) {
    }

    @Get
    @Operation(summary = "Teilnehmende suchen (Namensanfang, Kommune, Aufenthaltsstatus, Programm, "
            + "Fallverantwortung, aktiv), seitenweise, sortiert nach Nachname und Vorname")
    Trefferliste suchen(Authentication auth, @QueryValue @Nullable String suche, @QueryValue @Nullable UUID kommuneId,
                        @QueryValue @Nullable Aufenthaltsstatus status, @QueryValue @Nullable String programm,
                        @QueryValue @Nullable String fallverantwortung, @QueryValue @Nullable Boolean aktiv,
                        @QueryValue(defaultValue = "0") int seite, @QueryValue(defaultValue = "50") int groesse) {
        return dienst.suchen(nutzer.aus(auth), new TeilnehmerFilter(suche, kommuneId, status, programm,
                fallverantwortung, aktiv, seite, groesse));
    }

    @Get("/{id}")
    @Operation(summary = "Die Akte einer Person (das Lesen wird protokolliert)")
    TeilnehmerAkte akte(Authentication auth, UUID id) {
        return dienst.akte(nutzer.aus(auth), id);
    }

    @Get("/{id}/teilen")
    @Operation(summary = "Darf für diesen Zweck an diesem Tag geteilt werden? (gültige Einwilligung)")
    boolean darfTeilen(Authentication auth, UUID id, @QueryValue Einwilligungszweck zweck,
                       @QueryValue @Nullable LocalDate am) {
        return dienst.darfTeilen(nutzer.aus(auth), id, zweck, am == null ? LocalDate.now() : am);
    }

    @Post("/pruefung")
    @Operation(summary = "Vor der Aufnahme: das Zielgruppen-Urteil jedes Programms des Kreises")
    Aufnahmepruefung pruefen(Authentication auth, @Body Pruefung pruefung) {
        return aufnahme.pruefen(nutzer.aus(auth), pruefung.person(), pruefung.aufenthalt(), pruefung.stichtag());
    }

    @Post
    @Operation(summary = "Person aufnehmen: Person, erster Aufenthaltsstatus, Programm (mit Ausnahme-Begründung, "
            + "wenn nicht Zielgruppe), Einwilligungen")
    HttpResponse<TeilnehmerAkte> aufnehmen(Authentication auth, @Body AufnahmeAntrag antrag) {
        return HttpResponse.status(HttpStatus.CREATED).body(aufnahme.aufnehmen(nutzer.aus(auth), antrag));
    }

    @Put("/{id}")
    @Operation(summary = "Personendaten ändern; If-Match: die zuletzt gelesene Version")
    TeilnehmerAkte aendern(Authentication auth, UUID id, @Header("If-Match") String version,
                           @Body TeilnehmerDaten daten) {
        return dienst.aendern(nutzer.aus(auth), id, Versionen.ausIfMatch(version), daten);
    }

    @Get("/klaerungen")
    @Operation(summary = "Offene Klärungen: Teilnahmen mit „nicht entscheidbar“ oder ohne dokumentierte Ausnahme, "
            + "nach Fälligkeit (Wiedervorlage)")
    List<Klaerung> klaerungen(Authentication auth) {
        return teilnahmen.klaerungen(nutzer.aus(auth));
    }

    @Post("/{id}/teilnahmen")
    @Operation(summary = "Eine erfasste Person in ein (weiteres) Programm aufnehmen oder nach einer Abmeldung wieder "
            + "aufnehmen: eine neue Teilnahme mit eigenem Urteil zum Aufnahmetag (auch rückwirkend)")
    HttpResponse<TeilnehmerAkte> teilnehmen(Authentication auth, UUID id, @Body TeilnahmeAntrag antrag) {
        return HttpResponse.status(HttpStatus.CREATED).body(aufnahme.teilnehmen(nutzer.aus(auth), id, antrag));
    }

    @Post("/{id}/wohnorte")
    @Operation(summary = "Umzug erfassen: die Kommune ab einem Tag (auch rückwirkend)")
    TeilnehmerAkte umziehen(Authentication auth, UUID id, @Body WohnortDaten daten) {
        return eintraege.umziehen(nutzer.aus(auth), id, daten);
    }

    @Post("/{id}/aufenthalte")
    @Operation(summary = "Aufenthaltsstatus ab einem Tag erfassen (auch rückwirkend)")
    TeilnehmerAkte aufenthalt(Authentication auth, UUID id, @Body AufenthaltDaten daten) {
        return eintraege.aufenthaltErfassen(nutzer.aus(auth), id, daten);
    }

    @Post("/{id}/merkmale")
    @Operation(summary = "Beschäftigungsverbot oder Ausschlussmerkmal für einen Zeitraum erfassen")
    TeilnehmerAkte merkmal(Authentication auth, UUID id, @Body MerkmalDaten daten) {
        return eintraege.merkmalErfassen(nutzer.aus(auth), id, daten);
    }

    @Post("/merkmale/{id}/ende")
    @Operation(summary = "Ein Merkmal endet: gilt bis zum Vortag des angegebenen Tages")
    TeilnehmerAkte merkmalEnde(Authentication auth, UUID id, @Body Ende ende) {
        return eintraege.merkmalBeenden(nutzer.aus(auth), id, ende);
    }

    @Post("/{id}/freigaben/{programm}")
    @Operation(summary = "Freigabebestätigung der ABH für ein Programm erfassen (angefragt, bestätigt, abgelehnt); "
            + "eine Ablehnung beendet die Teilnahme an diesem Tag")
    TeilnehmerAkte freigabeErfassen(Authentication auth, UUID id, String programm, @Body FreigabeDaten daten) {
        return eintraege.freigabeErfassen(nutzer.aus(auth), id, programm, daten);
    }

    @Put("/programmteilnahmen/{id}/freigabe")
    @Operation(summary = "Freigabebestätigung der ABH für das Programm dieser Teilnahme; If-Match: Version der "
            + "Programmteilnahme")
    TeilnehmerAkte freigabe(Authentication auth, UUID id, @Header("If-Match") String version,
                            @Body FreigabeDaten daten) {
        return eintraege.freigabeSetzen(nutzer.aus(auth), id, Versionen.ausIfMatch(version), daten);
    }

    @Post("/programmteilnahmen/{id}/abmeldung")
    @Operation(summary = "Teilnahme beenden (Abmeldung mit Grund und Art); If-Match: Version der Programmteilnahme")
    TeilnehmerAkte teilnahmeAbmelden(Authentication auth, UUID id, @Header("If-Match") String version,
                                     @Body Abmeldung abmeldung) {
        return teilnahmen.abmelden(nutzer.aus(auth), id, Versionen.ausIfMatch(version), abmeldung);
    }

    @Put("/programmteilnahmen/{id}/ausnahme")
    @Operation(summary = "Ausnahme dokumentieren (Grund, wer genehmigt hat): schließt die Klärung; If-Match: Version "
            + "der Programmteilnahme")
    TeilnehmerAkte ausnahme(Authentication auth, UUID id, @Header("If-Match") String version, @Body Ausnahme daten) {
        return teilnahmen.ausnahmeDokumentieren(nutzer.aus(auth), id, Versionen.ausIfMatch(version), daten.grund(),
                daten.genehmigtVon());
    }

    @Put("/programmteilnahmen/{id}/klaerung")
    @Operation(summary = "Wiedervorlage einer offenen Klärung verschieben; If-Match: Version der Programmteilnahme")
    TeilnehmerAkte klaerung(Authentication auth, UUID id, @Header("If-Match") String version, @Body Ende daten) {
        return teilnahmen.klaerungVerschieben(nutzer.aus(auth), id, Versionen.ausIfMatch(version), daten);
    }

    @Post("/{id}/einwilligungen")
    @Operation(summary = "Einwilligung erfassen")
    TeilnehmerAkte einwilligen(Authentication auth, UUID id, @Body EinwilligungDaten daten) {
        return dienst.einwilligen(nutzer.aus(auth), id, daten);
    }

    @Post("/einwilligungen/{id}/widerruf")
    @Operation(summary = "Einwilligung widerrufen; If-Match: Version der Einwilligung")
    TeilnehmerAkte widerrufen(Authentication auth, UUID id, @Header("If-Match") String version,
                              @Body Stichtag daten) {
        return dienst.widerrufen(nutzer.aus(auth), id, Versionen.ausIfMatch(version), daten);
    }

    @Post("/{id}/zuweisungen")
    @Operation(summary = "Einer Maßnahme zuweisen (auch rückwirkend, auch mit Ende und Ergebnis)")
    TeilnehmerAkte zuweisen(Authentication auth, UUID id, @Body ZuweisungDaten daten) {
        return zuweisungen.zuweisen(nutzer.aus(auth), id, daten);
    }

    @Post("/zuweisungen/{id}/ende")
    @Operation(summary = "Zuweisung beenden (abgeschlossen oder Abbruch mit Grund); If-Match: Version der Zuweisung")
    TeilnehmerAkte zuweisungBeenden(Authentication auth, UUID id, @Header("If-Match") String version,
                                    @Body Zuweisungsende ende) {
        return zuweisungen.beenden(nutzer.aus(auth), id, Versionen.ausIfMatch(version), ende);
    }

    @Post("/{id}/abmeldung")
    @Operation(summary = "Person abmelden (mit Grund und Art; bei mehreren Programmen mit Programm); If-Match: die "
            + "zuletzt gelesene Version der Person")
    TeilnehmerAkte abmelden(Authentication auth, UUID id, @Header("If-Match") String version,
                            @Body Abmeldung abmeldung) {
        return teilnahmen.abmeldenPerson(nutzer.aus(auth), id, Versionen.ausIfMatch(version), abmeldung);
    }

    @Post("/{id}/wiederaufnahme")
    @Operation(summary = "Abgemeldete Person wieder aufnehmen (neue Teilnahme); If-Match: die zuletzt gelesene "
            + "Version der Person")
    TeilnehmerAkte wiederaufnehmen(Authentication auth, UUID id, @Header("If-Match") String version,
                                   @Body Stichtag daten) {
        return teilnahmen.wiederaufnehmen(nutzer.aus(auth), id, Versionen.ausIfMatch(version), daten);
    }

    @Post("/wohnorte/{id}/korrektur")
    @Operation(summary = "Wohnort-Eintrag korrigieren: der korrigierte Eintrag ersetzt ihn")
    TeilnehmerAkte wohnortKorrigieren(Authentication auth, UUID id, @Body WohnortDaten daten) {
        return eintraege.wohnortKorrigieren(nutzer.aus(auth), id, daten);
    }

    @Post("/aufenthalte/{id}/korrektur")
    @Operation(summary = "Aufenthaltsstatus-Eintrag korrigieren: der korrigierte Eintrag ersetzt ihn")
    TeilnehmerAkte aufenthaltKorrigieren(Authentication auth, UUID id, @Body AufenthaltDaten daten) {
        return eintraege.aufenthaltKorrigieren(nutzer.aus(auth), id, daten);
    }

    @Post("/merkmale/{id}/korrektur")
    @Operation(summary = "Merkmal korrigieren: der korrigierte Eintrag ersetzt ihn")
    TeilnehmerAkte merkmalKorrigieren(Authentication auth, UUID id, @Body MerkmalDaten daten) {
        return eintraege.merkmalKorrigieren(nutzer.aus(auth), id, daten);
    }

    @Post("/freigaben/{id}/korrektur")
    @Operation(summary = "Freigabe-Eintrag korrigieren: der korrigierte Eintrag ersetzt ihn")
    TeilnehmerAkte freigabeKorrigieren(Authentication auth, UUID id, @Body FreigabeDaten daten) {
        return eintraege.freigabeKorrigieren(nutzer.aus(auth), id, daten);
    }

    @Post("/programmteilnahmen/{id}/korrektur")
    @Operation(summary = "Daten einer Teilnahme korrigieren (Aufnahme, Abmeldung): die korrigierte Teilnahme ersetzt sie")
    TeilnehmerAkte teilnahmeKorrigieren(Authentication auth, UUID id, @Body TeilnahmeKorrektur daten) {
        return teilnahmen.korrigieren(nutzer.aus(auth), id, daten);
    }

    @Post("/zuweisungen/{id}/korrektur")
    @Operation(summary = "Zuweisung korrigieren (Maßnahme, Beginn, Ende, Ergebnis): die korrigierte ersetzt sie")
    TeilnehmerAkte zuweisungKorrigieren(Authentication auth, UUID id, @Body ZuweisungDaten daten) {
        return zuweisungen.korrigieren(nutzer.aus(auth), id, daten);
    }

    @Post("/{art}/{id}/streichung")
    @Operation(summary = "Einen Eintrag streichen, der nie hätte erfasst werden sollen (wohnorte, aufenthalte, "
            + "merkmale, freigaben, programmteilnahmen, zuweisungen); er bleibt als ersetzt erhalten")
    TeilnehmerAkte streichen(Authentication auth, String art, UUID id, @Body Streichung daten) {
        Eintragsart eintragsart = java.util.Arrays.stream(Eintragsart.values()).filter(e -> e.pfad().equals(art))
                .findFirst().orElseThrow(() -> FachlicherFehler.nichtGefunden("teilnehmer.eintrag.nicht.gefunden"));
        return eintraege.streichen(nutzer.aus(auth), eintragsart, id, daten.grund());
    }
}
