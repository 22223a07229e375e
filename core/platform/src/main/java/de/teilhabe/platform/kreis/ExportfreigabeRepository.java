package de.teilhabe.platform.kreis;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The export grants. Times are the database's ({@code now()}), so that granting, checking and using a grant read one
 * clock on every node; the validity checks sit in the SQL, the using up is one conditional update.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface ExportfreigabeRepository extends GenericRepository<Exportfreigabe, UUID> {

    /** A grant valid for {@code sekunden} from now. */
    @Query("insert into platform.export_freigabe (id, kreis_id, zweck, erteilt_von, erteilt_am, gueltig_bis)"
            + " values (:id, :kreisId, :zweck, :erteiltVon, now(), now() + :sekunden * interval '1 second')")
    void erteilen(UUID id, UUID kreisId, String zweck, String erteiltVon, long sekunden);

    @Query("select * from platform.export_freigabe where id = :id")
    Optional<Exportfreigabe> lesen(UUID id);

    /** The Kreis's open grant: neither used nor withdrawn, and still valid. */
    @Query("select * from platform.export_freigabe where kreis_id = :kreisId and eingeloest_am is null"
            + " and widerrufen_am is null and gueltig_bis > now() order by erteilt_am, id limit 1")
    Optional<Exportfreigabe> offene(UUID kreisId);

    /** The open grants of all Kreise (at most one each), for the operator's list. */
    @Query("select * from platform.export_freigabe where eingeloest_am is null and widerrufen_am is null"
            + " and gueltig_bis > now()")
    List<Exportfreigabe> alleOffenen();

    /** The Kreis's newest grants, newest first. */
    @Query("select * from platform.export_freigabe where kreis_id = :kreisId order by erteilt_am desc, id limit :anzahl")
    List<Exportfreigabe> neueste(UUID kreisId, int anzahl);

    /**
     * Uses the grant up if it is still open; 1 if so, 0 if it was used, withdrawn or expired meanwhile. A concurrent
     * second call waits for the first one's row lock and then finds it used: only one export gets a grant.
     */
    @Query("update platform.export_freigabe set eingeloest_von = :wer, eingeloest_am = now() where id = :id"
            + " and eingeloest_am is null and widerrufen_am is null and gueltig_bis > now()")
    int einloesen(UUID id, String wer);

    /** The size of the archive the grant was used for. */
    @Query("update platform.export_freigabe set bytes = :bytes where id = :id and eingeloest_am is not null")
    int groesseEintragen(UUID id, long bytes);

    /** Withdraws the grant if it is still unused; 1 if so, 0 otherwise. */
    @Query("update platform.export_freigabe set widerrufen_von = :wer, widerrufen_am = now() where id = :id"
            + " and eingeloest_am is null and widerrufen_am is null")
    int widerrufen(UUID id, String wer);
}
