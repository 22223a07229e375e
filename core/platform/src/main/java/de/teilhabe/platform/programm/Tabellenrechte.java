package de.teilhabe.platform.programm;

import de.teilhabe.platform.mandant.KreisSchema;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;

/**
 * Gives the Kreis role the rights on what a plugin migration creates, in the same transaction as the
 * migration: before each script it notes the schema's relations, after it grants on the new ones — tables
 * read and write, views read, sequences use. Plugin scripts therefore need no {@code GRANT} of their own
 * (they may still use {@code ${rolle}}), the Kreis role gets nothing on the core's tables or on the plugin's
 * history table, and a crash between script and grant is impossible.
 */
final class Tabellenrechte implements Callback {

    private static final String RELATIONEN = "select c.relname, c.relkind from pg_class c "
            + "join pg_namespace n on n.oid = c.relnamespace "
            + "where n.nspname = ? and c.relkind in ('r', 'p', 'v', 'm', 'S')";

    private final KreisSchema kreis;
    private final String historientabelle;
    private Map<String, String> vorher = Map.of();

    Tabellenrechte(KreisSchema kreis, String historientabelle) {
        this.kreis = kreis;
        this.historientabelle = historientabelle;
    }

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.BEFORE_EACH_MIGRATE || event == Event.AFTER_EACH_MIGRATE;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public void handle(Event event, Context context) {
        try {
            Map<String, String> jetzt = relationen(context.getConnection());
            if (event == Event.AFTER_EACH_MIGRATE) {
                try (Statement st = context.getConnection().createStatement()) {
                    for (Map.Entry<String, String> neu : jetzt.entrySet()) {
                        if (!vorher.containsKey(neu.getKey()) && !neu.getKey().equals(historientabelle)) {
                            st.execute(recht(neu.getKey(), neu.getValue()));
                        }
                    }
                }
            }
            vorher = jetzt;
        } catch (SQLException e) {
            throw new FlywayException("Rechte für die Kreisrolle " + kreis.rolle() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String getCallbackName() {
        return "Tabellenrechte der Kreisrolle";
    }

    private String recht(String relation, String art) {
        String ziel = kreis.schemaSql() + ".\"" + relation.replace("\"", "\"\"") + '"';
        return switch (art) {
            case "r", "p" -> "grant select, insert, update, delete on table " + ziel + " to " + kreis.rolleSql();
            case "S" -> "grant usage, select on sequence " + ziel + " to " + kreis.rolleSql();
            default -> "grant select on table " + ziel + " to " + kreis.rolleSql();
        };
    }

    private Map<String, String> relationen(Connection verbindung) throws SQLException {
        Map<String, String> ergebnis = new HashMap<>();
        try (PreparedStatement st = verbindung.prepareStatement(RELATIONEN)) {
            st.setString(1, kreis.schema());
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    ergebnis.put(rs.getString(1), rs.getString(2));
                }
            }
        }
        return ergebnis;
    }
}
