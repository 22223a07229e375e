package de.teilhabe.platform.finanzierung;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface WeiterleitungRepository extends CrudRepository<Weiterleitung, UUID> {

    @Query("select w.* from weiterleitung w join baustein b on b.id = w.baustein_id"
            + " where b.programm_id = :programmId order by b.nummer, w.beginn, w.vertrag")
    List<Weiterleitung> vonProgramm(String programmId);
}
