package de.teilhabe.platform.demo;

import de.teilhabe.platform.sicherheit.Betreiberkonto;
import de.teilhabe.platform.sicherheit.Rolle;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The demo accounts: the operator and, per demo Kreis, one account per role (e.g. {@code rkn.admin}). */
@Singleton
public class DemoZugaenge {

    static final List<Rolle> KREISROLLEN = List.of(Rolle.KREIS_ADMIN, Rolle.KI_KOORDINATION, Rolle.CASE_MANAGEMENT,
            Rolle.MASSNAHMETRAEGER, Rolle.GREMIUM_LESERECHT);
    private static final Map<Rolle, String> KURZ = Map.of(
            Rolle.KREIS_ADMIN, "admin",
            Rolle.KI_KOORDINATION, "ki",
            Rolle.CASE_MANAGEMENT, "cm",
            Rolle.MASSNAHMETRAEGER, "traeger",
            Rolle.GREMIUM_LESERECHT, "gremium");

    /** Shown instead of the operator's password when it was configured (a configured secret is never printed). */
    public static final String KONFIGURIERTES_PASSWORT = "(TEILHABE_BETREIBER_PASSWORT)";

    private final boolean aktiv;
    private final boolean betreiberPasswortKonfiguriert;

    DemoZugaenge(@Value("${teilhabe.demo:false}") boolean aktiv,
                 @Value("${teilhabe.betreiber.passwort:}") String betreiberPasswort) {
        this.aktiv = aktiv;
        this.betreiberPasswortKonfiguriert = betreiberPasswort != null && !betreiberPasswort.isBlank();
    }

    static String benutzername(DemoKreis kreis, Rolle rolle) {
        return kreis.kuerzel + "." + KURZ.get(rolle);
    }

    /** The demo logins to print at start; empty when demo data is off. */
    public List<DemoZugang> zugaenge() {
        List<DemoZugang> liste = new ArrayList<>();
        if (!aktiv) {
            return liste;
        }
        liste.add(new DemoZugang(Betreiberkonto.BENUTZERNAME,
                betreiberPasswortKonfiguriert ? KONFIGURIERTES_PASSWORT : DemoDaten.PASSWORT, Rolle.BETREIBER.name(), "–"));
        for (DemoKreis kreis : DemoKreis.values()) {
            for (Rolle rolle : KREISROLLEN) {
                liste.add(new DemoZugang(benutzername(kreis, rolle), DemoDaten.PASSWORT, rolle.name(), kreis.name));
            }
        }
        return liste;
    }
}
