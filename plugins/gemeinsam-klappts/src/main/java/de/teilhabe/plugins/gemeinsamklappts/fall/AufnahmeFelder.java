package de.teilhabe.plugins.gemeinsamklappts.fall;

import de.teilhabe.plugin.api.feld.Fallfelder;
import de.teilhabe.plugin.api.feld.Fallphase;
import de.teilhabe.plugin.api.feld.Felddefinition;
import de.teilhabe.plugin.api.feld.Validierungsfehler;
import org.pf4j.Extension;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Program-specific case fields (seed 000): the ABH clearance (Freigabebestätigung) on the exclusion criteria
 * is part of the intake – obtained before the intake (Dormagen) or afterwards (ABH Rhein-Kreis Neuss and
 * Neuss); the consent for the GIB database; the work ban (Beschäftigungsverbot, RKN: 53 persons); the reason
 * of a de-registration (lack of cooperation, no contact possible).
 */
@Extension
public class AufnahmeFelder implements Fallfelder {

    public static final String FREIGABE_STATUS = "abh-freigabe.status";
    public static final String FREIGABE_ZEITPUNKT = "abh-freigabe.zeitpunkt";
    public static final String FREIGABE_DATUM = "abh-freigabe.datum";
    public static final String FREIGABE_BEHOERDE = "abh-freigabe.behoerde";
    public static final String EINWILLIGUNG_GIB = "einwilligung.gib-datenbank";
    public static final String BESCHAEFTIGUNGSVERBOT = "beschaeftigungsverbot";
    public static final String ABMELDEGRUND = "abmeldegrund";

    static final String AUSSTEHEND = "ausstehend";
    static final String ERTEILT = "erteilt";
    static final String NICHT_ERTEILT = "nicht erteilt";

    @Override
    public List<Felddefinition> felder() {
        return List.of(
                Felddefinition.auswahl(FREIGABE_STATUS, "Freigabebestätigung der Ausländerbehörde",
                                List.of(AUSSTEHEND, ERTEILT, NICHT_ERTEILT)).alsPflichtfeld()
                        .inPhase(Fallphase.AUFNAHME)
                        .mitHilfe("Bestätigung der ABH, dass keine Ausschlusskriterien vorliegen"),
                Felddefinition.auswahl(FREIGABE_ZEITPUNKT, "Freigabe eingeholt",
                        List.of("vor der Aufnahme", "nach der Aufnahme")).inPhase(Fallphase.AUFNAHME),
                Felddefinition.datum(FREIGABE_DATUM, "Datum der Freigabebestätigung").inPhase(Fallphase.AUFNAHME),
                Felddefinition.text(FREIGABE_BEHOERDE, "Bestätigende Ausländerbehörde").hoechstens(100)
                        .inPhase(Fallphase.AUFNAHME),
                Felddefinition.jaNein(EINWILLIGUNG_GIB, "Einwilligung GIB-Datenbank").alsPflichtfeld()
                        .inPhase(Fallphase.AUFNAHME),
                Felddefinition.jaNein(BESCHAEFTIGUNGSVERBOT, "Beschäftigungsverbot"),
                Felddefinition.auswahl(ABMELDEGRUND, "Grund der Abmeldung", List.of("mangelnde Mitwirkung",
                        "keine Kontaktaufnahme möglich", "sonstiger Grund")).inPhase(Fallphase.ABMELDUNG));
    }

    /** Adds: a decided clearance (erteilt / nicht erteilt) needs its date; a date needs a decided clearance. */
    @Override
    public List<Validierungsfehler> validiere(Map<String, String> werte) {
        List<Validierungsfehler> fehler = new ArrayList<>(Fallfelder.super.validiere(werte));
        String status = werte.getOrDefault(FREIGABE_STATUS, "");
        boolean datum = !werte.getOrDefault(FREIGABE_DATUM, "").isBlank();
        boolean entschieden = ERTEILT.equals(status) || NICHT_ERTEILT.equals(status);
        if (entschieden && !datum) {
            fehler.add(new Validierungsfehler(FREIGABE_DATUM, "gemeinsam-klappts.freigabe.datum-fehlt",
                    "Bei „" + status + "“ ist das Datum der Freigabebestätigung anzugeben."));
        }
        if (AUSSTEHEND.equals(status) && datum) {
            fehler.add(new Validierungsfehler(FREIGABE_DATUM, "gemeinsam-klappts.freigabe.datum-ohne-entscheidung",
                    "Ein Datum der Freigabebestätigung passt nicht zu „ausstehend“."));
        }
        return fehler;
    }
}
