package de.teilhabe.plugin.api.migration;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where a plugin's Flyway migrations live and which history table records them.
 *
 * <p>Convention (use {@link #fuerPlugin(String)}): scripts in the plugin jar under
 * {@code db/plugins/<plugin-id>/} named {@code V<n>__<beschreibung>.sql}, history table
 * {@code plugin_<plugin_id>_schema_history} (dashes become underscores). Scripts create their objects
 * without a schema prefix; the host runs them in each tenant schema where the program is enabled. Table
 * names should start with a short plugin prefix (e.g. {@code kim_}) so they never collide with core tables.
 *
 * @param speicherort      Flyway location, {@code classpath:…}, resolved with the plugin's class loader
 * @param historientabelle Flyway history table of this plugin (per tenant schema)
 */
public record Migrationsquelle(String speicherort, String historientabelle) {

    private static final Pattern TABELLE = Pattern.compile("[a-z][a-z0-9_]{0,62}");

    public Migrationsquelle {
        Objects.requireNonNull(speicherort, "speicherort");
        if (!speicherort.startsWith("classpath:") || speicherort.length() <= "classpath:".length()) {
            throw new IllegalArgumentException("Migrationsort muss mit „classpath:“ beginnen: " + speicherort);
        }
        Objects.requireNonNull(historientabelle, "historientabelle");
        if (!TABELLE.matcher(historientabelle).matches()) {
            throw new IllegalArgumentException("Historientabelle „" + historientabelle
                    + "“: Kleinbuchstaben, Ziffern, Unterstrich, höchstens 63 Zeichen");
        }
        if (historientabelle.equals("flyway_schema_history")) {
            throw new IllegalArgumentException("Die Standard-Historientabelle gehört dem Kern; Plugins brauchen eine eigene");
        }
    }

    /** The conventional location and table for a plugin id. */
    public static Migrationsquelle fuerPlugin(String pluginId) {
        return new Migrationsquelle("classpath:db/plugins/" + pluginId,
                "plugin_" + pluginId.replace('-', '_') + "_schema_history");
    }

    /** The classpath folder without the {@code classpath:} prefix, e.g. {@code db/plugins/kim}. */
    public String klassenpfadOrdner() {
        return speicherort.substring("classpath:".length());
    }
}
