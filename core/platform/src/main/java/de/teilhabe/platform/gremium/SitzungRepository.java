package de.teilhabe.platform.gremium;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface SitzungRepository extends CrudRepository<Sitzung, UUID> {

    List<Sitzung> findByGremiumIdOrderByDatumDesc(UUID gremiumId);
}
