package de.teilhabe.platform.gremium;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface BeschlussRepository extends CrudRepository<Beschluss, UUID> {

    List<Beschluss> findBySitzungIdOrderByNummer(UUID sitzungId);

    /** The next free number in the Gremium; call with the Gremium's row locked. */
    @Query("select coalesce(max(nummer), 0) + 1 from beschluss where gremium_id = :gremiumId")
    int naechsteNummer(UUID gremiumId);
}
