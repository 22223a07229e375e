package de.teilhabe.plugin.testkit;

/**
 * Connection to the test PostgreSQL, with the same settings as the platform's tests:
 * {@code TEILHABE_TEST_DB_URL}, {@code TEILHABE_TEST_DB_USER}, {@code TEILHABE_TEST_DB_PASSWORD}
 * (environment or system property), defaulting to {@code jdbc:postgresql://127.0.0.1:5432/teilhabe_test}
 * with user and password {@code teilhabe} as created by {@code infra/db/ensure-postgres.sh --test-db}.
 *
 * @param url      JDBC URL
 * @param benutzer user
 * @param passwort password
 */
public record Testdatenbank(String url, String benutzer, String passwort) {

    /** Settings from the environment / system properties, with the defaults above. */
    public static Testdatenbank ausUmgebung() {
        return new Testdatenbank(
                wert("TEILHABE_TEST_DB_URL", "teilhabe.test.db.url", "jdbc:postgresql://127.0.0.1:5432/teilhabe_test"),
                wert("TEILHABE_TEST_DB_USER", "teilhabe.test.db.user", "teilhabe"),
                wert("TEILHABE_TEST_DB_PASSWORD", "teilhabe.test.db.password", "teilhabe"));
    }

    private static String wert(String umgebung, String eigenschaft, String standard) {
        String e = System.getenv(umgebung);
        if (e != null && !e.isBlank()) {
            return e;
        }
        String s = System.getProperty(eigenschaft);
        return s != null && !s.isBlank() ? s : standard;
    }
}
