package de.teilhabe.platform.vertrag;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The state a refused request must leave as it was, in one prepared query on a connection of its own: the number
 * of rows of every table of the platform schema and of the fixture Kreis's schema, the number of those
 * tables, and the number of schemas in the database (where a Kreis created or dropped by a request shows). The
 * rows are only counted again when PostgreSQL's transaction snapshot moved: while no transaction that writes began
 * or ended, nothing can have changed.
 */
final class Zeilenzaehler implements AutoCloseable {

    private final Connection verbindung;
    private final List<String> schemata;
    private PreparedStatement abfrage;
    private final PreparedStatement schnappschuss;
    private String letzterSchnappschuss;
    private String letzterStand;
    private List<String> namen = List.of();
    private long tabellen = -1;

    Zeilenzaehler(String url, String benutzer, String passwort, List<String> schemata) {
        try {
            this.verbindung = DriverManager.getConnection(url, benutzer, passwort);
            this.verbindung.setAutoCommit(true);
            this.schnappschuss = verbindung.prepareStatement("select txid_current_snapshot()::text");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        this.schemata = List.copyOf(schemata);
    }

    /**
     * {@code {rows per table}/tables/schemas}, e.g. {@code {3,0,12,…}/97/14}; a new table is counted from the call that
     * sees it.
     */
    String stand() {
        try {
            // no transaction with an id began or ended anywhere since the last count: no row can have changed
            String jetzt = eins(schnappschuss);
            if (jetzt.equals(letzterSchnappschuss)) {
                return letzterStand;
            }
            letzterSchnappschuss = jetzt;
            letzterStand = zaehlen();
            return letzterStand;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private String zaehlen() {
        try {
            if (abfrage == null) {
                abfrage = verbindung.prepareStatement(abfrage());
            }
            String stand = eins(abfrage);
            long jetzt = Long.parseLong(stand.split("/")[1]);
            if (jetzt != tabellen) {
                tabellen = jetzt;
                abfrage.close();
                abfrage = verbindung.prepareStatement(abfrage());
                stand = eins(abfrage);
            }
            return stand;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private String abfrage() throws SQLException {
        List<String> neu = new ArrayList<>();
        try (Statement st = verbindung.createStatement(); ResultSet rs = st.executeQuery("select format('%I.%I',"
                + " n.nspname, c.relname) from pg_class c join pg_namespace n on n.oid = c.relnamespace where"
                + " c.relkind in ('r', 'p') and n.nspname in (" + liste() + ") order by 1")) {
            while (rs.next()) {
                neu.add(rs.getString(1));
            }
        }
        namen = List.copyOf(neu);
        String zeilen = namen.stream().map(t -> "(select count(*) from " + t + ")").collect(Collectors.joining(", "));
        return "select array[" + zeilen + "]::text || '/' || (select count(*) from pg_class c join pg_namespace n on n.oid"
                + " = c.relnamespace where c.relkind in ('r', 'p') and n.nspname in (" + liste() + ")) || '/' ||"
                + " (select count(*) from pg_namespace where nspname not like 'pg\\_%')";
    }

    /** Which tables changed between two states, e.g. {@code "kreis_x".audit_log +1}. */
    String unterschied(String vorher, String nachher) {
        String[] a = vorher.split("/");
        String[] b = nachher.split("/");
        List<String> teile = new ArrayList<>();
        String[] za = a[0].replaceAll("[{}]", "").split(",");
        String[] zb = b[0].replaceAll("[{}]", "").split(",");
        if (za.length == zb.length && zb.length == namen.size()) {
            for (int i = 0; i < za.length; i++) {
                long d = Long.parseLong(zb[i]) - Long.parseLong(za[i]);
                if (d != 0) {
                    teile.add(namen.get(i) + (d > 0 ? " +" : " ") + d);
                }
            }
        }
        if (!a[1].equals(b[1])) {
            teile.add("tables " + a[1] + " → " + b[1]);
        }
        if (!a[2].equals(b[2])) {
            teile.add("schemas " + a[2] + " → " + b[2]);
        }
        return teile.isEmpty() ? "row counts changed" : String.join(", ", teile);
    }

    private static String eins(PreparedStatement st) throws SQLException {
        try (ResultSet rs = st.executeQuery()) {
            rs.next();
            return rs.getString(1);
        }
    }

    private String liste() {
        return schemata.stream().map(s -> "'" + s + "'").collect(Collectors.joining(", "));
    }

    @Override
    public void close() {
        try {
            verbindung.close();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
