package de.teilhabe.platform.finanzierung;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface EigenanteilRepository extends CrudRepository<Eigenanteil, UUID> {

    @Query("select e.* from eigenanteil e left join baustein b on b.id = e.baustein_id"
            + " where e.programm_id = :programmId order by e.jahr, b.nummer nulls first, e.quelle")
    List<Eigenanteil> vonProgramm(String programmId);
}
