package de.teilhabe.platform.gremium;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.List;

/** Creating several Gremien from templates at once, parents before children, all constituted on one day. */
@Serdeable
public record VorlagenAntrag(@Nullable LocalDate konstituiertAm, @Nullable List<GremiumVorlage> vorlagen) {
}
