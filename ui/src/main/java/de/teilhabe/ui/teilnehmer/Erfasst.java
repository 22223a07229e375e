package de.teilhabe.ui.teilnehmer;

import de.teilhabe.ui.sprache.Formate;

import java.time.Instant;
import java.util.Locale;

/** Who recorded an entry and when („rkn.cm, 07.12.2026“): recorded time next to the valid time of a history. */
final class Erfasst {
    private Erfasst() {
    }

    static String text(String von, Instant am, Locale sprache) {
        return (von == null ? "" : von) + (am == null ? "" : ", " + Formate.datum(am, sprache));
    }
}
