package de.teilhabe.platform.teilnehmer;

import de.teilhabe.platform.audit.AuditEintrag;
import de.teilhabe.platform.fallarbeit.Fallakte;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything stored about one participant, for the person's access request (Art. 15 DSGVO): the record with
 * master data, residence history, programs with verdicts and exceptions, consents and assignments; the case work
 * (goals, notes, referrals); every audit
 * entry about the person (who read or changed what, and when); the Kreis's retention periods; and, if so, the
 * day the record was anonymised.
 */
@Serdeable
public record Datenauskunft(
        Instant erstelltAm,
        String kreis,
        TeilnehmerAkte akte,
        Fallakte fallarbeit,
        @Nullable LocalDate anonymisiertAm,
        List<AuditEintrag> protokoll,
        List<Aufbewahrungsregel> fristen) {

    public Datenauskunft {
        protokoll = List.copyOf(protokoll);
        fristen = List.copyOf(fristen);
    }
}
