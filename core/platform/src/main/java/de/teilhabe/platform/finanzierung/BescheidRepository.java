package de.teilhabe.platform.finanzierung;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface BescheidRepository extends CrudRepository<Zuwendungsbescheid, UUID> {

    List<Zuwendungsbescheid> findByProgrammIdOrderByBeginnAndId(String programmId);

    /** Another record of the Kreis with this file number, ignoring case (file numbers are unique per Kreis). */
    @Query("select * from zuwendungsbescheid where lower(aktenzeichen) = lower(:aktenzeichen) and id <> :id limit 1")
    Optional<Zuwendungsbescheid> mitAktenzeichen(String aktenzeichen, UUID id);

    /**
     * Locks the program's records until the transaction ends, in a fixed order: a forwarding checked against them
     * waits for a concurrent forwarding or change of a record, and then sees it.
     */
    @Query("select id from zuwendungsbescheid where programm_id = :programmId order by id for update")
    List<UUID> sperren(String programmId);

    @Query("select baustein_id from bescheid_baustein where bescheid_id = :bescheidId order by position")
    List<UUID> bausteine(UUID bescheidId);

    @Query("delete from bescheid_baustein where bescheid_id = :bescheidId")
    void bausteineLoeschen(UUID bescheidId);

    @Query("insert into bescheid_baustein (bescheid_id, baustein_id, position)"
            + " values (:bescheidId, :bausteinId, :position)")
    void bausteinHinzufuegen(UUID bescheidId, UUID bausteinId, int position);
}
