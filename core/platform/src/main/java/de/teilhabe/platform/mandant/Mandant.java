package de.teilhabe.platform.mandant;

import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import java.time.Instant;
import java.util.UUID;

/** A Kreis as registered in the platform schema. */
@MappedEntity(value = "kreis", schema = "platform")
public record Mandant(
        @Id UUID id,
        String slug,
        String name,
        @MappedProperty("schema_name") String schemaName,
        String rolle,
        @DateCreated Instant angelegtAm) {

    public KreisSchema datenbank() {
        return new KreisSchema(slug, schemaName, rolle);
    }
}
