package de.teilhabe.platform.teilnehmer;

import de.teilhabe.plugin.api.zielgruppe.Aufenthaltsstatus;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * What the participant page shows: the person with the Kommune's name, the current residence status (the
 * newest entry from today or earlier) and the history newest first, programs, consents and assignments.
 */
@Serdeable
public record TeilnehmerAkte(
        Teilnehmer teilnehmer,
        String kommune,
        @Nullable Aufenthaltsstatus aktuellerStatus,
        List<Aufenthalt> aufenthalte,
        List<Programmteilnahme> programme,
        List<Einwilligung> einwilligungen,
        List<Zuweisung> zuweisungen) {
}
