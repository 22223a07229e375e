package de.teilhabe.platform.baustein;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface BausteinRepository extends CrudRepository<Baustein, UUID> {

    List<Baustein> findByProgrammIdOrderByNummer(String programmId);

    List<Baustein> listOrderByProgrammIdAndNummer();

    /** Another Baustein with this program, number and holder (the Kreis: {@code kommuneId} null). */
    @Query("select * from baustein where programm_id = :programmId and nummer = :nummer"
            + " and kommune_id is not distinct from cast(:kommuneId as uuid) and id <> :id")
    Optional<Baustein> schonInNutzung(String programmId, int nummer, @Nullable UUID kommuneId, UUID id);
}
