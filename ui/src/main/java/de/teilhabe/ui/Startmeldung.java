package de.teilhabe.ui;

import de.teilhabe.platform.demo.DemoZugaenge;
import de.teilhabe.platform.demo.DemoZugang;

import java.util.List;

/** The block printed after start: URLs, demo logins, startup time. */
final class Startmeldung {
    private Startmeldung() {
    }

    static String text(TeilhabeServer server, long bereitMs) {
        List<DemoZugang> demo = server.kontext().findBean(DemoZugaenge.class).map(DemoZugaenge::zugaenge).orElse(List.of());
        return text(server.uiUrl(), server.apiUrl(), OpenApiDatei.finden().orElse("teilhabe-api.yml"), demo, bereitMs);
    }

    static String text(String ui, String api, String openApi, List<DemoZugang> demo, long bereitMs) {
        StringBuilder s = new StringBuilder();
        String linie = "=".repeat(78);
        s.append('\n').append(linie).append('\n');
        s.append("  Teilhabe läuft - bereit nach ").append(bereitMs).append(" ms (JVM-Start bis erste UI-Seite ausgeliefert)\n\n");
        s.append("  UI       ").append(ui).append('\n');
        s.append("  API      ").append(api).append("/api\n");
        s.append("  OpenAPI  ").append(api).append("/swagger/").append(openApi).append('\n');
        s.append("  Health   ").append(api).append("/health\n");
        if (!demo.isEmpty()) {
            s.append("\n  Demo-Zugänge (Benutzername / Passwort - Rolle, Kreis):\n");
            for (DemoZugang z : demo) {
                s.append(String.format("    %-28s %-22s %s%s%n", z.benutzername(), z.passwort(), z.rolle(),
                        z.kreis() == null ? "" : ", " + z.kreis()));
            }
        }
        s.append("\n  Beenden mit Strg+C\n").append(linie).append('\n');
        return s.toString();
    }
}
