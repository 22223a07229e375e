package de.teilhabe.platform.teilnehmer;

import de.teilhabe.plugin.api.zielgruppe.Aufenthaltsstatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * A person's dated facts as currently known (ADR 0002): where and with which status the person lived, the work
 * ban and exclusion facts, the ABH clearances, the participations and the assignments — each list oldest first. A
 * change is checked by building the changed history ({@code mit…}/{@code ohne}) and handing it to
 * {@link Verlaufsregeln}.
 */
record Personenverlauf(
        UUID teilnehmerId,
        LocalDate geburtsdatum,
        List<Wohnort> wohnorte,
        List<Aufenthalt> aufenthalte,
        List<Merkmaleintrag> merkmale,
        List<Freigabeeintrag> freigaben,
        List<Programmteilnahme> teilnahmen,
        List<Zuweisung> zuweisungen) {

    Personenverlauf {
        wohnorte = List.copyOf(wohnorte);
        aufenthalte = List.copyOf(aufenthalte);
        merkmale = List.copyOf(merkmale);
        freigaben = List.copyOf(freigaben);
        teilnahmen = List.copyOf(teilnahmen);
        zuweisungen = List.copyOf(zuweisungen);
    }

    /** A person with no history yet. */
    static Personenverlauf neu(UUID teilnehmerId, LocalDate geburtsdatum) {
        return new Personenverlauf(teilnehmerId, geburtsdatum, List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of());
    }

    /** The Kommune the person lived in on {@code tag}. */
    Optional<Wohnort> wohnortAm(LocalDate tag) {
        return stand(wohnorte, tag);
    }

    /** The residence status on {@code tag}. */
    Optional<Aufenthaltsstatus> statusAm(LocalDate tag) {
        return stand(aufenthalte, tag).map(Aufenthalt::status);
    }

    /** The work ban and exclusion facts that held on {@code tag}. */
    Set<Personenmerkmal> merkmaleAm(LocalDate tag) {
        return merkmale.stream().filter(m -> m.giltAm(tag)).map(Merkmaleintrag::merkmal).collect(Collectors.toSet());
    }

    /** The ABH clearance for {@code programm} on {@code tag}. */
    Optional<Freigabe> freigabeAm(String programm, LocalDate tag) {
        return stand(freigaben.stream().filter(f -> f.programm().equals(programm)).toList(), tag)
                .map(Freigabeeintrag::status);
    }

    /** Whether the ABH refused the clearance for any program as it stood on {@code tag}. */
    boolean freigabeVerweigertAm(LocalDate tag) {
        return freigaben.stream().map(Freigabeeintrag::programm).distinct()
                .anyMatch(p -> freigabeAm(p, tag).orElse(null) == Freigabe.ABGELEHNT);
    }

    /** The participation in {@code programm} running on {@code tag}. */
    Optional<Programmteilnahme> teilnahmeAm(String programm, LocalDate tag) {
        return teilnahmen.stream().filter(t -> t.programm().equals(programm) && t.giltAm(tag)).findFirst();
    }

    Optional<Programmteilnahme> teilnahme(UUID id) {
        return teilnahmen.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    Optional<Zuweisung> zuweisung(UUID id) {
        return zuweisungen.stream().filter(z -> z.id().equals(id)).findFirst();
    }

    /** The history with {@code eintrag} added (or, with the same id, replacing the entry). */
    Personenverlauf mit(Object eintrag) {
        return new Personenverlauf(teilnehmerId, geburtsdatum, ersetzt(wohnorte, eintrag, Wohnort.class),
                ersetzt(aufenthalte, eintrag, Aufenthalt.class), ersetzt(merkmale, eintrag, Merkmaleintrag.class),
                ersetzt(freigaben, eintrag, Freigabeeintrag.class), ersetzt(teilnahmen, eintrag, Programmteilnahme.class),
                ersetzt(zuweisungen, eintrag, Zuweisung.class));
    }

    /** The history without the entry with this id (struck or superseded). */
    Personenverlauf ohne(UUID id) {
        return new Personenverlauf(teilnehmerId, geburtsdatum, ohne(wohnorte, Wohnort::id, id),
                ohne(aufenthalte, Aufenthalt::id, id), ohne(merkmale, Merkmaleintrag::id, id),
                ohne(freigaben, Freigabeeintrag::id, id), ohne(teilnahmen, Programmteilnahme::id, id),
                ohne(zuweisungen, Zuweisung::id, id));
    }

    /** The history with another birth date. */
    Personenverlauf mitGeburtsdatum(LocalDate neu) {
        return new Personenverlauf(teilnehmerId, neu, wohnorte, aufenthalte, merkmale, freigaben, teilnahmen,
                zuweisungen);
    }

    /** The history with the participations changed by {@code aenderung}. */
    Personenverlauf mitTeilnahmen(UnaryOperator<List<Programmteilnahme>> aenderung) {
        return new Personenverlauf(teilnehmerId, geburtsdatum, wohnorte, aufenthalte, merkmale, freigaben,
                aenderung.apply(teilnahmen), zuweisungen);
    }

    /**
     * The state in force on {@code tag}: the newest entry dated on or before it (by date, then by when it was
     * recorded) — independent of the stored {@code bis}, which the database derives only after a write.
     */
    private static <T extends Zeitraum> Optional<T> stand(List<T> eintraege, LocalDate tag) {
        return eintraege.stream().filter(e -> !e.ab().isAfter(tag)).reduce((a, b) -> b);
    }

    private static <T extends Zeitraum> List<T> ersetzt(List<T> liste, Object eintrag, Class<T> art) {
        if (!art.isInstance(eintrag)) {
            return liste;
        }
        T neu = art.cast(eintrag);
        List<T> ergebnis = new ArrayList<>();
        for (T alt : liste) {
            if (!id(alt).equals(id(neu))) {
                ergebnis.add(alt);
            }
        }
        ergebnis.add(neu); // after the others: of two entries on one day the newer counts
        ergebnis.sort(Comparator.comparing(Zeitraum::ab));
        return List.copyOf(ergebnis);
    }

    private static <T> List<T> ohne(List<T> liste, java.util.function.Function<T, UUID> id, UUID weg) {
        return liste.stream().filter(e -> !id.apply(e).equals(weg)).toList();
    }

    /** The id of an entry of the history. */
    static UUID id(Object eintrag) {
        if (eintrag instanceof Wohnort w) {
            return w.id();
        } else if (eintrag instanceof Aufenthalt a) {
            return a.id();
        } else if (eintrag instanceof Merkmaleintrag m) {
            return m.id();
        } else if (eintrag instanceof Freigabeeintrag f) {
            return f.id();
        } else if (eintrag instanceof Programmteilnahme p) {
            return p.id();
        } else if (eintrag instanceof Zuweisung z) {
            return z.id();
        }
        throw new IllegalArgumentException(eintrag.getClass().getName());
    }
}
