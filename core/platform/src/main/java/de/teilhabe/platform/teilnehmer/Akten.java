package de.teilhabe.platform.teilnehmer;

import de.teilhabe.platform.audit.Aenderungen;
import de.teilhabe.platform.fehler.FachlicherFehler;
import de.teilhabe.platform.fehler.Feldfehler;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.exception.DataAccessException;

/**
 * What intake ({@link TeilnehmerAufnahme}) and the changes of a record ({@link TeilnehmerDienst}) share, in the
 * running Kreis transaction: reading the whole record, the duplicate rule, the audit difference of the person.
 */
final class Akten {

    private Akten() {
    }

    /** The participant's whole record; the current residence status is the newest entry not dated ahead. */
    static TeilnehmerAkte laden(TeilnehmerTabellen tabellen, UUID id) {
        Teilnehmer t = vorhanden(tabellen, id);
        List<Aufenthalt> aufenthalte = tabellen.aufenthalte(id);
        LocalDate heute = LocalDate.now();
        Optional<Aufenthalt> aktuell = aufenthalte.stream().filter(a -> !a.ab().isAfter(heute)).findFirst();
        return new TeilnehmerAkte(t, tabellen.kommune(t.kommuneId()), aktuell.map(Aufenthalt::status).orElse(null),
                aufenthalte, tabellen.programme(id), tabellen.einwilligungen(id), tabellen.zuweisungen(id));
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

    /** A concurrent duplicate that slipped past {@link #keinDoppel} hits the unique index: same message. */
    static void eindeutig(Runnable schreiben) {
        try {
            schreiben.run();
        } catch (DataAccessException e) {
            if ("23505".equals(e.sqlState())) {
                throw FachlicherFehler.ungueltig("person.nachname", "teilnehmer.doppelt");
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

    /** The person's changed fields for the audit log. */
    static Map<String, Object> unterschied(Teilnehmer alt, Teilnehmer neu) {
        return Aenderungen.zwischen(alt, neu,
                Aenderungen.feld("vorname", Teilnehmer::vorname),
                Aenderungen.feld("nachname", Teilnehmer::nachname),
                Aenderungen.feld("geburtsdatum", Teilnehmer::geburtsdatum),
                Aenderungen.feld("kommuneId", Teilnehmer::kommuneId),
                Aenderungen.feld("sprachniveau", Teilnehmer::sprachniveau),
                Aenderungen.feld("beschaeftigungsverbot", Teilnehmer::beschaeftigungsverbot),
                Aenderungen.feld("fallverantwortung", Teilnehmer::fallverantwortung),
                Aenderungen.feld("aufgenommenAm", Teilnehmer::aufgenommenAm),
                Aenderungen.feld("abgemeldetAm", Teilnehmer::abgemeldetAm),
                Aenderungen.feld("abmeldegrund", Teilnehmer::abmeldegrund));
    }
}
