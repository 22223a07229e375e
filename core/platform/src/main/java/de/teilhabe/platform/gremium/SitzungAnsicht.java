package de.teilhabe.platform.gremium;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.UUID;

/**
 * A meeting with everything the minutes show: agenda, attendance, decisions and tasks. For readers without
 * access to personal data (Gremium-Leserecht, Case-Management) the minutes text, agenda results and attendance
 * are left out and {@code vollstaendig} is {@code false}.
 */
@Serdeable
public record SitzungAnsicht(
        SitzungStamm sitzung,
        String gremium,
        List<TagesordnungspunktAnsicht> tagesordnung,
        List<Anwesend> anwesenheit,
        List<BeschlussAnsicht> beschluesse,
        List<AuftragZeile> auftraege,
        boolean vollstaendig) {

    /** Attendance of one member, with the name as listed. */
    @Serdeable
    public record Anwesend(UUID mitgliedschaftId, String name, @Nullable String funktion, String organisation,
                           Mitgliedsrolle rolle, Teilnahmestatus status) {
    }
}
