package de.teilhabe.ui.sprache;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as the offices write them: 31.03.2021 in German. */
public final class Formate {
    public static final ZoneId ZEITZONE = ZoneId.of("Europe/Berlin");

    private Formate() {
    }

    public static String datum(Instant zeitpunkt, Locale sprache) {
        return format(zeitpunkt, Uebersetzungen.unterstuetzt(sprache) == Uebersetzungen.ENGLISCH ? "dd/MM/yyyy" : "dd.MM.yyyy");
    }

    public static String zeitpunkt(Instant zeitpunkt, Locale sprache) {
        return format(zeitpunkt, Uebersetzungen.unterstuetzt(sprache) == Uebersetzungen.ENGLISCH
                ? "dd/MM/yyyy HH:mm:ss" : "dd.MM.yyyy HH:mm:ss");
    }

    private static String format(Instant zeitpunkt, String muster) {
        return zeitpunkt == null ? "" : DateTimeFormatter.ofPattern(muster).withZone(ZEITZONE).format(zeitpunkt);
    }
}
