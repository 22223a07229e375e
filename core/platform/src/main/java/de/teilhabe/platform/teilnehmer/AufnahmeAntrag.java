package de.teilhabe.platform.teilnehmer;

import de.teilhabe.platform.fehler.Freitext;
import de.teilhabe.platform.fehler.Zeile;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.List;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * An intake of a new person: the person, the residence status known so far (may be missing: the verdict is then
 * „nicht entscheidbar“), the program and the intake date, the documented exception (reason and who approved it)
 * where the person is not in the program's target group, the ABH's clearance if already known, the consents given
 * at intake, the work ban and exclusion facts known, and the due date of the clarification where the verdict cannot
 * be decided (default: in 14 days).
 */
@Serdeable
public record AufnahmeAntrag(
        @Nullable @NotNull @Valid TeilnehmerDaten person,
        @Nullable @Valid AufenthaltDaten aufenthalt,
        @Nullable @NotBlank @Zeile String programm,
        @Nullable @NotNull LocalDate aufgenommenAm,
        @Nullable @Freitext String ausnahmeGrund,
        @Nullable @Zeile String ausnahmeGenehmigtVon,
        @Nullable Freigabe freigabe,
        @Nullable LocalDate freigabeAm,
        @Nullable List<Einwilligungszweck> einwilligungen,
        @Nullable List<@NotNull @Valid MerkmalDaten> merkmale,
        @Nullable LocalDate klaerungBis) {

    /** Without work ban, exclusion facts and clarification date (the intake of the first wave). */
    public AufnahmeAntrag(TeilnehmerDaten person, AufenthaltDaten aufenthalt, String programm, LocalDate aufgenommenAm,
                          String ausnahmeGrund, String ausnahmeGenehmigtVon, Freigabe freigabe, LocalDate freigabeAm,
                          List<Einwilligungszweck> einwilligungen) {
        this(person, aufenthalt, programm, aufgenommenAm, ausnahmeGrund, ausnahmeGenehmigtVon, freigabe, freigabeAm,
                einwilligungen, null, null);
    }

    public List<Einwilligungszweck> einwilligungenOderLeer() {
        return einwilligungen == null ? List.of() : einwilligungen;
    }

    public List<MerkmalDaten> merkmaleOderLeer() {
        return merkmale == null ? List.of() : merkmale;
    }
}
