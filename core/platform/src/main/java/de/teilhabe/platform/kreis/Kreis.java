package de.teilhabe.platform.kreis;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.UUID;

/**
 * A Kreis as the operator sees it: metadata only, and until when its admin's export grant holds (none: the export
 * is refused).
 */
@Serdeable
public record Kreis(UUID id, String slug, String name, Instant angelegtAm, @Nullable Instant exportFreigegebenBis) {
}
