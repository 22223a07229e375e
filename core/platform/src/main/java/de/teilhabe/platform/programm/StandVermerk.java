package de.teilhabe.platform.programm;

import de.teilhabe.platform.mandant.KreisSchema;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;

/**
 * After a successful plugin migration, notes the {@link Migrationsstand} as the comment of the plugin's
 * history table in that Kreis schema. The note lives and dies with the history table: dropped or never
 * written, the next start simply runs Flyway again.
 */
final class StandVermerk implements Callback {

    static final String PRAEFIX = "teilhabe-migrationsstand:";

    private final KreisSchema kreis;
    private final String historientabelle;
    private final String stand;

    StandVermerk(KreisSchema kreis, String historientabelle, String stand) {
        this.kreis = kreis;
        this.historientabelle = historientabelle;
        this.stand = stand;
    }

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.AFTER_MIGRATE;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public void handle(Event event, Context context) {
        try (Statement st = context.getConnection().createStatement()) {
            st.execute("comment on table " + kreis.schemaSql() + ".\"" + historientabelle + "\" is '" + PRAEFIX
                    + stand.replaceAll("[^0-9a-f]", "") + "'");
        } catch (SQLException e) {
            throw new FlywayException("Migrationsstand in " + kreis.schema() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String getCallbackName() {
        return "Migrationsstand des Programms";
    }
}
