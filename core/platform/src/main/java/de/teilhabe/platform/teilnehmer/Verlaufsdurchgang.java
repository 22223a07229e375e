package de.teilhabe.platform.teilnehmer;

import de.teilhabe.platform.fehler.FachlicherFehler;
import de.teilhabe.platform.fehler.Feldfehler;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * One pass over a history list inside the Kreis transaction. The rows are grouped by person (natural key), each
 * person's rows applied in date order — file order within a day — to the history as stored (read once, for all
 * people of the list together) or, for a person the list takes in, to the history its intake row begins. Each row is
 * checked as the service would check it ({@link Vorgaenge}); a row already recorded is skipped and reported as such,
 * a row with an error leaves the history as it was and blocks the import. Findings are reported in row order.
 */
final class Verlaufsdurchgang {

    private final Vorgaenge vorgaenge;
    private final Vorgaenge.Lauf lauf;
    private final List<Importfehler> befunde = new ArrayList<>();
    private final List<Importperson> geaendert = new ArrayList<>();
    private final Map<Vorgang, Integer> jeVorgang = new EnumMap<>(Vorgang.class);
    private int zeilen;
    private int uebernommen;
    private int uebersprungen;
    private boolean blockiert;

    Verlaufsdurchgang(Vorgaenge vorgaenge, Vorgaenge.Lauf lauf) {
        this.vorgaenge = vorgaenge;
        this.lauf = lauf;
    }

    /**
     * Replays {@code liste}; {@code bestand}: the stored people by natural key, {@code laden}: their histories by id
     * (with the birth date of the key).
     */
    Verlaufsdurchgang pruefen(List<Verlaufszeile> liste, Map<String, List<UUID>> bestand,
                              Function<Map<UUID, LocalDate>, Map<UUID, Personenverlauf>> laden) {
        Map<String, List<Verlaufszeile>> jePerson = new LinkedHashMap<>();
        Map<UUID, LocalDate> gespeichert = new HashMap<>();
        for (Verlaufszeile z : liste) {
            zeilen++;
            if (!z.fehler().isEmpty()) {
                z.fehler().forEach(f -> fehler(Importbefunde.befund(z.nummer(), f.spalte(), f.code(), f.argumente())));
                continue;
            }
            jePerson.computeIfAbsent(z.schluessel(), k -> new ArrayList<>()).add(z);
            List<UUID> ids = bestand.getOrDefault(z.schluessel(), List.of());
            if (ids.size() == 1) {
                gespeichert.put(ids.get(0), z.geburt());
            }
        }
        Map<UUID, Personenverlauf> verlaeufe = gespeichert.isEmpty() ? Map.of() : laden.apply(gespeichert);
        jePerson.forEach((schluessel, zeilenDerPerson) -> {
            List<UUID> ids = bestand.getOrDefault(schluessel, List.of());
            if (ids.size() > 1) {
                zeilenDerPerson.forEach(z -> fehler(Importbefunde.befund(z.nummer(), Importspalte.NACHNAME,
                        "import.person.mehrdeutig", ids.size())));
                return;
            }
            Importperson p = ids.isEmpty() ? null : Importperson.gespeichert(verlaeufe.get(ids.get(0)));
            List<Verlaufszeile> geordnet = new ArrayList<>(zeilenDerPerson);
            geordnet.sort(Comparator.comparing(Verlaufszeile::datum).thenComparing(Verlaufszeile::nummer));
            for (Verlaufszeile z : geordnet) {
                p = anwenden(p, z);
            }
            if (p != null && p.geaendert()) {
                geaendert.add(p);
            }
        });
        befunde.sort(Comparator.comparing(Importfehler::zeile));
        return this;
    }

    /** Applies one row to person {@code p}; the person afterwards (new if the row took them in). */
    private Importperson anwenden(Importperson p, Verlaufszeile z) {
        Vorgaenge.Wirkung w;
        try {
            w = vorgaenge.anwenden(lauf, p, z);
        } catch (FachlicherFehler f) {
            if (f.feldfehler().isEmpty()) {
                fehler(Importbefunde.meldung(z.nummer(), Importspalte.VORGANG, f.code(), f.text(Locale.GERMAN)));
            }
            for (Feldfehler ff : f.feldfehler()) {
                Importspalte spalte = "person".equals(ff.feld()) ? Importspalte.NACHNAME
                        : z.vorgang().spalte(ff.feld(), z.datumsspalte());
                fehler(Importbefunde.meldung(z.nummer(), spalte, ff.code(), ff.text(Locale.GERMAN)));
            }
            return p;
        }
        if (w == Vorgaenge.Wirkung.VORHANDEN) {
            uebersprungen++;
            befunde.add(Importbefunde.uebersprungen(z.nummer(), Importspalte.VORGANG, "import.vorhanden",
                    z.vorgang().titel(), z.datum()));
            return p;
        }
        if (!w.fehler().isEmpty()) {
            w.fehler().forEach(this::fehler);
            return p;
        }
        uebernommen++;
        jeVorgang.merge(z.vorgang(), 1, Integer::sum);
        if (w.aufnahme() != null) {
            return Importperson.aufgenommen(w.aufnahme());
        }
        p.aendern(w.verlauf(), w.zustand());
        return p;
    }

    private void fehler(Importfehler f) {
        blockiert = true;
        befunde.add(f);
    }

    boolean blockiert() {
        return blockiert;
    }

    /** The people whose history the list changes (or who are new), to be written. */
    List<Importperson> geaendert() {
        return geaendert;
    }

    /** Rows applied per Vorgang, by its label („Umzug“ → 3), for the audit log. */
    /** The rows per kind of event, for the audit log: {@code vorgang.UMZUG} → 3. */
    Map<String, Integer> anzahlJeVorgang() {
        Map<String, Integer> m = new LinkedHashMap<>();
        jeVorgang.forEach((v, n) -> m.put("vorgang." + v.name(), n));
        return m;
    }

    Importbericht bericht(String dateiname, boolean geschrieben) {
        return new Importbericht(dateiname, zeilen, blockiert ? 0 : uebernommen, uebersprungen, List.copyOf(befunde),
                geschrieben);
    }
}
