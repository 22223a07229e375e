package de.teilhabe.platform.teilnehmer;

import de.teilhabe.plugin.api.zielgruppe.Aufenthaltsstatus;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * What the participant page shows: the person with today's Kommune, the current residence status (the newest entry
 * from today or earlier), and the dated history as currently known (ADR 0002) — residence Kommunen, residence
 * status, work ban and exclusion facts, ABH clearances newest first; participations (every episode, also ended ones),
 * consents and assignments oldest first.
 */
@Serdeable
public record TeilnehmerAkte(
        Teilnehmer teilnehmer,
        String kommune,
        @Nullable Aufenthaltsstatus aktuellerStatus,
        List<Aufenthalt> aufenthalte,
        List<Programmteilnahme> programme,
        List<Einwilligung> einwilligungen,
        List<Zuweisung> zuweisungen,
        List<Wohnort> wohnorte,
        List<Merkmaleintrag> merkmale,
        List<Freigabeeintrag> freigaben) {

    /** Whether a work ban holds today. */
    public boolean beschaeftigungsverbot() {
        java.time.LocalDate heute = java.time.LocalDate.now();
        return merkmale.stream().anyMatch(m -> m.merkmal() == Personenmerkmal.BESCHAEFTIGUNGSVERBOT && m.giltAm(heute));
    }
}
