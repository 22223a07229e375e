package de.teilhabe.platform.sicherheit;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Accounts: a name is unique within its Kreis, and among the operator's accounts (no Kreis); case is ignored. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface BenutzerRepository extends CrudRepository<Benutzer, UUID> {

    /** The account of that name in the Kreis. */
    @Query("select * from platform.benutzer where kreis_id = :kreisId and lower(benutzername) = lower(:benutzername)")
    Optional<Benutzer> imKreis(UUID kreisId, String benutzername);

    /** The platform operator's account of that name (one without a Kreis). */
    @Query("select * from platform.benutzer where kreis_id is null and lower(benutzername) = lower(:benutzername)")
    Optional<Benutzer> imBetrieb(String benutzername);

    /** Every active account of that name, in any Kreis or none (at most two are read: one is all sign-in needs). */
    @Query("select * from platform.benutzer where lower(benutzername) = lower(:benutzername) and aktiv limit 2")
    List<Benutzer> aktiveMitNamen(String benutzername);

    List<Benutzer> findByKreisIdOrderByBenutzername(UUID kreisId);

    void deleteByKreisId(UUID kreisId);
}
