package de.teilhabe.platform.gremium;

import de.teilhabe.platform.sicherheit.Nutzer;
import de.teilhabe.platform.sicherheit.Rolle;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Demo Gremien for a demo Kreis: the steering structure of each enabled program from {@link DemoVorlagen}, the
 * managing office (KI) in each, and for the Rhein-Kreis Neuss the Lenkungsgruppe's composition of seed 004, the
 * Bündniskerngruppe of seed 001 and one Anliegen traced from the AG Fallebene to the Lenkungsgruppe and back;
 * for Kreis Coesfeld the Jobcenter shares the managing office (seed 003).
 * Idempotent: what exists is left alone, so it can run at every start.
 */
@Singleton
public class GremienDemo {


    private final GremienVorlagenDienst vorlagen;
    private final GremienDienst gremien;
    private final MitgliedschaftenDienst mitgliedschaften;
    private final PersonenDienst personen;
    private final DemoRkn rkn;

    GremienDemo(GremienVorlagenDienst vorlagen, GremienDienst gremien, MitgliedschaftenDienst mitgliedschaften,
                PersonenDienst personen, DemoRkn rkn) {
        this.vorlagen = vorlagen;
        this.gremien = gremien;
        this.mitgliedschaften = mitgliedschaften;
        this.personen = personen;
        this.rkn = rkn;
    }

    /**
     * @param kreisSlug  the demo Kreis, e.g. {@code rhein-kreis-neuss} (must be onboarded)
     * @param kreisName  its name, e.g. „Rhein-Kreis Neuss“ (used in organisation names)
     * @param programme  the program ids enabled there ({@code kim}, {@code durchstarten}, {@code gemeinsam-klappts})
     * @param kiKonto    the Kreis's KI-Koordination demo account (e.g. {@code rkn.ki}): its person gets the
     *                   demo tasks, so "meine Aufträge" shows something; may be {@code null}
     */
    public void anlegen(String kreisSlug, String kreisName, Collection<String> programme, @Nullable String kiKonto) {
        Nutzer demo = new Nutzer(UUID.randomUUID(), "demo-daten", "Demo-Daten", kreisSlug, kreisName,
                Set.of(Rolle.KI_KOORDINATION));
        Person ki = person(demo, "Koordinierende Stelle KI (Demo)", kiKonto);
        for (String programm : programme) {
            List<GremiumVorlage> liste = DemoVorlagen.fuer(programm);
            if (liste.isEmpty()) {
                continue;
            }
            List<Gremium> angelegt = vorlagen.anlegen(demo, new VorlagenAntrag(DemoVorlagen.konstituiertAm(programm),
                    liste));
            for (Gremium g : angelegt) {
                if (gremien.ansicht(demo, g.id()).mitglieder().isEmpty()) {
                    besetzen(demo, kreisName, programm, g, ki);
                }
            }
        }
        if (istRkn(kreisName) && programme.contains("kim")) {
            rkn.anliegenVerlauf(demo, ki);
        }
    }

    private void besetzen(Nutzer demo, String kreisName, String programm, Gremium g, Person ki) {
        GremiumAnsicht ansicht = gremien.ansicht(demo, g.id());
        SitzAnsicht gf = ansicht.sitze().stream().filter(s -> s.rolle() == Mitgliedsrolle.GESCHAEFTSFUEHRUNG).findFirst()
                .orElse(null);
        mitgliedschaften.anlegen(demo, g.id(), new MitgliedschaftDaten(ki.id(), gf == null ? null : gf.id(),
                Mitgliedsrolle.GESCHAEFTSFUEHRUNG, "Koordinierende Stelle",
                "Kommunales Integrationszentrum " + kreisName, Organisationsart.KREISVERWALTUNG, null,
                g.konstituiertAm(), null));
        if (kreisName.startsWith("Kreis Coesfeld") && g.typ() == GremiumTyp.BUENDNISKERNGRUPPE) {
            mitgliedschaften.anlegen(demo, g.id(), new MitgliedschaftDaten(null, null,
                    Mitgliedsrolle.GESCHAEFTSFUEHRUNG, "Geschäftsführende Stelle gemeinsam mit dem KI",
                    "Jobcenter Kreis Coesfeld", Organisationsart.BEHOERDE, null, g.konstituiertAm(), null));
        }
        if (istRkn(kreisName)) {
            rkn.besetzen(demo, programm, g, ansicht.sitze());
        }
    }

    private Person person(Nutzer demo, String name, @Nullable String konto) {
        return personen.liste(demo).stream().filter(p -> p.name().equals(name)).findFirst()
                .orElseGet(() -> personen.anlegen(demo, new PersonDaten(name, null, null, konto)));
    }

    /** The seeds' Kreis is recognised by its name (tests onboard it under other slugs). */
    private static boolean istRkn(String kreisName) {
        return kreisName.startsWith("Rhein-Kreis Neuss");
    }

    static LocalDate tag(int jahr, int monat, int tag) {
        return LocalDate.of(jahr, monat, tag);
    }
}
