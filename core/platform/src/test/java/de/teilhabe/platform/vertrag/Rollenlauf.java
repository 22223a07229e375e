package de.teilhabe.platform.vertrag;

import de.teilhabe.platform.testing.Datenbank;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Calls every operation once as every caller ({@link Rollenkonto}): a well-formed request with real ids of the
 * fixture and a valid body ({@link Faelle#gueltig}), and counts the caller's entries in the audit logs (the Kreis's
 * and the platform's) before and after. Reading first, then writing, then what destroys data; for each operation
 * the callers in the order of the table's columns, each with objects of its own where the fixture has several (the
 * caller's column picks the value), so one caller's change or deletion does not decide another's outcome.
 */
final class Rollenlauf {

    /** One call: status, the caller's new audit entries, the request and the start of the answer, for reports. */
    record Beobachtung(Vorgang vorgang, Rollenkonto konto, int status, long neueEintraege, String anfrage,
                       String antwort) {

        boolean verweigert() {
            return status == 401 || status == 403;
        }

        boolean erfolgreich() {
            return status >= 200 && status < 300;
        }
    }

    private final Fixtur fixtur;
    private final Sender sender;
    private final Datenbank db;
    private final long seed;

    Rollenlauf(Fixtur fixtur, Sender sender, Datenbank db, long seed) {
        this.fixtur = fixtur;
        this.sender = sender;
        this.db = db;
        this.seed = seed;
    }

    List<Beobachtung> laufen(List<Vorgang> vorgaenge, List<Rollenkonto> konten) {
        List<Vorgang> reihe = new ArrayList<>(vorgaenge);
        reihe.sort(Comparator.comparingInt(Vorgang::phase).thenComparing(Vorgang::pfad)
                .thenComparing(Vorgang::methode));
        AtomicInteger marker = new AtomicInteger();
        List<Beobachtung> beobachtungen = new ArrayList<>();
        for (Vorgang v : reihe) {
            for (int i = 0; i < konten.size(); i++) {
                Rollenkonto k = konten.get(i);
                Fall f = Faelle.gueltig(v, fixtur, new Random(seed ^ (v.name() + k.spalte()).hashCode()), marker, i);
                if (v.pfad().equals("/api/anmeldung")) {
                    f = f.mitJson("{\"benutzername\":\"" + k.benutzername() + "\",\"passwort\":\"" + k.passwort()
                            + "\"}");
                }
                long vorher = eintraege(k);
                Sender.Antwort antwort = sender.senden(f, k.token(), fixtur.ifMatch(f));
                long nachher = eintraege(k);
                beobachtungen.add(new Beobachtung(v, k, antwort.status(), nachher - vorher, f.kurz(),
                        antwort.fehler() != null ? antwort.fehler()
                                : Texte.kuerzen(new String(antwort.rumpf(), StandardCharsets.UTF_8), 300)));
            }
        }
        return beobachtungen;
    }

    /** The caller's entries in the Kreis's and the platform's audit log; none for the anonymous caller. */
    private long eintraege(Rollenkonto k) {
        if (k.anonym()) {
            return 0;
        }
        String name = k.benutzername().replace("'", "''");
        return db.anzahl("select (select count(*) from \"" + fixtur.schema + "\".audit_log where benutzer = '" + name
                + "') + (select count(*) from platform.audit_log where benutzer = '" + name + "')");
    }

    /** The observed cells by operation and column; {@code eigene} taken over from the table where it says so. */
    static Map<String, Map<String, Zelle>> zellen(List<Beobachtung> beobachtungen, Rollentabelle.Tabelle tabelle) {
        Map<String, Map<String, Zelle>> zellen = new java.util.LinkedHashMap<>();
        for (Beobachtung b : beobachtungen) {
            Rollentabelle.Zeile zeile = tabelle.zeilen().get(b.vorgang().name());
            Zelle soll = zeile == null ? null : zeile.zellen().get(b.konto().spalte());
            zellen.computeIfAbsent(b.vorgang().name(), n -> new java.util.LinkedHashMap<>()).put(b.konto().spalte(),
                    Zelle.beobachtet(!b.verweigert(), b.neueEintraege() > 0, soll != null && soll.eigene));
        }
        return zellen;
    }
}
