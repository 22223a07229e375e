package de.teilhabe.platform.bericht;

import io.micronaut.serde.annotation.Serdeable;
import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Which report: one of the platform's Stichtag reports (a)–(g) of the council papers, or a part a program plugin
 * contributes ({@code beitrag}, its id starting with the plugin's id).
 *
 * @param id      {@code aufnahme}, {@code zuweisungen}, {@code massnahmen}, {@code stellen}, {@code finanzierung},
 *                {@code stellenverteilung}, {@code zielgruppenbasis}, {@code gremienzahlen}, or the contribution's
 *                id
 * @param titel   German title
 * @param beitrag whether a plugin contributes it
 */
@Serdeable
public record Berichtsart(String id, String titel, boolean beitrag) {

    static final Comparator<String> DEUTSCH = Collator.getInstance(Locale.GERMAN)::compare;

    public static final String AUFNAHME = "aufnahme";
    public static final String ZUWEISUNGEN = "zuweisungen";
    public static final String MASSNAHMEN = "massnahmen";
    public static final String STELLEN = "stellen";
    public static final String FINANZIERUNG = "finanzierung";
    public static final String STELLENVERTEILUNG = "stellenverteilung";
    public static final String ZIELGRUPPENBASIS = "zielgruppenbasis";
    public static final String GREMIENZAHLEN = "gremienzahlen";

    /** The platform's reports in the order of the council papers. */
    static final List<Berichtsart> KERN = List.of(
            kern(ZIELGRUPPENBASIS, "Zielgruppe je Kommune"),
            kern(AUFNAHME, "Teilnehmende nach Kommune und Aufenthaltsstatus"),
            kern(ZUWEISUNGEN, "Zuweisungen und Abbrüche nach Förderbaustein und Maßnahmeträger"),
            kern(MASSNAHMEN, "Maßnahmen der Förderbausteine"),
            kern(STELLEN, "Stellen: Anspruch und Besetzung"),
            kern(STELLENVERTEILUNG, "Stellenanteile je Kommune"),
            kern(FINANZIERUNG, "Finanzierung: zugesagt, weitergeleitet, Eigenanteil"),
            kern(GREMIENZAHLEN, "Kennzahlen für den Ausschuss"));

    static Berichtsart beitrag(String id, String titel) {
        return new Berichtsart(id, titel, true);
    }

    private static Berichtsart kern(String id, String titel) {
        return new Berichtsart(id, titel, false);
    }
}
