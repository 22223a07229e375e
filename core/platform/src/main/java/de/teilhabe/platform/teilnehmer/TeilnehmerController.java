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
import java.time.LocalDate;
import java.util.UUID;

/** Case management of the caller's Kreis: participants, intake, consents, assignments, de-registration. */
@Controller("/api/teilnehmer")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Teilnehmende")
class TeilnehmerController {

    private final TeilnehmerDienst dienst;
    private final TeilnehmerAufnahme aufnahme;
    private final AktuellerNutzer nutzer;

    TeilnehmerController(TeilnehmerDienst dienst, TeilnehmerAufnahme aufnahme, AktuellerNutzer nutzer) {
        this.dienst = dienst;
        this.aufnahme = aufnahme;
        this.nutzer = nutzer;
    }

    /** The person and residence status to check, at {@code stichtag} (default: today). */
    @Serdeable
    record Pruefung(@Nullable TeilnehmerDaten person, @Nullable AufenthaltDaten aufenthalt,
                    @Nullable LocalDate stichtag) {
    }

    /** The ABH's clearance and its date. */
    @Serdeable
    record FreigabeDaten(@Nullable Freigabe freigabe, @Nullable LocalDate am) {
    }

    /** A consent given on {@code am}. */
    @Serdeable
    record EinwilligungDaten(@Nullable Einwilligungszweck zweck, @Nullable LocalDate am) {
    }

    /** The day of a withdrawal or a re-admission. */
    @Serdeable
    record Stichtag(@Nullable LocalDate am) {
    }

    /** The day of a de-registration and its reason. */
    @Serdeable
    record Abmeldung(@Nullable LocalDate am, @Nullable String grund) {
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

    @Post("/{id}/aufenthalte")
    @Operation(summary = "Neuen Aufenthaltsstatus erfassen (wird an den Verlauf angehängt)")
    TeilnehmerAkte aufenthalt(Authentication auth, UUID id, @Body AufenthaltDaten daten) {
        return dienst.aufenthaltErfassen(nutzer.aus(auth), id, daten);
    }

    @Put("/programmteilnahmen/{id}/freigabe")
    @Operation(summary = "Freigabebestätigung der ABH setzen; If-Match: Version der Programmteilnahme")
    TeilnehmerAkte freigabe(Authentication auth, UUID id, @Header("If-Match") String version,
                            @Body FreigabeDaten daten) {
        return dienst.freigabeSetzen(nutzer.aus(auth), id, Versionen.ausIfMatch(version), daten.freigabe(),
                daten.am());
    }

    @Post("/{id}/einwilligungen")
    @Operation(summary = "Einwilligung erfassen")
    TeilnehmerAkte einwilligen(Authentication auth, UUID id, @Body EinwilligungDaten daten) {
        return dienst.einwilligen(nutzer.aus(auth), id, daten.zweck(), daten.am());
    }

    @Post("/einwilligungen/{id}/widerruf")
    @Operation(summary = "Einwilligung widerrufen; If-Match: Version der Einwilligung")
    TeilnehmerAkte widerrufen(Authentication auth, UUID id, @Header("If-Match") String version,
                              @Body Stichtag daten) {
        return dienst.widerrufen(nutzer.aus(auth), id, Versionen.ausIfMatch(version), daten.am());
    }

    @Post("/{id}/zuweisungen")
    @Operation(summary = "Einer Maßnahme zuweisen")
    TeilnehmerAkte zuweisen(Authentication auth, UUID id, @Body ZuweisungDaten daten) {
        return dienst.zuweisen(nutzer.aus(auth), id, daten);
    }

    @Post("/zuweisungen/{id}/ende")
    @Operation(summary = "Zuweisung beenden (abgeschlossen oder Abbruch mit Grund); If-Match: Version der Zuweisung")
    TeilnehmerAkte zuweisungBeenden(Authentication auth, UUID id, @Header("If-Match") String version,
                                    @Body Zuweisungsende ende) {
        return dienst.zuweisungBeenden(nutzer.aus(auth), id, Versionen.ausIfMatch(version), ende);
    }

    @Post("/{id}/abmeldung")
    @Operation(summary = "Person abmelden (mit Grund); If-Match: die zuletzt gelesene Version")
    TeilnehmerAkte abmelden(Authentication auth, UUID id, @Header("If-Match") String version,
                            @Body Abmeldung abmeldung) {
        return dienst.abmelden(nutzer.aus(auth), id, Versionen.ausIfMatch(version), abmeldung.am(),
                abmeldung.grund());
    }

    @Post("/{id}/wiederaufnahme")
    @Operation(summary = "Abgemeldete Person wieder aufnehmen; If-Match: die zuletzt gelesene Version")
    TeilnehmerAkte wiederaufnehmen(Authentication auth, UUID id, @Header("If-Match") String version,
                                   @Body Stichtag daten) {
        return dienst.wiederaufnehmen(nutzer.aus(auth), id, Versionen.ausIfMatch(version), daten.am());
    }
}
