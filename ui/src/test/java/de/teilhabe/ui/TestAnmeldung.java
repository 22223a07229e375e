package de.teilhabe.ui;

import de.teilhabe.platform.benutzer.BenutzerDaten;
import de.teilhabe.platform.benutzer.Benutzerverwaltung;
import de.teilhabe.platform.benutzer.Konto;
import de.teilhabe.platform.sicherheit.Anmeldung;
import de.teilhabe.platform.sicherheit.Nutzer;
import de.teilhabe.platform.testing.TestKreise;
import de.teilhabe.ui.sitzung.Sitzung;
import io.micronaut.context.ApplicationContext;
import java.util.UUID;

/**
 * Signs a user in to a browserless (mocked) Vaadin session the way the sign-in page does. The UI confirms the
 * account at every request, so a Kreis user is a real account with exactly the given roles — created (or its roles
 * set) by the Kreis admin when needed.
 */
public final class TestAnmeldung {
    private TestAnmeldung() {
    }

    public static void anmelden(ApplicationContext kontext, Nutzer nutzer) {
        UUID id = nutzer.kreisSlug() == null ? nutzer.id() : konto(kontext, nutzer).id();
        Anmeldung anmeldung = kontext.getBean(Anmeldung.class);
        String stand = anmeldung.anmeldestand(id);
        Sitzung.anmelden(anmeldung.nutzer(id, stand).orElseThrow(), stand, 30);
    }

    private static Konto konto(ApplicationContext kontext, Nutzer nutzer) {
        Benutzerverwaltung verwaltung = kontext.getBean(Benutzerverwaltung.class);
        Nutzer admin = TestKreise.admin(kontext, nutzer.kreisSlug());
        Konto konto = verwaltung.liste(admin).stream().filter(k -> k.benutzername().equals(nutzer.benutzername()))
                .findFirst().orElseGet(() -> verwaltung.anlegen(admin, new BenutzerDaten(nutzer.benutzername(),
                        nutzer.anzeigename(), nutzer.rollen(), true, "Oberflaeche-ohne-Browser-42")));
        if (konto.rollen().equals(nutzer.rollen())) {
            return konto;
        }
        return verwaltung.aendern(admin, konto.id(), konto.version(), new BenutzerDaten(konto.benutzername(),
                konto.anzeigename(), nutzer.rollen(), true, null));
    }
}
