package de.teilhabe.platform.teilnehmer;

import de.teilhabe.platform.audit.AuditProtokoll;
import de.teilhabe.platform.fehler.FachlicherFehler;
import de.teilhabe.platform.mandant.KreisTransaktion;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jooq.exception.DataAccessException;

/**
 * Imports a history list — an office replaying its lists: intakes, moves, status changes, assignments with their
 * outcome, de-registrations and re-admissions, one row per event ({@link Vorgang}), in any order. Each person's
 * rows are applied in date order to the history as stored, checked as the services check them
 * ({@link Verlaufsdurchgang}, {@link Vorgaenge}). Idempotent: a row whose fact is already recorded (its natural
 * key, see {@link Vorgaenge}) is skipped and reported as skipped, so the same list imported twice changes nothing
 * the second time, and a list with one more row adds that row. A dry run writes nothing; an import is all or
 * nothing — one Kreis transaction, JDBC batches ({@link Verlaufsschreiber}), the verdicts recomputed where a status
 * changed, {@code IMPORTIERT} audit entries per person changed and for the list (field names and counts only).
 */
@Singleton
class Verlaufsimport {

    private final KreisTransaktion transaktion;
    private final TeilnehmerImportTabellen tabellen;
    private final TeilnehmerTabellen teilnehmer;
    private final Verlaufstabellen verlauf;
    private final Verlaufsschreiber schreiber;
    private final Vorgaenge vorgaenge;
    private final Verlaufspflege pflege;
    private final AuditProtokoll audit;

    Verlaufsimport(KreisTransaktion transaktion, TeilnehmerImportTabellen tabellen, TeilnehmerTabellen teilnehmer,
                   Verlaufstabellen verlauf, Verlaufsschreiber schreiber, Vorgaenge vorgaenge, Verlaufspflege pflege,
                   AuditProtokoll audit) {
        this.transaktion = transaktion;
        this.tabellen = tabellen;
        this.teilnehmer = teilnehmer;
        this.verlauf = verlauf;
        this.schreiber = schreiber;
        this.vorgaenge = vorgaenge;
        this.pflege = pflege;
        this.audit = audit;
    }

    /** Checks ({@code schreiben} false) or imports the list; rights, file and options are the caller's. */
    Importbericht lauf(String kreis, String dateiname, Importdatei.Inhalt datei,
                       TeilnehmerAufnahme.Aufnahmerahmen rahmen, String vorgabe, boolean schreiben) {
        Map<String, UUID> kommunen = rahmen.kommunen().entrySet().stream().collect(Collectors.toMap(
                e -> Importspalte.normal(e.getValue()), Map.Entry::getKey, (a, b) -> a));
        boolean mitDatum = datei.spalten().contains(Importspalte.DATUM);
        List<Verlaufszeile> zeilen = datei.zeilen().stream()
                .map(z -> Verlaufszeile.lesen(z, kommunen, vorgabe, rahmen, mitDatum)).toList();
        spaltenPruefen(datei.spalten(), zeilen, vorgabe);
        if (!schreiben) {
            return transaktion.lesen(kreis, () -> durchgang(rahmen, vorgabe, kommunen, zeilen)
                    .bericht(dateiname, false));
        }
        return transaktion.schreiben(kreis, () -> {
            Verlaufsdurchgang d = durchgang(rahmen, vorgabe, kommunen, zeilen);
            if (d.blockiert()) {
                return d.bericht(dateiname, false);
            }
            List<Importperson> personen = d.geaendert();
            try {
                schreiber.schreiben(personen.stream().map(Importperson::aenderung).toList(),
                        rahmen.nutzer().benutzername());
            } catch (DataAccessException e) {
                if (TeilnehmerImport.eindeutigVerletzt(e)) {
                    throw FachlicherFehler.ungueltig("datei", "teilnehmer.doppelt");
                }
                if ("23P01".equals(e.sqlState())) {
                    throw FachlicherFehler.konflikt("teilnehmer.verlauf.gleichzeitig");
                }
                throw e;
            }
            personen.stream().filter(Importperson::zustand)
                    .forEach(p -> pflege.urteileNachfuehren(rahmen.nutzer(), p.id(), p.verlauf()));
            Importbericht bericht = d.bericht(dateiname, true);
            TeilnehmerImport.protokollieren(audit, rahmen.nutzer().benutzername(), datei.spalten(), bericht,
                    personen.stream().map(Importperson::id).distinct().toList(), d.anzahlJeVorgang());
            return bericht;
        });
    }

    private Verlaufsdurchgang durchgang(TeilnehmerAufnahme.Aufnahmerahmen rahmen, String vorgabe,
                                        Map<String, UUID> kommunen, List<Verlaufszeile> zeilen) {
        Map<String, Optional<TeilnehmerTabellen.MassnahmeRahmen>> massnahmen = new HashMap<>();
        Vorgaenge.Lauf lauf = new Vorgaenge.Lauf(rahmen, vorgabe, kommunen,
                new Massnahmenkennung(tabellen.massnahmen(rahmen.programme())),
                (id, tag) -> massnahmen.computeIfAbsent(id + "@" + tag, k -> teilnehmer.massnahme(id, tag))
                        .orElse(null));
        return new Verlaufsdurchgang(vorgaenge, lauf).pruefen(zeilen, tabellen.personen(), verlauf::verlaeufe);
    }

    /**
     * The columns the list must have: name, first name and birth date (the natural key), the date („Aufgenommen am“
     * will do where every row is an intake), the columns of each Vorgang that occurs, and „Programm“ for intakes
     * unless the import names a default program.
     */
    private static void spaltenPruefen(List<Importspalte> vorhanden, List<Verlaufszeile> zeilen, String vorgabe) {
        Set<Vorgang> vorgaenge = zeilen.stream().map(Verlaufszeile::vorgang).filter(v -> v != null)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Vorgang.class)));
        Set<Importspalte> noetig = new LinkedHashSet<>(List.of(Importspalte.NACHNAME, Importspalte.VORNAME,
                Importspalte.GEBURTSDATUM));
        boolean nurAufnahmen = vorgaenge.stream().allMatch(v -> v == Vorgang.AUFNAHME || v == Vorgang.WIEDERAUFNAHME);
        if (!nurAufnahmen || !vorhanden.contains(Importspalte.AUFGENOMMEN_AM)) {
            noetig.add(Importspalte.DATUM);
        }
        vorgaenge.forEach(v -> noetig.addAll(v.spalten()));
        if (vorgaenge.contains(Vorgang.AUFNAHME) && vorgabe == null) {
            noetig.add(Importspalte.PROGRAMM);
        }
        List<String> fehlend = new ArrayList<>();
        noetig.stream().filter(s -> !vorhanden.contains(s)).forEach(s -> fehlend.add(s.titel()));
        if (!fehlend.isEmpty()) {
            throw FachlicherFehler.ungueltig("datei", "import.spalten.fehlen", String.join(", ", fehlend));
        }
    }
}
