package de.teilhabe.platform.demo;

import de.teilhabe.platform.kreis.ErsterAdmin;
import de.teilhabe.platform.kreis.KreisVerwaltung;
import de.teilhabe.platform.kreis.OnboardingAntrag;
import de.teilhabe.platform.mandant.Mandant;
import de.teilhabe.platform.mandant.MandantRepository;
import de.teilhabe.platform.sicherheit.Benutzer;
import de.teilhabe.platform.sicherheit.BenutzerRepository;
import de.teilhabe.platform.sicherheit.Nutzer;
import de.teilhabe.platform.sicherheit.Passwoerter;
import de.teilhabe.platform.sicherheit.Rolle;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.Set;
import java.util.UUID;

/** Seeds the three demo Kreise and one demo account per role; does nothing for what already exists. */
@Singleton
public class DemoDaten {

    public static final String PASSWORT = "demo-teilhabe";

    private final KreisVerwaltung kreise;
    private final MandantRepository mandanten;
    private final BenutzerRepository benutzer;
    private final Passwoerter passwoerter;

    DemoDaten(KreisVerwaltung kreise, MandantRepository mandanten, BenutzerRepository benutzer,
              Passwoerter passwoerter) {
        this.kreise = kreise;
        this.mandanten = mandanten;
        this.benutzer = benutzer;
        this.passwoerter = passwoerter;
    }

    public void anlegen() {
        Nutzer system = new Nutzer(UUID.randomUUID(), "demo-daten", "Demo-Daten", null, null, Set.of(Rolle.BETREIBER));
        for (DemoKreis kreis : DemoKreis.values()) {
            if (!mandanten.existsBySlug(kreis.slug)) {
                kreise.onboarden(system, new OnboardingAntrag(kreis.slug, kreis.name, kreis.kommunen(),
                        new ErsterAdmin(DemoZugaenge.benutzername(kreis, Rolle.KREIS_ADMIN), "Kreis-Admin " + kreis.name, PASSWORT)));
            }
            weitereKonten(kreis);
        }
    }

    @Transactional
    void weitereKonten(DemoKreis kreis) {
        Mandant mandant = mandanten.findBySlug(kreis.slug).orElseThrow();
        DemoZugaenge.KREISROLLEN.forEach(rolle -> {
            String name = DemoZugaenge.benutzername(kreis, rolle);
            if (!benutzer.existsByBenutzername(name)) {
                benutzer.save(Benutzer.neu(name, anzeigename(rolle) + " " + kreis.name, passwoerter.hash(PASSWORT),
                        mandant.id(), Set.of(rolle)));
            }
        });
    }

    private static String anzeigename(Rolle rolle) {
        return switch (rolle) {
            case KREIS_ADMIN -> "Kreis-Admin";
            case KI_KOORDINATION -> "KI-Koordination";
            case CASE_MANAGEMENT -> "Case-Management";
            case MASSNAHMETRAEGER -> "Maßnahmeträger";
            case GREMIUM_LESERECHT -> "Gremium";
            case BETREIBER -> "Betrieb";
        };
    }
}
