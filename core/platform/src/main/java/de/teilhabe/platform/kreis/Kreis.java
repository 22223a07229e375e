package de.teilhabe.platform.kreis;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.UUID;

/** A Kreis as the operator sees it. */
@Serdeable
public record Kreis(UUID id, String slug, String name, Instant angelegtAm) {
}
