package de.teilhabe.plugin.api.zielgruppe;

import org.pf4j.ExtensionPoint;

/**
 * Decides whether a person belongs to a program's target group at a reference date, with reasons.
 *
 * <p>Contract:
 * <ul>
 *   <li>Never throw for missing or implausible person data: answer {@link Einstufung#NICHT_ENTSCHEIDBAR}
 *       and name each missing item in the reasons.</li>
 *   <li>Exclusions win over inclusions; give every reason that applied, in checking order.</li>
 *   <li>Use {@link Zielgruppenurteil#ausnahmeZulaessig()} only where the program documents exceptions.</li>
 *   <li>Compute ages with {@link Lebensalter} (German counting: "bis einschließlich 27" ends the day before
 *       the 28th birthday).</li>
 *   <li>Pure function of the request: no I/O, no clock – use {@link Pruefanfrage#stichtag()}.</li>
 * </ul>
 */
public interface Zielgruppenregel extends ExtensionPoint {

    /** Stable id, unique in the plugin, starting with the plugin id, e.g. {@code kim.zielgruppe}. */
    String id();

    /** German name shown above the verdict, e.g. „Zielgruppe Teilhabemanagement (Baustein 6)“. */
    String bezeichnung();

    /** Checks one person. */
    Zielgruppenurteil pruefe(Pruefanfrage anfrage);
}
