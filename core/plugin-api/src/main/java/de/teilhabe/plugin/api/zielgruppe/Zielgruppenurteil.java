package de.teilhabe.plugin.api.zielgruppe;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A reasoned target-group verdict.
 *
 * @param einstufung         outcome class
 * @param begruendungen      why (at least one); in the order the rule checked them
 * @param ausnahmeZulaessig  only for {@link Einstufung#NICHT_ZIELGRUPPE}: the program allows taking the
 *                           person in as a documented exception (the host then requires a written reason and
 *                           marks the case as exception in reports)
 * @param hinweise           further notes that do not change the outcome (e.g. "ABH-Freigabe einholen")
 */
public record Zielgruppenurteil(Einstufung einstufung, List<Begruendung> begruendungen, boolean ausnahmeZulaessig,
                                List<Begruendung> hinweise) {

    public Zielgruppenurteil {
        Objects.requireNonNull(einstufung, "einstufung");
        begruendungen = List.copyOf(begruendungen);
        if (begruendungen.isEmpty()) {
            throw new IllegalArgumentException("Ein Zielgruppenurteil braucht mindestens eine Begründung");
        }
        if (ausnahmeZulaessig && einstufung != Einstufung.NICHT_ZIELGRUPPE) {
            throw new IllegalArgumentException("Eine Ausnahme gibt es nur bei „nicht Zielgruppe“");
        }
        hinweise = List.copyOf(hinweise);
    }

    public static Zielgruppenurteil primaer(Begruendung... gruende) {
        return new Zielgruppenurteil(Einstufung.PRIMAER, List.of(gruende), false, List.of());
    }

    public static Zielgruppenurteil sekundaer(Begruendung... gruende) {
        return new Zielgruppenurteil(Einstufung.SEKUNDAER, List.of(gruende), false, List.of());
    }

    /** Not in the target group, no exception possible. */
    public static Zielgruppenurteil nichtZielgruppe(Begruendung... gruende) {
        return new Zielgruppenurteil(Einstufung.NICHT_ZIELGRUPPE, List.of(gruende), false, List.of());
    }

    /** Not in the target group, but a documented exception is allowed. */
    public static Zielgruppenurteil nichtZielgruppeMitAusnahme(Begruendung... gruende) {
        return new Zielgruppenurteil(Einstufung.NICHT_ZIELGRUPPE, List.of(gruende), true, List.of());
    }

    public static Zielgruppenurteil nichtEntscheidbar(List<Begruendung> gruende) {
        return new Zielgruppenurteil(Einstufung.NICHT_ENTSCHEIDBAR, gruende, false, List.of());
    }

    /** Copy with an additional note. */
    public Zielgruppenurteil mitHinweis(Begruendung hinweis) {
        List<Begruendung> neu = new ArrayList<>(hinweise);
        neu.add(hinweis);
        return new Zielgruppenurteil(einstufung, begruendungen, ausnahmeZulaessig, neu);
    }

    /** Copy with another outcome class and an added reason (e.g. downgraded for subsidiarity). */
    public Zielgruppenurteil umgestuft(Einstufung neu, Begruendung grund) {
        List<Begruendung> gruende = new ArrayList<>(begruendungen);
        gruende.add(grund);
        return new Zielgruppenurteil(neu, gruende, neu == Einstufung.NICHT_ZIELGRUPPE && ausnahmeZulaessig,
                hinweise);
    }

    /** Primary or secondary target group. */
    public boolean istZielgruppe() {
        return einstufung == Einstufung.PRIMAER || einstufung == Einstufung.SEKUNDAER;
    }

    /** Whether a reason or note with this code is present. */
    public boolean enthaeltCode(String code) {
        return begruendungen.stream().anyMatch(b -> b.code().equals(code))
                || hinweise.stream().anyMatch(b -> b.code().equals(code));
    }
}
