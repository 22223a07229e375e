package de.teilhabe.plugin.testkit;

import de.teilhabe.plugin.api.zielgruppe.Aufenthaltsstatus;
import de.teilhabe.plugin.api.zielgruppe.Merkmal;
import de.teilhabe.plugin.api.zielgruppe.Personenangaben;
import de.teilhabe.plugin.api.zielgruppe.Rechtskreis;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Fluent, immutable builder for {@link Personenangaben} in tests.
 *
 * <pre>{@code
 * Person.imAlter(18).am(STICHTAG).geduldet()                     // 18th birthday on the reference date
 * Person.amTagVorDemGeburtstag(28, STICHTAG).gestattet()          // still 27
 * Person.ohneGeburtsdatum().geduldet().mit(Merkmal.GEFAEHRDER)
 * }</pre>
 */
public final class Person {

    private final LocalDate geburtsdatum;
    private final Aufenthaltsstatus status;
    private final Set<Merkmal> merkmale;
    private final Set<Rechtskreis> leistungen;

    private Person(LocalDate geburtsdatum, Aufenthaltsstatus status, Set<Merkmal> merkmale, Set<Rechtskreis> leistungen) {
        this.geburtsdatum = geburtsdatum;
        this.status = status;
        this.merkmale = merkmale;
        this.leistungen = leistungen;
    }

    /** A person born on the given day, no status yet. */
    public static Person geboren(LocalDate geburtsdatum) {
        return new Person(geburtsdatum, null, Set.of(), Set.of());
    }

    /** A person whose birth date is unknown. */
    public static Person ohneGeburtsdatum() {
        return new Person(null, null, Set.of(), Set.of());
    }

    /** Starts a person who has their {@code alter}-th birthday on the day given to {@link Alter#am}. */
    public static Alter imAlter(int alter) {
        return new Alter(alter);
    }

    /** A person for whom {@code stichtag} is the day before their {@code geburtstag}-th birthday. */
    public static Person amTagVorDemGeburtstag(int geburtstag, LocalDate stichtag) {
        return geboren(stichtag.plusDays(1).minusYears(geburtstag));
    }

    /** Second step of {@link #imAlter(int)}. */
    public static final class Alter {
        private final int jahre;

        private Alter(int jahre) {
            this.jahre = jahre;
        }

        /** The person's birthday falls on {@code stichtag}: exactly {@code jahre} old that day. */
        public Person am(LocalDate stichtag) {
            return geboren(stichtag.minusYears(jahre));
        }
    }

    public Person mitStatus(Aufenthaltsstatus neu) {
        return new Person(geburtsdatum, neu, merkmale, leistungen);
    }

    public Person geduldet() {
        return mitStatus(Aufenthaltsstatus.DULDUNG);
    }

    public Person gestattet() {
        return mitStatus(Aufenthaltsstatus.GESTATTUNG);
    }

    public Person mitAufenthaltstitel() {
        return mitStatus(Aufenthaltsstatus.AUFENTHALTSTITEL);
    }

    /** Adds flags. */
    public Person mit(Merkmal... neu) {
        Set<Merkmal> alle = EnumSet.noneOf(Merkmal.class);
        alle.addAll(merkmale);
        alle.addAll(Arrays.asList(neu));
        return new Person(geburtsdatum, status, alle, leistungen);
    }

    /** Adds statutory benefits the person receives. */
    public Person beziehtLeistungen(Rechtskreis... neu) {
        Set<Rechtskreis> alle = EnumSet.noneOf(Rechtskreis.class);
        alle.addAll(leistungen);
        alle.addAll(Arrays.asList(neu));
        return new Person(geburtsdatum, status, merkmale, alle);
    }

    /** The API record. */
    public Personenangaben angaben() {
        return new Personenangaben(Optional.ofNullable(geburtsdatum), Optional.ofNullable(status), merkmale, leistungen);
    }

    @Override
    public String toString() {
        return "Person[geboren=" + geburtsdatum + ", status=" + status + ", merkmale=" + merkmale
                + ", leistungen=" + leistungen + "]";
    }
}
