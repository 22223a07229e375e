package de.teilhabe.plugin.api.zielgruppe;

import java.time.LocalDate;
import java.time.Period;

/**
 * Age in completed years, as German law counts it (§ 187 Abs. 2, § 188 Abs. 2 BGB): a person turns N on
 * the N-th birthday, so "18 bis einschließlich 27" covers the 18th birthday up to the day before the 28th.
 * Someone born on 29 February turns a year older on 1 March in non-leap years (§ 188 Abs. 3 BGB).
 */
public final class Lebensalter {

    private Lebensalter() {
    }

    /**
     * @throws IllegalArgumentException if the birth date lies after the reference date
     */
    public static int amStichtag(LocalDate geburtsdatum, LocalDate stichtag) {
        if (geburtsdatum.isAfter(stichtag)) {
            throw new IllegalArgumentException("Geburtsdatum " + geburtsdatum + " liegt nach dem Stichtag " + stichtag);
        }
        return Period.between(geburtsdatum, stichtag).getYears();
    }

    /** Whether the age at {@code stichtag} lies in {@code [von, bis]}, both inclusive. */
    public static boolean zwischen(LocalDate geburtsdatum, LocalDate stichtag, int von, int bis) {
        int alter = amStichtag(geburtsdatum, stichtag);
        return alter >= von && alter <= bis;
    }
}
