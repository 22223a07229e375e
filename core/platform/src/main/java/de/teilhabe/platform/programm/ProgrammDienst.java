package de.teilhabe.platform.programm;

import static de.teilhabe.platform.audit.Aenderungen.feld;

import de.teilhabe.platform.audit.Aenderungen;
import de.teilhabe.platform.audit.AuditProtokoll;
import de.teilhabe.platform.fehler.FachlicherFehler;
import de.teilhabe.platform.mandant.KreisTransaktion;
import de.teilhabe.platform.sicherheit.Nutzer;
import de.teilhabe.platform.sicherheit.Rolle;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.data.exceptions.OptimisticLockException;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The programs of a Kreis: the list with state and activation (every user of the Kreis; the operator
 * sees the state only), enabling — which first applies the program's migrations in the Kreis's schema —
 * and disabling, which never deletes data. Enabling and disabling need KI-Koordination or Kreis-Admin
 * and are written to the Kreis's audit log.
 */
@Singleton
public class ProgrammDienst {

    private final ProgrammHost host;
    private final Programmaufruf aufruf;
    private final ProgrammMigrationen migrationen;
    private final KreisTransaktion transaktion;
    private final ProgrammAktivierungRepository aktivierungen;
    private final AuditProtokoll audit;

    ProgrammDienst(ProgrammHost host, Programmaufruf aufruf, ProgrammMigrationen migrationen,
                   KreisTransaktion transaktion, ProgrammAktivierungRepository aktivierungen, AuditProtokoll audit) {
        this.host = host;
        this.aufruf = aufruf;
        this.migrationen = migrationen;
        this.transaktion = transaktion;
        this.aktivierungen = aktivierungen;
        this.audit = audit;
    }

    /** All programs of this server, plus programs the Kreis enabled whose plugin is missing now. */
    public List<ProgrammUebersicht> liste(Nutzer nutzer) {
        if (nutzer.kreisSlug() == null) {
            nutzer.mussBetreiberSein();
            return host.programme().stream().map(p -> ProgrammUebersicht.von(p, Optional.empty(), false)).toList();
        }
        Map<String, ProgrammAktivierung> imKreis = transaktion.lesen(nutzer.kreis(),
                () -> aktivierungen.listOrderByProgrammId()).stream()
                .collect(Collectors.toMap(ProgrammAktivierung::programmId, Function.identity()));
        List<ProgrammUebersicht> liste = new ArrayList<>();
        host.programme().forEach(p -> liste.add(ProgrammUebersicht.von(p, Optional.ofNullable(imKreis.remove(p.id())),
                true)));
        imKreis.values().forEach(a -> liste.add(ProgrammUebersicht.von(fehlt(a), Optional.of(a), true)));
        liste.sort(Comparator.comparing(ProgrammUebersicht::id));
        return liste;
    }

    /** Ids of the programs enabled in the user's Kreis, for features that ask "all programs of my Kreis". */
    public List<String> aktiveProgramme(Nutzer nutzer) {
        return transaktion.lesen(nutzer.kreis(), () -> aktivierungen.findByAktivOrderByProgrammId(true)).stream()
                .map(ProgrammAktivierung::programmId).toList();
    }

    /** Enables a started program for the user's Kreis; enabling an enabled program changes nothing. */
    public ProgrammUebersicht aktivieren(Nutzer nutzer, String programmId) {
        String kreis = nutzer.kreisMitRolle(Rolle.KI_KOORDINATION, Rolle.KREIS_ADMIN);
        GeladenesProgramm g = aufruf.verfuegbar(programmId);
        migrationen.fuerKreis(kreis, g);
        Programm programm = g.programm();
        return transaktion.schreiben(kreis, () -> {
            Optional<ProgrammAktivierung> alt = aktivierungen.findById(programmId);
            if (alt.isPresent() && alt.get().aktiv()) {
                return ProgrammUebersicht.von(programm, alt, true);
            }
            Instant jetzt = Instant.now();
            ProgrammAktivierung neu = speichern(alt.isPresent()
                    ? alt.get().aktiviert(nutzer.benutzername(), programm.version(), jetzt)
                    : ProgrammAktivierung.neu(programmId, nutzer.benutzername(), programm.version(), jetzt),
                    alt.isPresent());
            audit.kreis(nutzer.benutzername(), "PROGRAMM_AKTIVIERT", "Programm", programmId,
                    unterschied(alt.orElse(null), neu));
            return ProgrammUebersicht.von(programm, Optional.of(neu), true);
        });
    }

    /** Disables a program for the user's Kreis; its tables and data stay. Also works for a failed program. */
    public ProgrammUebersicht deaktivieren(Nutzer nutzer, String programmId) {
        String kreis = nutzer.kreisMitRolle(Rolle.KI_KOORDINATION, Rolle.KREIS_ADMIN);
        return transaktion.schreiben(kreis, () -> {
            ProgrammAktivierung alt = aktivierungen.findById(programmId).orElse(null);
            Programm programm = host.programm(programmId).orElseGet(() -> alt == null ? null : fehlt(alt));
            if (programm == null) {
                throw ProgrammFehler.unbekannt(programmId);
            }
            if (alt == null || !alt.aktiv()) {
                return ProgrammUebersicht.von(programm, Optional.ofNullable(alt), true);
            }
            ProgrammAktivierung neu = speichern(alt.deaktiviert(nutzer.benutzername(), Instant.now()), true);
            audit.kreis(nutzer.benutzername(), "PROGRAMM_DEAKTIVIERT", "Programm", programmId, unterschied(alt, neu));
            return ProgrammUebersicht.von(programm, Optional.of(neu), true);
        });
    }

    private ProgrammAktivierung speichern(ProgrammAktivierung aktivierung, boolean vorhanden) {
        try {
            return vorhanden ? aktivierungen.update(aktivierung) : aktivierungen.save(aktivierung);
        } catch (OptimisticLockException e) {
            throw FachlicherFehler.veraltet();
        } catch (DataAccessException e) {
            // two users enabled the same program at the same moment: the other one won
            throw FachlicherFehler.veraltet();
        }
    }

    private static Programm fehlt(ProgrammAktivierung a) {
        return Programm.fehlgeschlagen(a.programmId(), a.pluginVersion(), "",
                "Das Plugin „" + a.programmId() + "“ ist auf diesem Server nicht installiert.");
    }

    private static Map<String, Object> unterschied(ProgrammAktivierung alt, ProgrammAktivierung neu) {
        return Aenderungen.zwischen(alt, neu, feld("aktiv", ProgrammAktivierung::aktiv),
                feld("pluginVersion", ProgrammAktivierung::pluginVersion));
    }
}
