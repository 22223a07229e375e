package de.teilhabe.platform.teilnehmer;

import de.teilhabe.platform.audit.AuditProtokoll;
import de.teilhabe.platform.fehler.FachlicherFehler;
import de.teilhabe.platform.fehler.Feldfehler;
import de.teilhabe.platform.fehler.Meldungen;
import de.teilhabe.platform.mandant.KreisTransaktion;
import de.teilhabe.platform.sicherheit.Nutzer;
import de.teilhabe.platform.sicherheit.Rolle;
import jakarta.inject.Singleton;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.exception.DataAccessException;

/**
 * Imports an office's existing list of participants (CSV or XLSX, see {@link Importdatei} and
 * {@link Importspalte}). A list with the column „Vorgang“ replays a history — intakes, moves, status changes,
 * assignments, de-registrations, re-admissions — and is {@link Verlaufsimport}'s. A list without it is a list of
 * intakes of new people, as before: every row is checked exactly like an intake ({@link TeilnehmerAufnahme#aufnahmePruefen}:
 * input rules, the program's target-group verdict, documented exceptions) and against duplicates — stored
 * participants and earlier rows, by names ignoring case, birth date and Kommune. {@link #pruefen} writes
 * nothing; {@link #importieren} is all or nothing: with any row error nothing is written, otherwise all rows in
 * one Kreis transaction with {@code IMPORTIERT} audit entries per person and for the list. Rights as for an
 * intake: KI-Koordination and Case-Management. File-level problems (format, encoding, missing columns) are thrown as
 * {@link FachlicherFehler}s on field {@code datei}; row problems are in the {@link Importbericht}.
 */
@Singleton
public class TeilnehmerImport {

    private static final Rolle[] SCHREIBEN = {Rolle.KI_KOORDINATION, Rolle.CASE_MANAGEMENT};

    private final TeilnehmerAufnahme aufnahmedienst;
    private final KreisTransaktion transaktion;
    private final TeilnehmerImportTabellen tabellen;
    private final Verlaufsimport verlaufsimport;
    private final AuditProtokoll audit;

    TeilnehmerImport(TeilnehmerAufnahme aufnahmedienst, KreisTransaktion transaktion, TeilnehmerImportTabellen tabellen,
                     Verlaufsimport verlaufsimport, AuditProtokoll audit) {
        this.aufnahmedienst = aufnahmedienst;
        this.transaktion = transaktion;
        this.tabellen = tabellen;
        this.verlaufsimport = verlaufsimport;
        this.audit = audit;
    }

    /** Dry run: the report an import of this file would give now; nothing is written. */
    public Importbericht pruefen(Nutzer nutzer, String dateiname, byte[] inhalt, Importoptionen optionen) {
        return lauf(nutzer, dateiname, inhalt, optionen, false);
    }

    /** Imports all rows in one transaction, or — if any row has an error — nothing. */
    public Importbericht importieren(Nutzer nutzer, String dateiname, byte[] inhalt, Importoptionen optionen) {
        return lauf(nutzer, dateiname, inhalt, optionen, true);
    }

    private Importbericht lauf(Nutzer nutzer, String dateiname, byte[] inhalt, Importoptionen optionen,
                               boolean schreiben) {
        String kreis = nutzer.kreisMitRolle(SCHREIBEN);
        Importoptionen o = optionen == null ? Importoptionen.standard() : optionen;
        if (inhalt == null || inhalt.length == 0) {
            throw FachlicherFehler.ungueltig("datei", "import.leer");
        }
        Importdatei.Inhalt datei = Importdatei.lesen(dateiname, inhalt);
        TeilnehmerAufnahme.Aufnahmerahmen rahmen = aufnahmedienst.rahmen(nutzer);
        String vorgabe = vorgabeProgramm(o, rahmen);
        if (datei.spalten().contains(Importspalte.VORGANG)) {
            return verlaufsimport.lauf(kreis, dateiname, datei, rahmen, vorgabe, schreiben);
        }
        List<String> fehlend = java.util.Arrays.stream(Importspalte.values())
                .filter(s -> s.pflicht() && !datei.spalten().contains(s))
                .filter(s -> s != Importspalte.PROGRAMM || vorgabe == null)
                .map(Importspalte::titel).toList();
        if (!fehlend.isEmpty()) {
            throw FachlicherFehler.ungueltig("datei", "import.spalten.fehlen", String.join(", ", fehlend));
        }
        Durchgang d = new Durchgang(rahmen, vorgabe, o.duplikateUeberspringen());
        if (!schreiben) {
            return transaktion.lesen(kreis, () -> d.pruefen(datei).bericht(dateiname, false));
        }
        return transaktion.schreiben(kreis, () -> {
            d.pruefen(datei);
            if (d.blockiert) {
                return d.bericht(dateiname, false);
            }
            try {
                tabellen.anlegen(d.aufnahmen, nutzer.benutzername());
            } catch (DataAccessException e) {
                if (eindeutigVerletzt(e)) {
                    // a participant stored meanwhile by someone else: the unique index stops the whole import
                    throw FachlicherFehler.ungueltig("datei", "teilnehmer.doppelt");
                }
                throw e;
            }
            Importbericht bericht = d.bericht(dateiname, true);
            protokollieren(audit, nutzer.benutzername(), datei.spalten(), bericht,
                    d.aufnahmen.stream().map(a -> a.teilnehmer().id()).toList(), Map.of());
            return bericht;
        });
    }

    /**
     * The {@code IMPORTIERT} audit entries: one per person written, with the file's columns as the fields; and one
     * for the import with the columns and the counts of rows, taken over and skipped ({@code weitere}: more counts).
     * Neither names the file (its name is the user's free text) nor a value of a row.
     */
    static void protokollieren(AuditProtokoll audit, String wer, List<Importspalte> spalten, Importbericht bericht,
                               List<java.util.UUID> personen, Map<String, Integer> weitere) {
        List<String> felder = spalten.stream().map(s -> s.name().toLowerCase(Locale.ROOT)).toList();
        audit.person(wer, "IMPORTIERT", TeilnehmerDienst.OBJEKT, personen, felder);
        Map<String, Integer> zahlen = new LinkedHashMap<>();
        zahlen.put("zeilen", bericht.zeilen());
        zahlen.put("uebernommen", bericht.uebernommen());
        zahlen.put("uebersprungen", bericht.uebersprungen());
        zahlen.putAll(weitere);
        audit.personen(wer, "IMPORTIERT", TeilnehmerDienst.OBJEKT, felder, zahlen);
    }

    /** The default program of the options as an enabled program's id; an unknown one stops the import. */
    private static String vorgabeProgramm(Importoptionen o, TeilnehmerAufnahme.Aufnahmerahmen rahmen) {
        if (o.programm() == null || o.programm().isBlank()) {
            return null;
        }
        return programmId(o.programm(), rahmen).orElseThrow(() ->
                FachlicherFehler.ungueltig("programm", "teilnehmer.programm.nicht.aktiv", o.programm().strip()));
    }

    /** An enabled program by its id or its name, ignoring case. */
    static Optional<String> programmId(String wert, TeilnehmerAufnahme.Aufnahmerahmen rahmen) {
        String gesucht = wert.strip();
        return rahmen.programme().entrySet().stream()
                .filter(e -> e.getKey().equalsIgnoreCase(gesucht) || e.getValue().equalsIgnoreCase(gesucht))
                .map(Map.Entry::getKey).findFirst();
    }

    static boolean eindeutigVerletzt(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s) {
                for (SQLException n = s; n != null; n = n.getNextException()) {
                    if ("23505".equals(n.getSQLState())) {
                        return true;
                    }
                }
            }
        }
        return e instanceof DataAccessException d && "23505".equals(d.sqlState());
    }

    /** One pass over the rows inside the Kreis transaction: findings, skipped duplicates, the intakes to write. */
    private final class Durchgang {

        private final TeilnehmerAufnahme.Aufnahmerahmen rahmen;
        private final String vorgabe;
        private final boolean ueberspringen;
        private final Map<String, java.util.UUID> kommunen;
        private final List<TeilnehmerAufnahme.Aufnahme> aufnahmen = new ArrayList<>();
        private final List<Importfehler> fehler = new ArrayList<>();
        private int zeilen;
        private int uebersprungen;
        private boolean blockiert;

        Durchgang(TeilnehmerAufnahme.Aufnahmerahmen rahmen, String vorgabe, boolean ueberspringen) {
            this.rahmen = rahmen;
            this.vorgabe = vorgabe;
            this.ueberspringen = ueberspringen;
            this.kommunen = rahmen.kommunen().entrySet().stream().collect(Collectors.toMap(
                    e -> Importspalte.normal(e.getValue()), Map.Entry::getKey, (a, b) -> a));
        }

        Durchgang pruefen(Importdatei.Inhalt datei) {
            Set<String> gespeichert = tabellen.schluessel();
            Map<String, Integer> inDatei = new HashMap<>();
            for (Importdatei.Zeile z : datei.zeilen()) {
                zeilen++;
                Importzeile zeile = Importzeile.lesen(z, kommunen, vorgabe, rahmen);
                Importfehler doppel = doppel(zeile, gespeichert, inDatei);
                if (doppel != null && ueberspringen) {
                    uebersprungen++;
                    fehler.add(doppel);
                    continue;
                }
                List<Feldfehler> feldfehler = new ArrayList<>();
                Optional<TeilnehmerAufnahme.Aufnahme> aufnahme = aufnahmedienst.aufnahmePruefen(zeile.antrag(), rahmen,
                        feldfehler);
                List<Importfehler> eigene = new ArrayList<>(Importbefunde.aufnahme(zeile, feldfehler, s -> s));
                if (doppel != null) {
                    eigene.add(doppel);
                }
                if (eigene.isEmpty() && aufnahme.isPresent()) {
                    aufnahmen.add(aufnahme.get());
                } else {
                    blockiert = true;
                    fehler.addAll(eigene);
                }
            }
            return this;
        }

        /** The row's duplicate finding, or null; remembers the row's key for later rows. */
        private Importfehler doppel(Importzeile zeile, Set<String> gespeichert, Map<String, Integer> inDatei) {
            TeilnehmerDaten p = zeile.antrag().person();
            if (TeilnehmerPruefung.leer(p.vorname()) || TeilnehmerPruefung.leer(p.nachname())
                    || p.geburtsdatum() == null || p.kommuneId() == null) {
                return null;
            }
            String schluessel = TeilnehmerImportTabellen.schluessel(p.vorname(), p.nachname(), p.geburtsdatum(),
                    p.kommuneId());
            int nummer = zeile.nummer();
            if (gespeichert.contains(schluessel)) {
                return doppelBefund(nummer, "teilnehmer.doppelt");
            }
            Integer frueher = inDatei.putIfAbsent(schluessel, nummer);
            return frueher == null ? null : doppelBefund(nummer, "import.doppelt", frueher);
        }

        private Importfehler doppelBefund(int nummer, String code, Object... argumente) {
            return ueberspringen ? Importbefunde.uebersprungen(nummer, Importspalte.NACHNAME, code, argumente)
                    : Importbefunde.befund(nummer, Importspalte.NACHNAME, code, argumente);
        }

        Importbericht bericht(String dateiname, boolean geschrieben) {
            return new Importbericht(dateiname, zeilen, blockiert ? 0 : aufnahmen.size(), uebersprungen,
                    List.copyOf(fehler), geschrieben);
        }
    }

}
