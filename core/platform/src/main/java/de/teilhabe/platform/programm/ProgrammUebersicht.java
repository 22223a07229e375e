package de.teilhabe.platform.programm;

import de.teilhabe.plugin.api.programm.Foerdergeber;
import de.teilhabe.plugin.api.programm.Foerderzeitraum;
import de.teilhabe.plugin.api.programm.Programmdeskriptor;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A program as a Kreis (or the operator) sees it in the program list: who it is, its state on this server
 * and whether the Kreis runs it. {@code aktiv} is {@code null} for the operator, who has no Kreis.
 */
@Serdeable
@Schema(description = "Programm mit Zustand auf diesem Server und Aktivierung im eigenen Kreis")
public record ProgrammUebersicht(
        String id,
        String name,
        @Nullable String kurzbeschreibung,
        List<String> foerdergeber,
        @Nullable LocalDate foerderzeitraumBeginn,
        @Nullable LocalDate foerderzeitraumEnde,
        String version,
        Programmzustand zustand,
        @Nullable @Schema(description = "Grund, wenn abgelehnt oder fehlgeschlagen") String grund,
        @Nullable @Schema(description = "im eigenen Kreis aktiviert; leer für den Betrieb") Boolean aktiv,
        @Nullable Instant aktiviertAm,
        @Nullable Instant deaktiviertAm) {

    static ProgrammUebersicht von(Programm programm, Optional<ProgrammAktivierung> aktivierung, boolean mitKreis) {
        Optional<Programmdeskriptor> d = programm.deskriptor();
        Optional<Foerderzeitraum> zeitraum = d.flatMap(Programmdeskriptor::standardFoerderzeitraum);
        return new ProgrammUebersicht(programm.id(), programm.name(),
                d.map(Programmdeskriptor::kurzbeschreibung).orElse(null),
                d.map(x -> x.foerdergeber().stream().map(Foerdergeber::kurzname).toList()).orElse(List.of()),
                zeitraum.map(Foerderzeitraum::beginn).orElse(null), zeitraum.map(Foerderzeitraum::ende).orElse(null),
                programm.version(), programm.zustand(), programm.grund().orElse(null),
                mitKreis ? aktivierung.map(ProgrammAktivierung::aktiv).orElse(false) : null,
                aktivierung.map(ProgrammAktivierung::aktiviertAm).orElse(null),
                aktivierung.map(ProgrammAktivierung::deaktiviertAm).orElse(null));
    }
}
