package de.teilhabe.platform.stelle;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface WertRepository extends GenericRepository<Stellenwert, Long> {

    Stellenwert save(Stellenwert wert);

    @Query("select w.* from stellen_wert w left join kommune k on k.id = w.kommune_id"
            + " where w.berechnung_id = :berechnungId order by w.eingabe, k.name nulls first")
    List<Stellenwert> von(UUID berechnungId);

    @Query("delete from stellen_wert where berechnung_id = :berechnungId")
    void loeschenVon(UUID berechnungId);
}
