package de.teilhabe.platform.mandant;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface MandantRepository extends CrudRepository<Mandant, UUID> {

    Optional<Mandant> findBySlug(String slug);

    boolean existsBySlug(String slug);

    List<Mandant> listOrderBySlug();
}
