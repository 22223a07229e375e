package de.teilhabe.plugin.api.migration;

import org.pf4j.ExtensionPoint;

/**
 * Declares the plugin's own database migrations (Flyway SQL scripts inside the plugin jar).
 *
 * <p>When a Kreis enables the program, and on every start/upgrade for Kreise that have it enabled, the host
 * runs these migrations in the Kreis's schema – after the platform's and tenant's own migrations – using the
 * plugin's class loader for the {@code classpath:} location and the plugin's own history table. Disabling a
 * program never drops its tables. Migrations must be forward-only, idempotent per version (Flyway), and must
 * not touch tables of the core or of other plugins.
 */
public interface PluginMigrationen extends ExtensionPoint {

    /** Location and history table. */
    Migrationsquelle migrationen();
}
