package de.teilhabe.platform.fallarbeit;

import de.teilhabe.platform.fehler.Meldungen;
import java.util.Locale;

/** Where a goal of the goal agreement stands. Labels: {@code fallarbeit.zielstatus.<NAME>}. */
public enum Zielstatus {
    VEREINBART,
    IN_ARBEIT,
    ERREICHT,
    NICHT_ERREICHT;

    public String text(Locale sprache) {
        return Meldungen.text("fallarbeit.zielstatus." + name(), sprache);
    }
}
