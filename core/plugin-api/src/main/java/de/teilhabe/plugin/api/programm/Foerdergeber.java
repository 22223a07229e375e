package de.teilhabe.plugin.api.programm;

import java.util.Objects;

/**
 * A funding body, usually a ministry of the Land NRW.
 *
 * @param kurzname abbreviation as used in council papers, e.g. „MKFFI“
 * @param name     full name, e.g. „Ministerium für Kinder, Familie, Flüchtlinge und Integration des Landes NRW“
 */
public record Foerdergeber(String kurzname, String name) {

    /** MKFFI, the ministry named in the seed documents (2019–2021) for all three programs. */
    public static final Foerdergeber MKFFI = new Foerdergeber("MKFFI",
            "Ministerium für Kinder, Familie, Flüchtlinge und Integration des Landes Nordrhein-Westfalen");

    /** MAGS, co-funder of „Durchstarten in Ausbildung und Arbeit“. */
    public static final Foerdergeber MAGS = new Foerdergeber("MAGS",
            "Ministerium für Arbeit, Gesundheit und Soziales des Landes Nordrhein-Westfalen");

    public Foerdergeber {
        Objects.requireNonNull(kurzname, "kurzname");
        Objects.requireNonNull(name, "name");
    }
}
