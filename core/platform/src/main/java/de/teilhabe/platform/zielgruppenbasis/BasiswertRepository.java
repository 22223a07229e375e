package de.teilhabe.platform.zielgruppenbasis;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface BasiswertRepository extends GenericRepository<Zielgruppenwert, Long> {

    Zielgruppenwert save(Zielgruppenwert wert);

    @Query("select w.* from zielgruppenbasis_wert w join kommune k on k.id = w.kommune_id"
            + " where w.stand_id = :standId order by k.name")
    List<Zielgruppenwert> von(UUID standId);

    @Query("delete from zielgruppenbasis_wert where stand_id = :standId")
    void loeschenVon(UUID standId);
}
