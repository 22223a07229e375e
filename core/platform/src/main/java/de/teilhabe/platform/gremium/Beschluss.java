package de.teilhabe.platform.gremium;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import java.util.UUID;

/**
 * A decision taken in a meeting. {@code nummer} counts 1, 2, 3 … per Gremium and is given by the platform;
 * {@code anliegenId} names the Anliegen it decides on.
 */
@MappedEntity("beschluss")
public record Beschluss(
        @Id UUID id,
        UUID gremiumId,
        UUID sitzungId,
        int nummer,
        String text,
        @Nullable UUID anliegenId,
        @Version long version) {
}
