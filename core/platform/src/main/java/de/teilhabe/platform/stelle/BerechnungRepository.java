package de.teilhabe.platform.stelle;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface BerechnungRepository extends CrudRepository<Stellenberechnung, UUID> {

    @Query("select * from stellen_berechnung where programm_id = :programmId order by schluessel_id, stichtag desc")
    List<Stellenberechnung> vonProgramm(String programmId);

    /** The inputs that apply at {@code stichtag}: the newest at or before it. */
    @Query("select * from stellen_berechnung where programm_id = :programmId and schluessel_id = :schluesselId"
            + " and stichtag <= :stichtag order by stichtag desc limit 1")
    Optional<Stellenberechnung> geltend(String programmId, String schluesselId, LocalDate stichtag);

    @Query("select count(*) > 0 from stellen_berechnung where programm_id = :programmId"
            + " and schluessel_id = :schluesselId and stichtag = :stichtag and id <> :id")
    boolean vergeben(String programmId, String schluesselId, LocalDate stichtag, UUID id);
}
