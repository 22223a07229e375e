package de.teilhabe.plugin.api.bericht;

/**
 * The aggregated counts the host can give to report contributions, and their dimensions. This is the
 * contract between host and plugins: a plugin names the counts it needs in
 * {@link Berichtsbeitrag#benoetigteKennzahlen()}, the host computes them for the Kreis at the reference
 * date and passes them as {@link Zaehlwert}s. All counts are for the program the plugin provides.
 */
public final class Kennzahl {

    /** People taken into the program up to the reference date (including later de-registered ones).
     *  Dimensions: {@link #KOMMUNE}, {@link #AUFENTHALTSSTATUS}, {@link #AUSNAHME}. */
    public static final String AUFGENOMMEN = "teilnahme.aufgenommen";

    /** People de-registered (abgemeldet) up to the reference date. Dimensions: {@link #KOMMUNE}. */
    public static final String ABGEMELDET = "teilnahme.abgemeldet";

    /** People active at the reference date (taken in minus de-registered). Dimensions: {@link #KOMMUNE}. */
    public static final String AKTIV = "teilnahme.aktiv";

    /** Assignments of participants to Maßnahmen up to the reference date.
     *  Dimensions: {@link #BAUSTEIN}, {@link #TRAEGER}, {@link #KOMMUNE}. */
    public static final String ZUGEWIESEN = "zuweisung.zugewiesen";

    /** Drop-outs (Abbrüche) of assignments up to the reference date.
     *  Dimensions: {@link #BAUSTEIN}, {@link #TRAEGER}, {@link #KOMMUNE}. */
    public static final String ABGEBROCHEN = "zuweisung.abgebrochen";

    /** Dimension: name of the kreisangehörige Kommune. */
    public static final String KOMMUNE = "kommune";

    /** Dimension: {@code Aufenthaltsstatus} constant name at intake, e.g. {@code DULDUNG}. */
    public static final String AUFENTHALTSSTATUS = "aufenthaltsstatus";

    /** Dimension: {@code ja} if the person was taken in as a documented exception, else {@code nein}. */
    public static final String AUSNAHME = "ausnahme";

    /** Dimension: Förderbaustein number, e.g. {@code 1}. */
    public static final String BAUSTEIN = "baustein";

    /** Dimension: name of the provider (Maßnahmeträger). */
    public static final String TRAEGER = "traeger";

    private Kennzahl() {
    }
}
