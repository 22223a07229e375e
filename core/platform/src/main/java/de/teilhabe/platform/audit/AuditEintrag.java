package de.teilhabe.platform.audit;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/** One line of an audit log: who did what to which record, and what changed (JSON). */
@Serdeable
public record AuditEintrag(long id, Instant zeitpunkt, String benutzer, String aktion, String objektTyp,
                           String objektId, String aenderung) {
}
