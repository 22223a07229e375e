package de.teilhabe.platform.gremium;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Gremien of the Kreis whose transaction is running. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface GremiumRepository extends CrudRepository<Gremium, UUID> {

    List<Gremium> listOrderByName();

    Optional<Gremium> findByVorlage(String vorlage);

    /** The Gremien that belong to the program (among others). */
    @Query("select * from gremium where :programm = any(programme) order by name")
    List<Gremium> vonProgramm(String programm);

    /** Reads the Gremium and locks its row until the transaction ends: serialises changes below it. */
    @Query("select * from gremium where id = :id for update")
    Optional<Gremium> sperren(UUID id);
}
