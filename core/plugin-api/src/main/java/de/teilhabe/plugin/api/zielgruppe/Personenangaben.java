package de.teilhabe.plugin.api.zielgruppe;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a rule may know about a person: no name, no address – only what decides eligibility.
 * Unknown values are empty; rules answer {@link Einstufung#NICHT_ENTSCHEIDBAR} when they need them.
 *
 * @param geburtsdatum          date of birth, if known
 * @param aufenthaltsstatus     residence status, if known
 * @param merkmale              recorded facts (flags)
 * @param gesetzlicheLeistungen statutory benefits the person currently receives
 */
public record Personenangaben(Optional<LocalDate> geburtsdatum, Optional<Aufenthaltsstatus> aufenthaltsstatus,
                              Set<Merkmal> merkmale, Set<Rechtskreis> gesetzlicheLeistungen) {

    public Personenangaben {
        Objects.requireNonNull(geburtsdatum, "geburtsdatum");
        Objects.requireNonNull(aufenthaltsstatus, "aufenthaltsstatus");
        merkmale = Set.copyOf(merkmale);
        gesetzlicheLeistungen = Set.copyOf(gesetzlicheLeistungen);
    }

    /** Factory with nullable birth date and status. */
    public static Personenangaben von(LocalDate geburtsdatum, Aufenthaltsstatus status, Set<Merkmal> merkmale,
                                      Set<Rechtskreis> leistungen) {
        return new Personenangaben(Optional.ofNullable(geburtsdatum), Optional.ofNullable(status),
                merkmale, leistungen);
    }

    public boolean hat(Merkmal merkmal) {
        return merkmale.contains(merkmal);
    }

    public boolean hatStatus(Aufenthaltsstatus status) {
        return aufenthaltsstatus.filter(status::equals).isPresent();
    }

    /**
     * Age in completed years at {@code stichtag} (see {@link Lebensalter}); empty if the birth date is
     * unknown or lies after the reference date.
     */
    public Optional<Integer> alterAm(LocalDate stichtag) {
        return geburtsdatum.filter(g -> !g.isAfter(stichtag)).map(g -> Lebensalter.amStichtag(g, stichtag));
    }
}
