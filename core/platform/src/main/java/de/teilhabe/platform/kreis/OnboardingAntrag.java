package de.teilhabe.platform.kreis;

import de.teilhabe.platform.fehler.Zeile;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import jakarta.validation.Valid;

/** Everything a Kreis needs to start: its slug and name, its Kommunen and its first administrator. */
@Serdeable
public record OnboardingAntrag(
        @Nullable @NotBlank @Zeile String slug,
        @Nullable @NotBlank @Zeile String name,
        @Nullable @NotEmpty(message = "{kommunen.leer}") List<@NotNull @Valid KommuneAntrag> kommunen,
        @Nullable @NotNull @Valid ErsterAdmin admin) {

    public List<KommuneAntrag> kommunenOderLeer() {
        return kommunen == null ? List.of() : kommunen;
    }
}
