package de.teilhabe.platform.zielgruppenbasis;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface StandRepository extends CrudRepository<Zielgruppenstand, UUID> {

    @Query("select * from zielgruppenbasis where programm_id = :programmId order by stichtag desc")
    List<Zielgruppenstand> vonProgramm(String programmId);

    /** The Stand that applies at {@code stichtag}: the newest at or before it. */
    @Query("select * from zielgruppenbasis where programm_id = :programmId and stichtag <= :stichtag"
            + " order by stichtag desc limit 1")
    Optional<Zielgruppenstand> geltend(String programmId, LocalDate stichtag);

    @Query("select count(*) > 0 from zielgruppenbasis where programm_id = :programmId and stichtag = :stichtag"
            + " and id <> :id")
    boolean vergeben(String programmId, LocalDate stichtag, UUID id);
}
