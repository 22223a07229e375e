package de.teilhabe.plugin.api.zuweisung;

import org.pf4j.ExtensionPoint;

/**
 * Whether participants of another program may be assigned to this program's Maßnahmen without taking part in
 * this program themselves. Without such a rule, an assignment to a Maßnahme of program X needs a participation in
 * X that runs on the assignment's first day.
 *
 * <p>Example: in the Landesinitiative the Teilhabemanagement of „Gemeinsam klappt’s“ assigns its people to the
 * Maßnahmen of „Durchstarten“'s Förderbausteine 1–4 (seed 000) — the Durchstarten plugin admits them, and both
 * programs' reports count the assignment.
 *
 * <p>Pure function of the request: no I/O, no clock.
 */
public interface Zuweisungsregel extends ExtensionPoint {

    /** Whether a participant of {@link Zuweisungsanfrage#programm()} may be assigned as asked. */
    boolean zulaessig(Zuweisungsanfrage anfrage);
}
