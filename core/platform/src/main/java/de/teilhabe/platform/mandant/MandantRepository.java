package de.teilhabe.platform.mandant;

import io.micronaut.data.annotation.Query;
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

    /** The Kreis registered under {@code name}, ignoring case and surrounding blanks (names are unique so). */
    @Query("select * from platform.kreis where lower(btrim(name)) = lower(btrim(:name))")
    Optional<Mandant> mitName(String name);

    List<Mandant> listOrderBySlug();

    /** Locks the Kreis's row until the transaction ends: changes of one Kreis's platform records one at a time. */
    @Query("select * from platform.kreis where id = :id for update")
    Optional<Mandant> sperren(UUID id);
}
