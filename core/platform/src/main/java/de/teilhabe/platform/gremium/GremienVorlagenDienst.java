package de.teilhabe.platform.gremium;

import de.teilhabe.platform.audit.AuditProtokoll;
import de.teilhabe.platform.fehler.Eingabepruefung;
import de.teilhabe.platform.fehler.FachlicherFehler;
import de.teilhabe.platform.fehler.Geprueft;
import de.teilhabe.platform.kommune.Kommune;
import de.teilhabe.platform.kommune.KommunenDienst;
import de.teilhabe.platform.mandant.KreisTransaktion;
import de.teilhabe.platform.programm.Programm;
import de.teilhabe.platform.programm.ProgrammDienst;
import de.teilhabe.platform.programm.ProgrammHost;
import de.teilhabe.platform.programm.Programmaufruf;
import de.teilhabe.platform.sicherheit.Nutzer;
import de.teilhabe.plugin.api.gremium.GremienVorlagen;
import de.teilhabe.plugin.api.gremium.Gremiumvorlage;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Creates Gremien from program templates: with their seats (one per Kommune where the template says so) and
 * the parent resolved by template key or by name. Idempotent per template key. The templates come from the
 * request or from the {@link GremienVorlagen} extensions of a program plugin enabled in the user's Kreis.
 */
@Singleton
@Geprueft
public class GremienVorlagenDienst {

    private final KreisTransaktion transaktion;
    private final GremienDienst gremienDienst;
    private final GremiumRepository gremien;
    private final SitzRepository sitze;
    private final KommunenDienst kommunen;
    private final AuditProtokoll audit;
    private final ProgrammDienst programme;
    private final ProgrammHost host;
    private final Programmaufruf aufruf;
    private final Eingabepruefung eingabe;

    GremienVorlagenDienst(KreisTransaktion transaktion, GremienDienst gremienDienst, GremiumRepository gremien,
                          SitzRepository sitze, KommunenDienst kommunen, AuditProtokoll audit,
                          ProgrammDienst programme, ProgrammHost host, Programmaufruf aufruf,
                          Eingabepruefung eingabe) {
        this.transaktion = transaktion;
        this.gremienDienst = gremienDienst;
        this.gremien = gremien;
        this.sitze = sitze;
        this.kommunen = kommunen;
        this.audit = audit;
        this.programme = programme;
        this.host = host;
        this.aufruf = aufruf;
        this.eingabe = eingabe;
    }

    /**
     * The Gremium templates of a program enabled in the user's Kreis, parents before children, as a preview
     * before {@link #ausProgramm}.
     *
     * @throws FachlicherFehler {@code gremium.programm.nicht.aktiv} (400, field {@code programm}) if the program
     *         is not enabled in the Kreis; the errors of {@link Programmaufruf#rufe} if the plugin fails
     */
    public List<GremiumVorlage> vorlagen(Nutzer nutzer, String programmId) {
        nutzer.kreisMitRolle(GremienRechte.LESEN);
        return ausPlugin(nutzer, programmId);
    }

    /**
     * Creates all Gremien of a program enabled in the user's Kreis from its plugin's templates, constituted on
     * {@code antrag.konstituiertAm()}; Gremien created from the same templates before are returned, not created again.
     *
     * @throws FachlicherFehler as {@link #vorlagen}
     */
    public List<Gremium> ausProgramm(Nutzer nutzer, ProgrammAntrag antrag) {
        nutzer.kreisMitRolle(GremienRechte.SCHREIBEN);
        return anlegen(nutzer, new VorlagenAntrag(antrag.konstituiertAm(), ausPlugin(nutzer, antrag.programm())));
    }

    /** One Gremium from a template, constituted on {@code konstituiertAm}; an existing one for the key is returned. */
    public Gremium anlegen(Nutzer nutzer, GremiumVorlage vorlage, LocalDate konstituiertAm) {
        return anlegen(nutzer, new VorlagenAntrag(konstituiertAm, List.of(vorlage))).get(0);
    }

    /**
     * Several Gremien in one transaction, parents before children (all or none). The request is checked against its
     * constraints here too, as the templates may come from a plugin and the calls above reach this method directly.
     */
    public List<Gremium> anlegen(Nutzer nutzer, VorlagenAntrag antrag) {
        String kreis = nutzer.kreisMitRolle(GremienRechte.SCHREIBEN);
        eingabe.pruefen(antrag);
        List<GremiumVorlage> vorlagen = antrag.vorlagenOderLeer();
        List<String> kommunenNamen = kommunen.liste(nutzer).stream().map(Kommune::name).toList();
        return transaktion.schreiben(kreis, () -> {
            List<Gremium> ergebnis = new ArrayList<>();
            for (GremiumVorlage v : vorlagen) {
                ergebnis.add(gremien.findByVorlage(v.schluessel())
                        .orElseGet(() -> neu(nutzer.benutzername(), v, antrag.konstituiertAm(), kommunenNamen)));
            }
            return ergebnis;
        });
    }

    private Gremium neu(String wer, GremiumVorlage v, LocalDate konstituiertAm, List<String> kommunenNamen) {
        UUID oben = v.uebergeordnet() == null ? null : oberes(v).map(Gremium::id).orElseThrow(() ->
                FachlicherFehler.ungueltig("uebergeordnet", "gremium.vorlage.oberes.fehlt", v.uebergeordnet()));
        Gremium g = gremienDienst.anlegen(wer, UUID.randomUUID(), new GremiumDaten(v.name(), v.typ(), v.ebene(),
                v.programme(), oben, v.zweck(), v.aufgaben(), v.rhythmus(), konstituiertAm, null), v.schluessel());
        int position = 0;
        for (Sitzvorlage s : v.sitze()) {
            List<String> funktionen = s.jeKommune()
                    ? kommunenNamen.stream().map(k -> s.funktion() + " – " + k).toList()
                    : List.of(s.funktion());
            for (String funktion : funktionen) {
                Sitz sitz = sitze.save(new Sitz(UUID.randomUUID(), g.id(), ++position, s.rolle(), funktion,
                        s.nachThema(), 0L));
                audit.kreis(wer, "ANGELEGT", "Sitz", sitz.id(), Map.of("gremiumId", g.id().toString(),
                        "rolle", sitz.rolle().name(), "funktion", funktion));
            }
        }
        return g;
    }

    private Optional<Gremium> oberes(GremiumVorlage v) {
        Optional<Gremium> perSchluessel = gremien.findByVorlage(v.uebergeordnet());
        if (perSchluessel.isPresent()) {
            return perSchluessel;
        }
        return gremien.listOrderByName().stream()
                .filter(g -> g.name().equalsIgnoreCase(v.uebergeordnet()) && g.teiltProgrammMit(v.programme()))
                .findFirst();
    }

    private List<GremiumVorlage> ausPlugin(Nutzer nutzer, String programmId) {
        if (programmId == null || programmId.isBlank()) {
            throw FachlicherFehler.ungueltig("programm", "pflichtfeld");
        }
        if (!programme.aktiveProgramme(nutzer).contains(programmId)) {
            throw FachlicherFehler.ungueltig("programm", "gremium.programm.nicht.aktiv",
                    host.programm(programmId).map(Programm::name).orElse(programmId));
        }
        List<Gremiumvorlage> ausDemPlugin = aufruf.rufe(programmId, GremienVorlagen.class,
                erweiterungen -> erweiterungen.stream().flatMap(e -> e.gremien().stream()).toList());
        return PluginVorlagen.von(programmId, ausDemPlugin);
    }
}
