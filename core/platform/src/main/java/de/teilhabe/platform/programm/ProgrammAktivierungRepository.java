package de.teilhabe.platform.programm;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

/** Program activations of the Kreis whose transaction is running (the schema comes from the search path). */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface ProgrammAktivierungRepository extends CrudRepository<ProgrammAktivierung, String> {

    List<ProgrammAktivierung> listOrderByProgrammId();

    List<ProgrammAktivierung> findByAktivOrderByProgrammId(boolean aktiv);
}
