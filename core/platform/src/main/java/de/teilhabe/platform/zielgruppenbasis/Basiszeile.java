package de.teilhabe.platform.zielgruppenbasis;

import io.micronaut.serde.annotation.Serdeable;

/** One row of report (g): a Kommune (or „Summe“) with Geduldete, Gestattete and their total. */
@Serdeable
public record Basiszeile(String kommune, int geduldete, int gestattete, int gesamt) {

    public static Basiszeile von(String kommune, int geduldete, int gestattete) {
        return new Basiszeile(kommune, geduldete, gestattete, geduldete + gestattete);
    }
}
