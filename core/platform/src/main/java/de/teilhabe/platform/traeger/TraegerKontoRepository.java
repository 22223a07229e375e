package de.teilhabe.platform.traeger;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface TraegerKontoRepository extends CrudRepository<TraegerKonto, String> {

    List<TraegerKonto> findByTraegerIdOrderByBenutzername(UUID traegerId);
}
