package de.teilhabe.platform.teilnehmer;

import de.teilhabe.platform.audit.AuditProtokoll;
import de.teilhabe.platform.fehler.FachlicherFehler;
import de.teilhabe.platform.fehler.Feldfehler;
import de.teilhabe.platform.mandant.KreisTransaktion;
import de.teilhabe.platform.programm.Programmaufruf;
import de.teilhabe.platform.sicherheit.Nutzer;
import de.teilhabe.platform.sicherheit.Rolle;
import de.teilhabe.plugin.api.feld.Fallfelder;
import de.teilhabe.plugin.api.feld.Fallphase;
import de.teilhabe.plugin.api.feld.Felddefinition;
import de.teilhabe.plugin.api.feld.Validierungsfehler;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;

/**
 * The program plugins' extra case fields of a participant: for every program the person takes part in, the
 * fields the plugin declares (case steps intake, care and de-registration), with the stored values. Saving asks
 * the plugin to validate the values first; nothing is stored while it reports errors. Reading is audited as
 * {@code GELESEN}; a change with the keys changed, not the values.
 */
@Singleton
public class Programmfelder {

    private static final Rolle[] LESEN = {Rolle.KI_KOORDINATION, Rolle.CASE_MANAGEMENT, Rolle.KREIS_ADMIN};
    private static final Rolle[] SCHREIBEN = {Rolle.KI_KOORDINATION, Rolle.CASE_MANAGEMENT};

    private final KreisTransaktion transaktion;
    private final TeilnehmerTabellen tabellen;
    private final Verlaufstabellen verlauf;
    private final Programmaufruf aufruf;
    private final AuditProtokoll audit;

    Programmfelder(KreisTransaktion transaktion, TeilnehmerTabellen tabellen, Verlaufstabellen verlauf,
                   Programmaufruf aufruf, AuditProtokoll audit) {
        this.transaktion = transaktion;
        this.tabellen = tabellen;
        this.verlauf = verlauf;
        this.aufruf = aufruf;
        this.audit = audit;
    }

    /** The extra fields per program of the person (programs whose plugin declares none are left out). */
    public Map<String, List<Programmfeld>> felder(Nutzer nutzer, UUID teilnehmerId) {
        return transaktion.schreiben(nutzer.kreisMitRolle(LESEN), () -> {
            audit.person(nutzer.benutzername(), "GELESEN", TeilnehmerDienst.OBJEKT, teilnehmerId,
                    List.of("programmfelder"));
            Map<String, List<Programmfeld>> ergebnis = new LinkedHashMap<>();
            for (Programmteilnahme p : programme(teilnehmerId)) {
                Map<String, String> werte = werte(teilnehmerId, p.programm());
                List<Programmfeld> felder = definitionen(p.programm()).stream()
                        .map(d -> Programmfeld.von(d, werte.get(d.schluessel()))).toList();
                if (!felder.isEmpty()) {
                    ergebnis.put(p.programm(), felder);
                }
            }
            return ergebnis;
        });
    }

    /** Stores the values of one program's fields (blank = no value) after the plugin validated them. */
    public Map<String, List<Programmfeld>> speichern(Nutzer nutzer, UUID teilnehmerId, String programm,
                                                      Map<String, String> werte) {
        String kreis = nutzer.kreisMitRolle(SCHREIBEN);
        transaktion.schreiben(kreis, () -> {
            if (programme(teilnehmerId).stream().noneMatch(p -> p.programm().equals(programm))) {
                throw FachlicherFehler.ungueltig("programm", "teilnehmer.programmfeld.programm", programm);
            }
            List<Felddefinition> definitionen = definitionen(programm);
            Map<String, String> neu = new LinkedHashMap<>();
            definitionen.forEach(d -> {
                String wert = werte.get(d.schluessel());
                if (wert != null && !wert.isBlank()) {
                    neu.put(d.schluessel(), wert.strip());
                }
            });
            List<Validierungsfehler> befunde = aufruf.rufe(programm, Fallfelder.class,
                    erweiterungen -> erweiterungen.stream().flatMap(f -> f.validiere(neu).stream()).toList());
            if (!befunde.isEmpty()) {
                throw FachlicherFehler.ungueltig(befunde.stream().map(v -> Feldfehler.von(v.feld(),
                        "teilnehmer.programmfeld.ungueltig", v.meldung())).toList());
            }
            Map<String, String> alt = werte(teilnehmerId, programm);
            tabellen.programmfelderErsetzen(teilnehmerId, programm, neu);
            TreeSet<String> geaendert = new TreeSet<>();
            neu.forEach((k, v) -> {
                if (!v.equals(alt.get(k))) {
                    geaendert.add(k);
                }
            });
            alt.keySet().stream().filter(k -> !neu.containsKey(k)).forEach(geaendert::add);
            audit.person(nutzer.benutzername(), "PROGRAMMFELDER_GEAENDERT", TeilnehmerDienst.OBJEKT, teilnehmerId,
                    geaendert);
        });
        return felder(nutzer, teilnehmerId);
    }

    private List<Programmteilnahme> programme(UUID teilnehmerId) {
        Teilnehmer t = tabellen.teilnehmer(teilnehmerId)
                .orElseThrow(() -> FachlicherFehler.nichtGefunden("teilnehmer.nicht.gefunden"));
        return verlauf.verlauf(teilnehmerId, t.geburtsdatum()).teilnahmen();
    }

    /** The case fields of a program (not its per-Kreis settings); none if the plugin declares none. */
    private List<Felddefinition> definitionen(String programm) {
        return aufruf.rufe(programm, Fallfelder.class, erweiterungen -> {
            List<Felddefinition> alle = new ArrayList<>();
            erweiterungen.forEach(f -> f.felder().stream().filter(d -> d.phase() != Fallphase.EINSTELLUNG)
                    .forEach(alle::add));
            return alle;
        });
    }

    private Map<String, String> werte(UUID teilnehmerId, String programm) {
        return tabellen.programmfelder(teilnehmerId, programm);
    }
}
