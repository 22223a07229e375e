package de.teilhabe.platform.massnahme;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface MassnahmeRepository extends CrudRepository<Massnahme, UUID> {

    @Query("select kommune_id from massnahme_kommune where massnahme_id = :massnahmeId order by position")
    List<UUID> kommunen(UUID massnahmeId);

    @Query("delete from massnahme_kommune where massnahme_id = :massnahmeId")
    void kommunenLoeschen(UUID massnahmeId);

    @Query("insert into massnahme_kommune (massnahme_id, kommune_id, position) values (:massnahmeId, :kommuneId, :position)")
    void kommuneHinzufuegen(UUID massnahmeId, UUID kommuneId, int position);
}
