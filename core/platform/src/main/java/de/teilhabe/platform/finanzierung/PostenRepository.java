package de.teilhabe.platform.finanzierung;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface PostenRepository extends CrudRepository<Bescheidposten, UUID> {

    @Query("select p.* from bescheid_posten p join baustein b on b.id = p.baustein_id"
            + " where p.bescheid_id = :bescheidId order by b.nummer, p.jahr")
    List<Bescheidposten> vonBescheid(UUID bescheidId);

    @Query("delete from bescheid_posten where bescheid_id = :bescheidId")
    void loeschenVon(UUID bescheidId);
}
