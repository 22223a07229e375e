package de.teilhabe.platform.kreis;

import de.teilhabe.platform.mandant.Mandant;
import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * The complete data of a Kreis as a ZIP archive: one CSV per table of its schema (PostgreSQL's own
 * CSV writer), the Kreis's user accounts without password hashes, and a manifest.
 */
@Singleton
class KreisArchiv {

    private final TransactionOperations<Connection> transaktionen;
    private final JsonMapper json;

    KreisArchiv(TransactionOperations<Connection> transaktionen, JsonMapper json) {
        this.transaktionen = transaktionen;
        this.json = json;
    }

    byte[] exportieren(Mandant kreis) {
        return transaktionen.execute(TransactionDefinition.READ_ONLY, status -> {
            Connection verbindung = status.getConnection();
            CopyManager copy = verbindung.unwrap(PGConnection.class).getCopyAPI();
            ByteArrayOutputStream archiv = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(archiv)) {
                List<String> tabellen = tabellen(verbindung, kreis.schemaName());
                for (String tabelle : tabellen) {
                    String spalten = spalten(verbindung, kreis.schemaName(), tabelle);
                    eintrag(zip, "tabellen/" + tabelle + ".csv", out -> copy.copyOut(
                            "copy (select " + spalten + " from \"" + kreis.schemaName() + "\".\"" + tabelle
                                    + "\" order by 1) to stdout with (format csv, header)", out));
                }
                eintrag(zip, "benutzer.csv", out -> copy.copyOut(
                        "copy (select " + entschaerft("benutzername") + ", " + entschaerft("anzeigename")
                                + ", rollen, aktiv, angelegt_am from platform.benutzer"
                                + " where kreis_id = '" + kreis.id() + "' order by benutzername)"
                                + " to stdout with (format csv, header)", out));
                eintrag(zip, "kreis.json", out -> out.write(json.writeValueAsBytes(manifest(kreis, tabellen))));
            }
            return archiv.toByteArray();
        });
    }

    private static Map<String, Object> manifest(Mandant kreis, List<String> tabellen) {
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("slug", kreis.slug());
        manifest.put("name", kreis.name());
        manifest.put("angelegtAm", kreis.angelegtAm().toString());
        manifest.put("exportiertAm", Instant.now().toString());
        manifest.put("tabellen", tabellen);
        return manifest;
    }

    /**
     * The table's columns for the export: a text that a spreadsheet would take for a formula (starting with
     * {@code = + - @}, tab or carriage return) gets a leading apostrophe (OWASP "CSV injection"), as in every CSV the
     * platform writes; everything else as stored.
     */
    private static String spalten(Connection verbindung, String schema, String tabelle) throws SQLException {
        List<String> spalten = new ArrayList<>();
        try (PreparedStatement st = verbindung.prepareStatement("select column_name, data_type from"
                + " information_schema.columns where table_schema = ? and table_name = ? order by ordinal_position")) {
            st.setString(1, schema);
            st.setString(2, tabelle);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    String name = "\"" + rs.getString(1).replace("\"", "\"\"") + "\"";
                    boolean text = "text".equals(rs.getString(2)) || "character varying".equals(rs.getString(2));
                    spalten.add(text ? entschaerft(name) : name);
                }
            }
        }
        return String.join(", ", spalten);
    }

    /** The column as the export writes it: a leading apostrophe where the text would start a formula. */
    private static String entschaerft(String spalte) {
        return "case when left(" + spalte + ", 1) in ('=', '+', '-', '@', chr(9), chr(13)) then '''' || " + spalte
                + " else " + spalte + " end as " + spalte;
    }

    private static List<String> tabellen(Connection verbindung, String schema) throws SQLException {
        List<String> namen = new ArrayList<>();
        try (PreparedStatement st = verbindung.prepareStatement(
                "select table_name from information_schema.tables where table_schema = ?"
                        + " and table_type = 'BASE TABLE' order by table_name")) {
            st.setString(1, schema);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    namen.add(rs.getString(1));
                }
            }
        }
        return namen;
    }

    private static void eintrag(ZipOutputStream zip, String name, Schreiber schreiber) throws Exception {
        zip.putNextEntry(new ZipEntry(name));
        schreiber.schreiben(zip);
        zip.closeEntry();
    }

    @FunctionalInterface
    private interface Schreiber {
        void schreiben(OutputStream out) throws SQLException, IOException;
    }
}
