package de.teilhabe.platform.massnahme;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;
import java.util.UUID;

/** The status history: entries are saved and superseded (ADR 0002), never changed otherwise or deleted. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface StatusRepository extends GenericRepository<Statuseintrag, Long> {

    Statuseintrag save(Statuseintrag eintrag);

    /** The current entries, oldest first (by date, then by when they were recorded). */
    @Query("select * from massnahme_status where massnahme_id = :massnahmeId and ersetzt_am is null"
            + " order by ab, erfasst_am, id")
    List<Statuseintrag> verlauf(UUID massnahmeId);

    /** Marks a current entry as superseded by {@code durch} (or struck: null); 1 if it was current. */
    @Query("update massnahme_status set ersetzt_am = clock_timestamp(), ersetzt_durch = :durch"
            + " where id = :id and ersetzt_am is null")
    int ersetzen(Long id, @io.micronaut.core.annotation.Nullable Long durch);
}
