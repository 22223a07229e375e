package de.teilhabe.platform.gremium;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;

/** Creating several Gremien from templates at once, parents before children, all constituted on one day. */
@Serdeable
public record VorlagenAntrag(@Nullable @NotNull LocalDate konstituiertAm,
                             @Nullable List<@NotNull @Valid GremiumVorlage> vorlagen) {

    public List<GremiumVorlage> vorlagenOderLeer() {
        return vorlagen == null ? List.of() : vorlagen;
    }
}
