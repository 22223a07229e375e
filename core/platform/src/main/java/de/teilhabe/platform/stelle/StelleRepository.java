package de.teilhabe.platform.stelle;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface StelleRepository extends CrudRepository<Stelle, UUID> {

    List<Stelle> findByProgrammIdOrderByBezeichnungAndBeginn(String programmId);

    @Query("select kommune_id from stelle_kommune where stelle_id = :stelleId order by position")
    List<UUID> kommunen(UUID stelleId);

    @Query("delete from stelle_kommune where stelle_id = :stelleId")
    void kommunenLoeschen(UUID stelleId);

    @Query("insert into stelle_kommune (stelle_id, kommune_id, position) values (:stelleId, :kommuneId, :position)")
    void kommuneHinzufuegen(UUID stelleId, UUID kommuneId, int position);
}
