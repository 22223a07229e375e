package de.teilhabe.ui;

/** The block printed after start: URLs, demo logins, startup time. */
final class Startmeldung {
    private Startmeldung() {
    }

    static String text(TeilhabeServer server, long bereitMs) {
        StringBuilder s = new StringBuilder();
        String linie = "=".repeat(72);
        s.append('\n').append(linie).append('\n');
        s.append("  Teilhabe läuft — bereit nach ").append(bereitMs).append(" ms (JVM-Start bis erste UI-Seite)\n\n");
        s.append("  UI       ").append(server.uiUrl()).append('\n');
        s.append("  API      ").append(server.apiUrl()).append('\n');
        s.append("  OpenAPI  ").append(server.apiUrl()).append("/swagger/teilhabe-api.yml\n");
        s.append('\n').append("  Beenden mit Strg+C\n").append(linie).append('\n');
        return s.toString();
    }
}
