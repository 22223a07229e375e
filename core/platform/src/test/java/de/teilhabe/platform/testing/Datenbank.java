package de.teilhabe.platform.testing;

import io.micronaut.context.ApplicationContext;
import io.micronaut.jdbc.DataSourceResolver;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** Plain JDBC against the test database, outside any Kreis transaction: to look at what really is there. */
public final class Datenbank {

    private final DataSource dataSource;

    public Datenbank(ApplicationContext ctx) {
        this.dataSource = ctx.getBean(DataSourceResolver.class).resolve(ctx.getBean(DataSource.class));
    }

    public List<String> spalte(String sql) {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery(sql)) {
            List<String> werte = new ArrayList<>();
            while (rs.next()) {
                werte.add(rs.getString(1));
            }
            return werte;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public long anzahl(String sql) {
        return Long.parseLong(spalte(sql).get(0));
    }

    public void ausfuehren(String sql) {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            st.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
