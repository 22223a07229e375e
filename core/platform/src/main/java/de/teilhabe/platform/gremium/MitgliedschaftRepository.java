package de.teilhabe.platform.gremium;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface MitgliedschaftRepository extends CrudRepository<Mitgliedschaft, UUID> {

    List<Mitgliedschaft> findByGremiumIdOrderByVon(UUID gremiumId);

    List<Mitgliedschaft> findByPersonId(UUID personId);

    boolean existsBySitzId(UUID sitzId);
}
