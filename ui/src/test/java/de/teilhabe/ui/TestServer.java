package de.teilhabe.ui;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.HashMap;
import java.util.Map;

/** Starts the whole server in-process against the test database on free ports. */
public final class TestServer {
    public static final String JWT_GEHEIMNIS = "ui-test-geheimnis-ui-test-geheimnis-0123456789";

    private TestServer() {
    }

    public static TeilhabeServer starten(Map<String, Object> zusaetzlich) throws Exception {
        Map<String, Object> p = new HashMap<>(grundlage());
        p.put("micronaut.server.port", freierPort());
        p.put(TeilhabeServer.UI_PORT, freierPort());
        p.putAll(zusaetzlich);
        return TeilhabeServer.starten(p);
    }

    /** The test database and an explicit JWT secret (the server refuses to start without one outside demo mode). */
    public static Map<String, Object> grundlage() {
        Map<String, Object> p = new HashMap<>(datenbank());
        p.put("micronaut.security.token.jwt.signatures.secret.generator.secret", JWT_GEHEIMNIS);
        return p;
    }

    public static Map<String, Object> datenbank() {
        return Map.of(
                "datasources.default.url", wert("TEILHABE_TEST_DB_URL", "jdbc:postgresql://127.0.0.1:5432/teilhabe_test"),
                "datasources.default.username", wert("TEILHABE_TEST_DB_USER", "teilhabe"),
                "datasources.default.password", wert("TEILHABE_TEST_DB_PASSWORD", "teilhabe"));
    }

    /** System property of that name, environment variable, Maven's lower-case property, default. */
    public static String wert(String name, String standard) {
        for (String kandidat : new String[] {
                System.getProperty(name), System.getenv(name), System.getProperty(name.toLowerCase().replace('_', '.'))}) {
            if (kandidat != null && !kandidat.isBlank()) {
                return kandidat;
            }
        }
        return standard;
    }

    static int freierPort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
