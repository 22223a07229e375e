package de.teilhabe.platform.teilnehmer;

import de.teilhabe.platform.audit.Aenderungen;
import de.teilhabe.platform.fehler.FachlicherFehler;
import de.teilhabe.platform.fehler.Feldfehler;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jooq.exception.DataAccessException;

/**
 * What intake ({@link TeilnehmerAufnahme}), the changes of a record and of its history share, in the running Kreis
 * transaction: reading the whole record, the duplicate rule, the audit difference of the person.
 */
final class Akten {

    private Akten() {
    }

    /** The participant's whole record; the current residence status is the newest entry not dated ahead. */
    static TeilnehmerAkte laden(TeilnehmerTabellen tabellen, Verlaufstabellen verlauf, UUID id) {
        Teilnehmer t = vorhanden(tabellen, id);
        Personenverlauf v = verlauf.verlauf(id, t.geburtsdatum());
        return new TeilnehmerAkte(t, tabellen.kommune(t.kommuneId()),
                v.statusAm(LocalDate.now()).orElse(null), neuesteZuerst(v.aufenthalte()), v.teilnahmen(),
                tabellen.einwilligungen(id), v.zuweisungen(), neuesteZuerst(v.wohnorte()),
                neuesteZuerst(v.merkmale()), neuesteZuerst(v.freigaben()));
    }

    static Teilnehmer vorhanden(TeilnehmerTabellen tabellen, UUID id) {
        return tabellen.teilnehmer(id).orElseThrow(() -> FachlicherFehler.nichtGefunden("teilnehmer.nicht.gefunden"));
    }

    /** Same name, birth date and Kommune as another participant: refused on {@code feld}. */
    static void keinDoppel(TeilnehmerTabellen tabellen, Teilnehmer t, String feld) {
        if (tabellen.doppelt(t.vorname(), t.nachname(), t.geburtsdatum(), t.kommuneId(), t.id())) {
            throw FachlicherFehler.ungueltig(feld, "teilnehmer.doppelt");
        }
    }

    /**
     * Writes, translating what the database refuses as a last line: a concurrent duplicate that slipped past
     * {@link #keinDoppel} (unique index, same message), and a concurrent overlapping entry (exclusion constraint).
     */
    static void eindeutig(Runnable schreiben) {
        try {
            schreiben.run();
        } catch (DataAccessException e) {
            if ("23505".equals(e.sqlState())) {
                throw FachlicherFehler.ungueltig("person.nachname", "teilnehmer.doppelt");
            }
            if ("23P01".equals(e.sqlState())) {
                throw FachlicherFehler.konflikt("teilnehmer.verlauf.gleichzeitig");
            }
            throw e;
        }
    }

    static void werfen(List<Feldfehler> fehler) {
        if (!fehler.isEmpty()) {
            throw FachlicherFehler.ungueltig(fehler);
        }
    }

    /** Trimmed text, {@code null} for blank. */
    static String text(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    /** The names of the person's changed fields, for the audit log (which keeps no values of a person). */
    static List<String> unterschied(Teilnehmer alt, Teilnehmer neu) {
        return Aenderungen.felder(alt, neu,
                Aenderungen.feld("vorname", Teilnehmer::vorname),
                Aenderungen.feld("nachname", Teilnehmer::nachname),
                Aenderungen.feld("geburtsdatum", Teilnehmer::geburtsdatum),
                Aenderungen.feld("kommuneId", Teilnehmer::kommuneId),
                Aenderungen.feld("sprachniveau", Teilnehmer::sprachniveau),
                Aenderungen.feld("fallverantwortung", Teilnehmer::fallverantwortung));
    }

    private static <T> List<T> neuesteZuerst(List<T> liste) {
        List<T> umgekehrt = new java.util.ArrayList<>(liste);
        java.util.Collections.reverse(umgekehrt);
        return List.copyOf(umgekehrt);
    }
}
