package de.teilhabe.platform.sicherheit;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface BenutzerRepository extends CrudRepository<Benutzer, UUID> {

    Optional<Benutzer> findByBenutzername(String benutzername);

    boolean existsByBenutzername(String benutzername);

    List<Benutzer> findByKreisIdOrderByBenutzername(UUID kreisId);

    void deleteByKreisId(UUID kreisId);
}
