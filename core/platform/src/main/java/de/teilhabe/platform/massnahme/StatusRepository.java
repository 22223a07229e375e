package de.teilhabe.platform.massnahme;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;
import java.util.UUID;

/** The status history is append-only: save and read, nothing else. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface StatusRepository extends GenericRepository<Statuseintrag, Long> {

    Statuseintrag save(Statuseintrag eintrag);

    @Query("select * from massnahme_status where massnahme_id = :massnahmeId order by ab, id")
    List<Statuseintrag> verlauf(UUID massnahmeId);
}
