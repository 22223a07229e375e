package de.teilhabe.platform.teilnehmer;

import de.teilhabe.platform.sicherheit.Nutzer;
import de.teilhabe.platform.zielgruppe.Personendaten;
import de.teilhabe.platform.zielgruppe.Programmurteil;
import de.teilhabe.platform.zielgruppe.Zielgruppencheck;
import de.teilhabe.plugin.api.zielgruppe.Merkmal;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The target-group verdict of a participation is a function of the person's history on its intake day: birth date,
 * residence status, work ban and exclusion facts then in force, and whether the ABH had refused a clearance. It is
 * computed at intake and again whenever those facts change ({@link #nachfuehren}), so a clarification closes when the
 * missing fact arrives and opens when a correction takes the ground from under a decided verdict.
 */
@Singleton
class Urteile {

    /** Days until an open clarification is due when the case manager names no date. */
    static final int KLAERUNG_TAGE = 14;

    private final Zielgruppencheck zielgruppe;

    Urteile(Zielgruppencheck zielgruppe) {
        this.zielgruppe = zielgruppe;
    }

    /** The verdict of {@code programm} on the person as the history stands on {@code tag}; empty if the plugin fails. */
    Optional<Programmurteil> urteil(Nutzer nutzer, String programm, Personenverlauf verlauf, LocalDate tag) {
        return zielgruppe.pruefen(nutzer, List.of(programm), personendaten(verlauf, tag)).stream()
                .filter(u -> u.programmId().equals(programm) && u.einstufung() != null).findFirst();
    }

    /** What the rules see of the history on {@code tag}. */
    static Personendaten personendaten(Personenverlauf verlauf, LocalDate tag) {
        Set<String> merkmale = new TreeSet<>();
        verlauf.merkmaleAm(tag).forEach(m -> m.regelmerkmal().ifPresent(r -> merkmale.add(r.name())));
        if (verlauf.freigabeVerweigertAm(tag)) {
            merkmale.add(Merkmal.ABH_FREIGABE_VERWEIGERT.name());
        }
        return new Personendaten(verlauf.geburtsdatum(), verlauf.statusAm(tag).map(Enum::name).orElse(null), merkmale,
                Set.of(), tag);
    }

    /** Whether a participation with this verdict needs no clarification. */
    static boolean entschieden(Programmurteil urteil, boolean ausnahmeDokumentiert) {
        boolean zielgruppe = Programmteilnahme.PRIMAER.equals(urteil.einstufung())
                || Programmteilnahme.SEKUNDAER.equals(urteil.einstufung());
        return zielgruppe || (ausnahmeDokumentiert && urteil.ausnahmeZulaessig());
    }

    /**
     * The participations whose verdict on their intake day now differs from the stored one, with the new verdict and
     * clarification: closed when decided, otherwise kept at its due date or opened for {@link #KLAERUNG_TAGE} days.
     */
    List<Programmteilnahme> nachfuehren(Nutzer nutzer, Personenverlauf verlauf, LocalDate heute) {
        List<Programmteilnahme> geaendert = new ArrayList<>();
        for (Programmteilnahme t : verlauf.teilnahmen()) {
            Optional<Programmurteil> urteil = urteil(nutzer, t.programm(), verlauf, t.aufgenommenAm());
            if (urteil.isEmpty()) {
                continue; // the program is switched off or fails: the stored verdict stays
            }
            Programmurteil u = urteil.get();
            LocalDate klaerung = entschieden(u, t.ausnahme()) ? null
                    : t.klaerungBis() != null ? t.klaerungBis() : heute.plusDays(KLAERUNG_TAGE);
            if (!u.einstufung().equals(t.einstufung()) || !u.begruendungen().equals(t.begruendungen())
                    || !java.util.Objects.equals(klaerung, t.klaerungBis())) {
                geaendert.add(new Programmteilnahme(t.id(), t.programm(), t.aufgenommenAm(), t.abgemeldetAm(),
                        t.abmeldegrund(), t.abmeldeart(), u.einstufung(), u.begruendungen(), t.ausnahmeGrund(),
                        t.ausnahmeGenehmigtVon(), t.fallverantwortung(), klaerung, t.freigabe(), t.freigabeAm(),
                        t.version(), t.erfasstAm(), t.erfasstVon()));
            }
        }
        return geaendert;
    }
}
