package de.teilhabe.platform.demo;

import de.teilhabe.platform.bericht.RknStichtag31032021;
import de.teilhabe.platform.bericht.RknVorlage;
import de.teilhabe.platform.finanzierung.FinanzierungDemo;
import de.teilhabe.platform.gremium.GremienDemo;
import de.teilhabe.platform.kreis.ErsterAdmin;
import de.teilhabe.platform.kreis.KreisVerwaltung;
import de.teilhabe.platform.kreis.OnboardingAntrag;
import de.teilhabe.platform.mandant.Mandant;
import de.teilhabe.platform.mandant.MandantRepository;
import de.teilhabe.platform.programm.ProgrammDienst;
import de.teilhabe.platform.programm.ProgrammHost;
import de.teilhabe.platform.programm.Programm;
import de.teilhabe.platform.sicherheit.Benutzer;
import de.teilhabe.platform.sicherheit.BenutzerRepository;
import de.teilhabe.platform.sicherheit.Nutzer;
import de.teilhabe.platform.sicherheit.Passwoerter;
import de.teilhabe.platform.sicherheit.Passwortregeln;
import de.teilhabe.platform.sicherheit.Rolle;
import de.teilhabe.platform.stelle.StellenDemo;
import de.teilhabe.platform.teilnehmer.TeilnehmerDemo;
import de.teilhabe.platform.zielgruppenbasis.ZielgruppenbasisDemo;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Seeds the three demo Kreise, one demo account per role, the programs each Kreis runs (as far as their
 * plugins are installed), the Rhein-Kreis Neuss's Maßnahmen of 31.03.2021, the funding, posts, target-group
 * base and Gremien the council papers name, and fictitious participants (the Rhein-Kreis Neuss: its case numbers
 * of 31.03.2021; the others: twelve each); does nothing for what already exists.
 */
@Singleton
public class DemoDaten {

    public static final String PASSWORT = "demo-teilhabe";
    private static final Logger LOG = LoggerFactory.getLogger(DemoDaten.class);

    private final KreisVerwaltung kreise;
    private final MandantRepository mandanten;
    private final BenutzerRepository benutzer;
    private final Passwoerter passwoerter;
    private final ProgrammHost host;
    private final ProgrammDienst programme;
    private final RknMassnahmen rknMassnahmen;
    private final FinanzierungDemo finanzierung;
    private final StellenDemo stellen;
    private final GremienDemo gremien;
    private final TeilnehmerDemo teilnehmer;
    private final DemoTraegerKonto traegerKonto;
    private final RknStichtag31032021 rknStichtag;
    private final ZielgruppenbasisDemo zielgruppenbasis;
    private final RknVorlage rknVorlage;

    DemoDaten(KreisVerwaltung kreise, MandantRepository mandanten, BenutzerRepository benutzer,
              Passwoerter passwoerter, ProgrammHost host, ProgrammDienst programme, RknMassnahmen rknMassnahmen,
              FinanzierungDemo finanzierung, StellenDemo stellen, GremienDemo gremien,
              TeilnehmerDemo teilnehmer, DemoTraegerKonto traegerKonto, RknStichtag31032021 rknStichtag,
              ZielgruppenbasisDemo zielgruppenbasis, RknVorlage rknVorlage) {
        this.kreise = kreise;
        this.mandanten = mandanten;
        this.benutzer = benutzer;
        this.passwoerter = passwoerter;
        this.host = host;
        this.programme = programme;
        this.rknMassnahmen = rknMassnahmen;
        this.finanzierung = finanzierung;
        this.stellen = stellen;
        this.gremien = gremien;
        this.teilnehmer = teilnehmer;
        this.traegerKonto = traegerKonto;
        this.rknStichtag = rknStichtag;
        this.zielgruppenbasis = zielgruppenbasis;
        this.rknVorlage = rknVorlage;
    }

    public void anlegen() {
        Nutzer system = new Nutzer(UUID.randomUUID(), "demo-daten", "Demo-Daten", null, null, Set.of(Rolle.BETREIBER));
        for (DemoKreis kreis : DemoKreis.values()) {
            if (!mandanten.existsBySlug(kreis.slug)) {
                kreise.onboarden(system, new OnboardingAntrag(kreis.slug, kreis.name, kreis.kommunen(),
                        new ErsterAdmin(DemoZugaenge.benutzername(kreis, Rolle.KREIS_ADMIN), "Kreis-Admin " + kreis.name, PASSWORT)));
            }
            weitereKonten(kreis);
            Nutzer ki = new Nutzer(UUID.randomUUID(), "demo-daten", "Demo-Daten", kreis.slug, kreis.name,
                    Set.of(Rolle.KI_KOORDINATION));
            List<String> installiert = kreis.programme.stream().filter(this::installiert).toList();
            installiert.forEach(p -> programme.aktivieren(ki, p));
            if (kreis == DemoKreis.RKN && installiert.contains("durchstarten")) {
                rknMassnahmen.anlegen(ki);
            }
            if (installiert.contains("durchstarten")) {
                finanzierung.anlegen(kreis.slug);
            }
            if (installiert.contains("gemeinsam-klappts")) {
                stellen.anlegen(kreis.slug);
                zielgruppenbasis.anlegen(kreis.slug);
                String cm = DemoZugaenge.benutzername(kreis, Rolle.CASE_MANAGEMENT);
                if (kreis == DemoKreis.RKN && installiert.contains("durchstarten")) {
                    rknStichtag.anlegen(kreis.slug, cm); // the 204 people of 31.03.2021 instead of the twelve
                    rknVorlage.anlegen(kreis.slug, kreis.name);
                } else {
                    teilnehmer.anlegen(kreis.slug, kreis.name, cm);
                }
                traegerKonto.anlegen(kreis);
            }
            gremien.anlegen(kreis.slug, kreis.name, installiert, DemoZugaenge.benutzername(kreis, Rolle.KI_KOORDINATION));
        }
    }

    private boolean installiert(String programmId) {
        boolean da = host.programm(programmId).filter(Programm::istGestartet).isPresent();
        if (!da) {
            LOG.warn("Demo-Daten: Programm '{}' ist nicht installiert; seine Demo-Daten fehlen", programmId);
        }
        return da;
    }

    @Transactional
    void weitereKonten(DemoKreis kreis) {
        Mandant mandant = mandanten.findBySlug(kreis.slug).orElseThrow();
        DemoZugaenge.KREISROLLEN.forEach(rolle -> {
            String name = DemoZugaenge.benutzername(kreis, rolle);
            if (benutzer.imKreis(mandant.id(), name).isEmpty()) {
                Passwortregeln.verstoss(PASSWORT, name, kreis.name).ifPresent(code -> {
                    throw new IllegalStateException("Demo-Passwort verletzt " + code + " für " + name);
                });
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
