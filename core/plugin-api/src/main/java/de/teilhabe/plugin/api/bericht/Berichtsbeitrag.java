package de.teilhabe.plugin.api.bericht;

import org.pf4j.ExtensionPoint;

import java.util.Set;

/**
 * A program's contribution to the Kreis's reports: one table built from aggregated counts.
 *
 * <p>The host collects the {@link #benoetigteKennzahlen()} for the Kreis at the reference date, calls
 * {@link #erstelle}, and places the returned table in the report, exportable as XLSX, CSV and PDF.
 * Contributions see aggregates only – never personal data.
 */
public interface Berichtsbeitrag extends ExtensionPoint {

    /** Stable id, unique in the plugin, starting with the plugin id. */
    String id();

    /** German title shown in the report menu. */
    String titel();

    /** The {@link Kennzahl} constants the table needs. */
    Set<String> benoetigteKennzahlen();

    /** Builds the table. */
    Berichtstabelle erstelle(Berichtseingabe eingabe);
}
