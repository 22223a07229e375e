package de.teilhabe.platform.teilnehmer;

import de.teilhabe.platform.fehler.FachlicherFehler;
import de.teilhabe.platform.sicherheit.AktuellerNutzer;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;

/**
 * Importing an office's participant list or history list (CSV or XLSX) as a multipart upload, part {@code datei}.
 * The report comes back with 200 also when rows have errors ({@code geschrieben=false}); a file-level error
 * (format, encoding, missing columns) is a 400 problem with its code as a field error on {@code datei}.
 */
@Controller("/api/teilnehmer/import")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Teilnehmende")
class TeilnehmerImportController {

    private final TeilnehmerImport importer;
    private final AktuellerNutzer nutzer;

    TeilnehmerImportController(TeilnehmerImport importer, AktuellerNutzer nutzer) {
        this.importer = importer;
        this.nutzer = nutzer;
    }

    @Post(consumes = MediaType.MULTIPART_FORM_DATA, produces = MediaType.APPLICATION_JSON)
    @Operation(summary = "Teilnehmer- oder Verlaufsliste importieren (CSV UTF-8 mit Semikolon oder XLSX, Teil „datei“):"
            + " ohne Spalte „Vorgang“ ist jede Zeile eine Aufnahme; mit „Vorgang“ (Aufnahme, Umzug, Statuswechsel,"
            + " Zuweisung, Abmeldung, Wiederaufnahme) werden die Zeilen je Person nach Datum wie in der Akte geprüft"
            + " und bereits Erfasstes übersprungen; Trockenlauf (Standard) schreibt nichts, sonst alles oder nichts",
            description = "Verlaufsliste: Person = Nachname, Vorname, Geburtsdatum; Tag in „Datum“ (bei Aufnahmen auch"
                    + " „Aufgenommen am“); Maßnahme wie „FB 1 · Caritas · Neuss“ (Baustein, Träger, Kommune, bei"
                    + " Bedarf „ab TT.MM.JJJJ“ oder Titel). Eine zweite Einfuhr derselben Liste ändert nichts; die"
                    + " Zeilen stehen als übersprungen im Bericht. „duplikateUeberspringen“ gilt nur für Listen ohne"
                    + " „Vorgang“.")
    Importbericht importieren(Authentication auth, @Part("datei") CompletedFileUpload datei,
                              @QueryValue @Nullable String trockenlauf,
                              @QueryValue @Nullable String programm,
                              @QueryValue @Nullable String duplikateUeberspringen) throws IOException {
        boolean nurPruefen = schalter("trockenlauf", trockenlauf, true);
        Importoptionen optionen = new Importoptionen(programm,
                schalter("duplikateUeberspringen", duplikateUeberspringen, false));
        if (nurPruefen) {
            return importer.pruefen(nutzer.aus(auth), datei.getFilename(), datei.getBytes(), optionen);
        }
        return importer.importieren(nutzer.aus(auth), datei.getFilename(), datei.getBytes(), optionen);
    }

    /**
     * A yes/no parameter read strictly: {@code true} or {@code false}, absent means {@code vorgabe}. The framework
     * would read any other text as false — {@code trockenlauf=vielleicht} would import for real — so it is refused
     * on the parameter before the file is looked at.
     */
    static boolean schalter(String parameter, String wert, boolean vorgabe) {
        if (wert == null) {
            return vorgabe;
        }
        return switch (wert) {
            case "true" -> true;
            case "false" -> false;
            default -> throw FachlicherFehler.ungueltig(parameter, "anfrage.wahrheitswert", wert);
        };
    }
}
