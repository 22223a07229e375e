package de.teilhabe.platform.baustein;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface BausteinRepository extends CrudRepository<Baustein, UUID> {

    List<Baustein> findByProgrammIdOrderByNummer(String programmId);

    List<Baustein> listOrderByProgrammIdAndNummer();
}
