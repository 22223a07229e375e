package de.teilhabe.platform.traeger;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface TraegerRepository extends CrudRepository<Massnahmetraeger, UUID> {

    List<Massnahmetraeger> listOrderByName();

    @Query("select count(*) > 0 from massnahmetraeger where lower(name) = lower(:name) and id <> :id")
    boolean nameVergeben(String name, UUID id);

    /** Another provider with this short name, ignoring case (short names are unique per Kreis). */
    @Query("select * from massnahmetraeger where lower(kurzname) = lower(:kurzname) and id <> :id limit 1")
    Optional<Massnahmetraeger> mitKurzname(String kurzname, UUID id);

    @Query("select kommune_id from traeger_kommune where traeger_id = :traegerId")
    List<UUID> kommunen(UUID traegerId);

    @Query("delete from traeger_kommune where traeger_id = :traegerId")
    void kommunenLoeschen(UUID traegerId);

    @Query("insert into traeger_kommune (traeger_id, kommune_id) values (:traegerId, :kommuneId)")
    void kommuneHinzufuegen(UUID traegerId, UUID kommuneId);
}
