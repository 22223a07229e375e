package de.teilhabe.platform.programm;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import java.time.Instant;

/**
 * Whether a Kreis runs a program (a row in the Kreis's own schema). Disabling keeps the row and every table
 * of the program; {@code pluginVersion} is the plugin version whose migrations ran last in this schema.
 */
@MappedEntity("programm_aktivierung")
public record ProgrammAktivierung(
        @Id String programmId,
        boolean aktiv,
        Instant aktiviertAm,
        String aktiviertVon,
        @Nullable Instant deaktiviertAm,
        @Nullable String deaktiviertVon,
        String pluginVersion,
        @Version long version) {

    static ProgrammAktivierung neu(String programmId, String wer, String pluginVersion, Instant jetzt) {
        return new ProgrammAktivierung(programmId, true, jetzt, wer, null, null, pluginVersion, 0L);
    }

    ProgrammAktivierung aktiviert(String wer, String neueVersion, Instant jetzt) {
        return new ProgrammAktivierung(programmId, true, jetzt, wer, deaktiviertAm, deaktiviertVon, neueVersion,
                version);
    }

    ProgrammAktivierung deaktiviert(String wer, Instant jetzt) {
        return new ProgrammAktivierung(programmId, false, aktiviertAm, aktiviertVon, jetzt, wer, pluginVersion,
                version);
    }

    ProgrammAktivierung migriertMit(String neueVersion) {
        return new ProgrammAktivierung(programmId, aktiv, aktiviertAm, aktiviertVon, deaktiviertAm, deaktiviertVon,
                neueVersion, version);
    }
}
