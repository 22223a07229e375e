package de.teilhabe.platform.kommune;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.UUID;

/** Kommunen of the Kreis whose transaction is running (the schema comes from the search path). */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface KommuneRepository extends CrudRepository<Kommune, UUID> {

    List<Kommune> listOrderByName();
}
