package de.teilhabe.platform.gremium;

import jakarta.inject.Singleton;
import org.jooq.DSLContext;

/** Locks that serialise changes whose rules span several rows (inside the running Kreis transaction). */
@Singleton
class Sperren {

    private final DSLContext sql;

    Sperren(DSLContext sql) {
        this.sql = sql;
    }

    /**
     * Serialises changes to the Gremien of this Kreis (its own schema's table), so two concurrent parent
     * changes cannot together build a cycle that each alone would not.
     */
    void struktur() {
        sql.execute("lock table gremium in share row exclusive mode");
    }
}
