package de.teilhabe.platform.sicherheit;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Param;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * The rows of {@code platform.anmeldebremse} (V10), in the running transaction. Every change is one statement on the
 * key's row, so that nodes signing in at once count every failure: the insert … on conflict takes the row's lock.
 */
@Singleton
class AnmeldebremseTabelle {

    /** How many old rows one failure purges at most (the rest goes with the next ones). */
    private static final int AUFRAEUMEN_JE_SCHREIBEN = 100;

    /** A key's count after a failure, and since when it counts. */
    record Zaehlung(int fehlversuche, Instant seit) {
    }

    /** A key locked until {@code bis}. */
    record Sperre(String schluessel, Instant bis) {
    }

    private final DSLContext sql;

    AnmeldebremseTabelle(DSLContext sql) {
        this.sql = sql;
    }

    /**
     * Counts a failure of the key at {@code jetzt}. The count starts again at 1 when it is stale: when the key's last
     * failure ({@code abLetztem}) or its first one (otherwise) lies before {@code neuBeginnenVor}.
     */
    Zaehlung zaehlen(String schluessel, Instant jetzt, boolean abLetztem, Instant neuBeginnenVor) {
        String veraltet = (abLetztem ? "b.letzter_fehlschlag" : "b.erster_fehlschlag") + " < cast(? as timestamptz)";
        return sql.fetchSingle("insert into platform.anmeldebremse as b (schluessel, fehlversuche, erster_fehlschlag,"
                                + " letzter_fehlschlag) values (?, 1, cast(? as timestamptz), cast(? as timestamptz))"
                                + " on conflict (schluessel) do update set"
                                + " fehlversuche = case when " + veraltet + " then 1 else b.fehlversuche + 1 end,"
                                + " erster_fehlschlag = case when " + veraltet + " then excluded.erster_fehlschlag"
                                + " else b.erster_fehlschlag end,"
                                + " letzter_fehlschlag = excluded.letzter_fehlschlag"
                                + " returning fehlversuche, erster_fehlschlag",
                        DSL.val(schluessel), zeit(jetzt), zeit(jetzt), zeit(neuBeginnenVor), zeit(neuBeginnenVor))
                .map(r -> new Zaehlung(r.get(0, Integer.class), r.get(1, OffsetDateTime.class).toInstant()));
    }

    /** No attempt of the key before {@code bis} (a lock already running longer stays). */
    void sperren(String schluessel, Instant bis) {
        sql.execute("update platform.anmeldebremse set gesperrt_bis = greatest(gesperrt_bis, cast(? as timestamptz))"
                + " where schluessel = ?", zeit(bis), DSL.val(schluessel));
    }

    /** The keys among {@code schluessel} locked at {@code jetzt}, longest first. */
    List<Sperre> sperren(List<String> schluessel, Instant jetzt) {
        return sql.fetch("select schluessel, gesperrt_bis from platform.anmeldebremse"
                                + " where schluessel = any(?) and gesperrt_bis > cast(? as timestamptz)"
                                + " order by gesperrt_bis desc",
                        DSL.val(schluessel.toArray(String[]::new)), zeit(jetzt))
                .map(r -> new Sperre(r.get(0, String.class), r.get(1, OffsetDateTime.class).toInstant()));
    }

    /**
     * Notes that the key's running lock is in the audit log; true only for the first caller of a lock, on any node
     * (later refusals of the same lock are not logged again).
     */
    boolean vermerken(String schluessel, Instant jetzt) {
        return sql.execute("update platform.anmeldebremse set vermerkt_bis = gesperrt_bis"
                        + " where schluessel = ? and gesperrt_bis > cast(? as timestamptz)"
                        + " and (vermerkt_bis is null or vermerkt_bis < gesperrt_bis)",
                DSL.val(schluessel), zeit(jetzt)) == 1;
    }

    /** Forgets the key (a successful sign-in of the account). */
    void loeschen(String schluessel) {
        sql.execute("delete from platform.anmeldebremse where schluessel = ?", DSL.val(schluessel));
    }

    /** Removes old rows: last failure before {@code vor} and no lock running at {@code jetzt}. */
    int aufraeumen(Instant vor, Instant jetzt) {
        return sql.execute("delete from platform.anmeldebremse where schluessel in (select schluessel"
                        + " from platform.anmeldebremse where letzter_fehlschlag < cast(? as timestamptz)"
                        + " and (gesperrt_bis is null or gesperrt_bis <= cast(? as timestamptz))"
                        + " limit " + AUFRAEUMEN_JE_SCHREIBEN + " for update skip locked)",
                zeit(vor), zeit(jetzt));
    }

    private static Param<OffsetDateTime> zeit(Instant t) {
        return DSL.val(t.atOffset(ZoneOffset.UTC), SQLDataType.TIMESTAMPWITHTIMEZONE);
    }
}
