package de.teilhabe.platform.kreis;

import de.teilhabe.platform.mandant.KreisSchema;
import de.teilhabe.platform.mandant.Migrationen;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Creates and removes the database part of a Kreis: its NOLOGIN role and its schema. */
@Singleton
class KreisAnlage {

    private final TransactionOperations<Connection> transaktionen;
    private final Migrationen migrationen;

    KreisAnlage(TransactionOperations<Connection> transaktionen, Migrationen migrationen) {
        this.transaktionen = transaktionen;
        this.migrationen = migrationen;
    }

    /** Role and schema in one transaction, then the Kreis migrations. Leftovers of an interrupted try go first. */
    void anlegen(KreisSchema kreis) {
        entfernen(kreis);
        transaktionen.executeWrite(status -> {
            try (Statement st = status.getConnection().createStatement()) {
                st.execute("create role " + kreis.rolleSql() + " nologin");
                st.execute("grant " + kreis.rolleSql() + " to current_user");
                st.execute("create schema " + kreis.schemaSql());
                st.execute("grant usage on schema " + kreis.schemaSql() + " to " + kreis.rolleSql());
            }
            return null;
        });
        migrationen.kreis(kreis);
    }

    /** Drops schema and role if they exist; safe to call any number of times. */
    void entfernen(KreisSchema kreis) {
        transaktionen.executeWrite(status -> {
            Connection verbindung = status.getConnection();
            try (Statement st = verbindung.createStatement()) {
                st.execute("drop schema if exists " + kreis.schemaSql() + " cascade");
                if (rolleExistiert(verbindung, kreis.rolle())) {
                    st.execute("grant " + kreis.rolleSql() + " to current_user");
                    st.execute("drop owned by " + kreis.rolleSql());
                    st.execute("drop role " + kreis.rolleSql());
                }
            }
            return null;
        });
    }

    private static boolean rolleExistiert(Connection verbindung, String rolle) throws SQLException {
        try (PreparedStatement st = verbindung.prepareStatement("select 1 from pg_roles where rolname = ?")) {
            st.setString(1, rolle);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next();
            }
        }
    }
}
