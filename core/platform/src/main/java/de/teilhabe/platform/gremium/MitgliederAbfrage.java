package de.teilhabe.platform.gremium;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * Members with person names and unfilled seats of many Gremien in one statement (for the structure view and
 * the Gremium detail). Runs inside the caller's Kreis transaction.
 */
@Singleton
class MitgliederAbfrage {

    private static final String SQL = """
            with p as (select cast({0} as uuid[]) as gremien, cast({1} as date) as tag)
            select 'M' as art, m.id, m.gremium_id, m.person_id, pe.name as person, m.sitz_id, m.rolle, m.funktion,
                   m.organisation, m.organisation_art, m.vertritt_id,
                   coalesce(vp.name, v.funktion || ' (' || v.organisation || ')', v.organisation) as vertritt,
                   m.von, m.bis, m.version, 0 as position, false as nach_thema
              from p, mitgliedschaft m
              left join gremium_person pe on pe.id = m.person_id
              left join mitgliedschaft v on v.id = m.vertritt_id
              left join gremium_person vp on vp.id = v.person_id
             where m.gremium_id = any(p.gremien)
               and (p.tag is null or (m.von <= p.tag and (m.bis is null or m.bis >= p.tag)))
            union all
            select 'S', s.id, s.gremium_id, null, null, null, s.rolle, s.funktion, null, null, null, null,
                   null, null, s.version, s.position, s.nach_thema
              from p, gremium_sitz s
             where p.tag is not null and s.gremium_id = any(p.gremien)
               and not exists (select 1 from mitgliedschaft b where b.sitz_id = s.id
                                  and b.von <= p.tag and (b.bis is null or b.bis >= p.tag))
            """;

    private final DSLContext sql;

    MitgliederAbfrage(DSLContext sql) {
        this.sql = sql;
    }

    /** Who sits in the Gremien on {@code stichtag}, and which seats are empty that day. */
    Besetzung amStichtag(Collection<UUID> gremien, LocalDate stichtag) {
        return lesen(gremien, stichtag);
    }

    /** All memberships of one Gremium, past and present. */
    List<Mitglied> verlauf(UUID gremium) {
        return lesen(List.of(gremium), null).mitglieder();
    }

    private Besetzung lesen(Collection<UUID> gremien, LocalDate stichtag) {
        List<Mitglied> mitglieder = new ArrayList<>();
        List<OffenerSitz> sitze = new ArrayList<>();
        if (gremien.isEmpty()) {
            return new Besetzung(mitglieder, sitze);
        }
        sql.resultQuery(SQL, DSL.val(gremien.toArray(UUID[]::new), SQLDataType.UUID.getArrayDataType()),
                        DSL.val(stichtag, SQLDataType.LOCALDATE))
                .forEach(r -> {
                    if ("M".equals(r.get("art", String.class))) {
                        mitglieder.add(mitglied(r));
                    } else {
                        sitze.add(new OffenerSitz(r.get("id", UUID.class), r.get("gremium_id", UUID.class),
                                r.get("position", Integer.class), Mitgliedsrolle.valueOf(r.get("rolle", String.class)),
                                r.get("funktion", String.class), r.get("nach_thema", Boolean.class)));
                    }
                });
        return new Besetzung(mitglieder, sitze);
    }

    private static Mitglied mitglied(Record r) {
        return new Mitglied(r.get("id", UUID.class), r.get("gremium_id", UUID.class), r.get("person_id", UUID.class),
                r.get("person", String.class), r.get("sitz_id", UUID.class),
                Mitgliedsrolle.valueOf(r.get("rolle", String.class)), r.get("funktion", String.class),
                r.get("organisation", String.class), Organisationsart.valueOf(r.get("organisation_art", String.class)),
                r.get("vertritt_id", UUID.class), r.get("vertritt", String.class), r.get("von", LocalDate.class),
                r.get("bis", LocalDate.class), r.get("version", Long.class));
    }
}
