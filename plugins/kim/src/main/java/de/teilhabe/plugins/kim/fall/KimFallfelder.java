package de.teilhabe.plugins.kim.fall;

import de.teilhabe.plugin.api.feld.Fallfelder;
import de.teilhabe.plugin.api.feld.Felddefinition;
import de.teilhabe.plugin.api.feld.Validierungsfehler;
import org.pf4j.Extension;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * KIM case fields (seed 004, 2.2 and 3.6): referral (Verweisberatung) to services with their own case
 * management, which come first, and gaps in the service system the case manager reports to the
 * coordinating office.
 */
@Extension
public class KimFallfelder implements Fallfelder {

    public static final String VERWEIS = "verweisberatung";
    public static final String LUECKE_GEMELDET = "versorgungsluecke.gemeldet";
    public static final String LUECKE_BESCHREIBUNG = "versorgungsluecke.beschreibung";

    @Override
    public List<Felddefinition> felder() {
        return List.of(
                Felddefinition.auswahl(VERWEIS, "Verweisberatung an", List.of("Jugendmigrationsdienst",
                        "Migrationsberatung für erwachsene Zuwanderer", "Jobcenter", "Agentur für Arbeit",
                        "Jugendamt", "Sozialamt", "sonstige Stelle")),
                Felddefinition.jaNein(LUECKE_GEMELDET, "Versorgungslücke an die koordinierende Stelle gemeldet"),
                Felddefinition.text(LUECKE_BESCHREIBUNG, "Beschreibung der Versorgungslücke").hoechstens(2000));
    }

    /** Adds: a reported gap needs a description. */
    @Override
    public List<Validierungsfehler> validiere(Map<String, String> werte) {
        List<Validierungsfehler> fehler = new ArrayList<>(Fallfelder.super.validiere(werte));
        String gemeldet = werte.getOrDefault(LUECKE_GEMELDET, "").trim();
        if ((gemeldet.equalsIgnoreCase("ja") || gemeldet.equalsIgnoreCase("true"))
                && werte.getOrDefault(LUECKE_BESCHREIBUNG, "").isBlank()) {
            fehler.add(new Validierungsfehler(LUECKE_BESCHREIBUNG, "kim.versorgungsluecke.beschreibung-fehlt",
                    "Eine gemeldete Versorgungslücke braucht eine Beschreibung."));
        }
        return fehler;
    }
}
