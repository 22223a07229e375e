package de.teilhabe.platform.gremium;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/** Tasks with where they come from and whom they are assigned to, in one statement with dynamic conditions. */
@Singleton
class AuftragsAbfrage {

    private static final Field<UUID> ID = DSL.field("a.id", UUID.class);
    private static final Field<String> TEXT = DSL.field("a.text", String.class);
    private static final Field<LocalDate> FAELLIG = DSL.field("a.faellig_am", LocalDate.class);
    private static final Field<String> STATUS = DSL.field("a.status", String.class);
    private static final Field<UUID> Z_GREMIUM = DSL.field("a.zustaendig_gremium_id", UUID.class);
    private static final Field<UUID> Z_PERSON = DSL.field("a.zustaendig_person_id", UUID.class);
    private static final Field<String> ZUSTAENDIG = DSL.field("coalesce(zg.name, zp.name)", String.class);
    private static final Field<UUID> GREMIUM_ID = DSL.field("g.id", UUID.class);
    private static final Field<String> GREMIUM = DSL.field("g.name", String.class);
    private static final Field<UUID> SITZUNG_ID = DSL.field("s.id", UUID.class);
    private static final Field<LocalDate> SITZUNG_AM = DSL.field("s.datum", LocalDate.class);
    private static final Field<UUID> BESCHLUSS_ID = DSL.field("a.beschluss_id", UUID.class);
    private static final Field<Integer> NUMMER = DSL.field("b.nummer", Integer.class);
    private static final Field<Long> VERSION = DSL.field("a.version", Long.class);

    private final DSLContext sql;

    AuftragsAbfrage(DSLContext sql) {
        this.sql = sql;
    }

    /** Conditions to combine; {@code null} fields do not restrict. */
    record Auswahl(Collection<UUID> personen, UUID zustaendigGremium, UUID sitzung, Collection<UUID> beschluesse,
                   boolean nurOffene, boolean ueberfaellig, LocalDate stichtag) {

        static Auswahl fuerSitzung(UUID sitzung, LocalDate stichtag) {
            return new Auswahl(null, null, sitzung, null, false, false, stichtag);
        }

        static Auswahl fuerBeschluesse(Collection<UUID> beschluesse, LocalDate stichtag) {
            return new Auswahl(null, null, null, beschluesse, false, false, stichtag);
        }
    }

    List<AuftragZeile> lesen(Auswahl auswahl) {
        List<Condition> bedingungen = new ArrayList<>();
        if (auswahl.personen() != null) {
            UUID[] personen = auswahl.personen().toArray(UUID[]::new);
            bedingungen.add(DSL.condition("(a.zustaendig_person_id = any({0}) or a.zustaendig_gremium_id in ("
                            + "select m.gremium_id from mitgliedschaft m where m.person_id = any({0})"
                            + " and m.von <= {1} and (m.bis is null or m.bis >= {1})))",
                    uuids(personen), DSL.val(auswahl.stichtag(), SQLDataType.LOCALDATE)));
        }
        if (auswahl.zustaendigGremium() != null) {
            bedingungen.add(Z_GREMIUM.eq(auswahl.zustaendigGremium()));
        }
        if (auswahl.sitzung() != null) {
            bedingungen.add(SITZUNG_ID.eq(auswahl.sitzung()));
        }
        if (auswahl.beschluesse() != null) {
            bedingungen.add(DSL.condition("a.beschluss_id = any({0})",
                    uuids(auswahl.beschluesse().toArray(UUID[]::new))));
        }
        if (auswahl.nurOffene() || auswahl.ueberfaellig()) {
            bedingungen.add(STATUS.ne(Auftragsstatus.ERLEDIGT.name()));
        }
        if (auswahl.ueberfaellig()) {
            bedingungen.add(FAELLIG.lt(DSL.val(auswahl.stichtag(), SQLDataType.LOCALDATE)));
        }
        return sql.select(ID, TEXT, FAELLIG, STATUS, Z_GREMIUM, Z_PERSON, ZUSTAENDIG, GREMIUM_ID, GREMIUM, SITZUNG_ID,
                        SITZUNG_AM, BESCHLUSS_ID, NUMMER, VERSION)
                .from(DSL.table("auftrag a join sitzung s on s.id = a.sitzung_id join gremium g on g.id = s.gremium_id"
                        + " left join beschluss b on b.id = a.beschluss_id"
                        + " left join gremium zg on zg.id = a.zustaendig_gremium_id"
                        + " left join gremium_person zp on zp.id = a.zustaendig_person_id"))
                .where(bedingungen)
                .orderBy(FAELLIG, GREMIUM, TEXT)
                .fetch(r -> zeile(r, auswahl.stichtag()));
    }

    private static AuftragZeile zeile(Record r, LocalDate stichtag) {
        Auftragsstatus status = Auftragsstatus.valueOf(r.get(STATUS));
        LocalDate faellig = r.get(FAELLIG);
        return new AuftragZeile(r.get(ID), r.get(TEXT), faellig, status,
                status != Auftragsstatus.ERLEDIGT && faellig.isBefore(stichtag), r.get(Z_GREMIUM), r.get(Z_PERSON),
                r.get(ZUSTAENDIG), r.get(GREMIUM_ID), r.get(GREMIUM), r.get(SITZUNG_ID), r.get(SITZUNG_AM),
                r.get(BESCHLUSS_ID), r.get(NUMMER), r.get(VERSION));
    }

    private static Field<UUID[]> uuids(UUID[] werte) {
        return DSL.field("cast({0} as uuid[])", UUID[].class, DSL.val(werte, SQLDataType.UUID.getArrayDataType()));
    }
}
