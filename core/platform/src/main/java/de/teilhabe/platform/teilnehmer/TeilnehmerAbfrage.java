package de.teilhabe.platform.teilnehmer;

import de.teilhabe.plugin.api.zielgruppe.Aufenthaltsstatus;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * The participant search of the running Kreis transaction: one statement for the page, one for the count,
 * sorted by surname and first name. Name prefixes are inlined as literals so that PostgreSQL can use the
 * {@code text_pattern_ops} indexes on {@code lower(nachname)} and {@code lower(vorname)}.
 */
@Singleton
class TeilnehmerAbfrage {

    static final int STANDARD_GROESSE = 50;
    static final int HOECHSTENS = 200;

    private static final Field<UUID> ID = DSL.field("t.id", UUID.class);
    private static final Field<String> NACHNAME = DSL.field("t.nachname", String.class);
    private static final Field<String> VORNAME = DSL.field("t.vorname", String.class);
    private static final Field<LocalDate> GEBURTSDATUM = DSL.field("t.geburtsdatum", LocalDate.class);
    private static final Field<String> KOMMUNE = DSL.field("k.name", String.class);
    /** The current residence status, kept on the participant by a trigger on new residence entries (V39). */
    private static final Field<String> STATUS = DSL.field("t.aufenthaltsstatus", String.class);
    private static final Field<String> FALLVERANTWORTUNG = DSL.field("t.fallverantwortung", String.class);
    private static final Field<LocalDate> AUFGENOMMEN = DSL.field("t.aufgenommen_am", LocalDate.class);
    private static final Field<LocalDate> ABGEMELDET = DSL.field("t.abgemeldet_am", LocalDate.class);
    private static final Field<String[]> PROGRAMME = DSL.field("array(select distinct p.programm from"
            + " programmteilnahme p where p.teilnehmer_id = t.id and p.ersetzt_am is null order by p.programm)",
            String[].class).as("programme");

    private final DSLContext sql;

    TeilnehmerAbfrage(DSLContext sql) {
        this.sql = sql;
    }

    Trefferliste suchen(TeilnehmerFilter filter) {
        List<Condition> bedingungen = bedingungen(filter);
        int groesse = filter.groesse() <= 0 ? STANDARD_GROESSE : Math.min(filter.groesse(), HOECHSTENS);
        int seite = Math.max(0, filter.seite());
        List<TeilnehmerZeile> zeilen = sql.select(ID, NACHNAME, VORNAME, GEBURTSDATUM, KOMMUNE, STATUS.as("status"),
                        PROGRAMME, FALLVERANTWORTUNG, AUFGENOMMEN, ABGEMELDET)
                .from(DSL.table("{0} join kommune k on k.id = t.kommune_id", kandidaten(filter, bedingungen)))
                .where(namensuche(filter) ? List.of() : bedingungen)
                .orderBy(DSL.lower(NACHNAME), DSL.lower(VORNAME), ID)
                .limit(groesse).offset((long) seite * groesse)
                .fetch(TeilnehmerAbfrage::zeile);
        long gesamt = seite == 0 && zeilen.size() < groesse ? zeilen.size()
                : sql.selectCount().from(DSL.table("teilnehmer t")).where(bedingungen).fetchOne(0, Long.class);
        return new Trefferliste(zeilen, gesamt);
    }

    private static boolean namensuche(TeilnehmerFilter f) {
        return f.suche() != null && !f.suche().isBlank();
    }

    /**
     * The rows to sort. For a name search the matches come first from the name indexes and are then sorted
     * ({@code offset 0} keeps PostgreSQL from walking the whole sort index instead, which it estimates cheaper
     * for a prefix in the middle of the alphabet); otherwise the table itself.
     */
    private static Table<?> kandidaten(TeilnehmerFilter f, List<Condition> bedingungen) {
        return namensuche(f)
                ? DSL.table("(select * from teilnehmer t where {0} offset 0) t", DSL.and(bedingungen))
                : DSL.table("teilnehmer t");
    }

    private static List<Condition> bedingungen(TeilnehmerFilter f) {
        List<Condition> b = new ArrayList<>();
        if (f.suche() != null && !f.suche().isBlank()) {
            String suche = f.suche().trim().toLowerCase(Locale.ROOT);
            // an anonymised person has no name any more: a name search never finds one
            b.add(DSL.field("t.anonymisiert_am").isNull());
            int komma = suche.indexOf(',');
            if (komma >= 0) {
                String nach = suche.substring(0, komma).trim();
                String vor = suche.substring(komma + 1).trim();
                if (!nach.isEmpty()) {
                    b.add(beginntMit("t.nachname", nach));
                }
                if (!vor.isEmpty()) {
                    b.add(beginntMit("t.vorname", vor));
                }
            } else {
                b.add(beginntMit("t.nachname", suche).or(beginntMit("t.vorname", suche)));
            }
        }
        if (f.kommuneId() != null) {
            b.add(DSL.field("t.kommune_id", UUID.class).eq(DSL.val(f.kommuneId(), SQLDataType.UUID)));
        }
        if (f.status() != null) {
            b.add(STATUS.eq(DSL.val(f.status().name(), SQLDataType.CLOB)));
        }
        if (f.programm() != null && !f.programm().isBlank()) {
            b.add(DSL.exists(DSL.selectOne().from(DSL.table("programmteilnahme p"))
                    .where(DSL.condition("p.teilnehmer_id = t.id and p.ersetzt_am is null"))
                    .and(DSL.field("p.programm", String.class).eq(DSL.val(f.programm().trim(), SQLDataType.CLOB)))));
        }
        if (f.fallverantwortung() != null && !f.fallverantwortung().isBlank()) {
            // the person's case manager, or the case manager of a participation still open
            Field<String> wer = DSL.val(f.fallverantwortung().trim(), SQLDataType.CLOB);
            b.add(FALLVERANTWORTUNG.eq(wer).or(DSL.exists(DSL.selectOne().from(DSL.table("programmteilnahme p"))
                    .where(DSL.condition("p.teilnehmer_id = t.id and p.ersetzt_am is null and p.abgemeldet_am is null"))
                    .and(DSL.field("p.fallverantwortung", String.class).eq(wer)))));
        }
        if (f.aktiv() != null) {
            Condition aktiv = AUFGENOMMEN.isNotNull().and(ABGEMELDET.isNull());
            b.add(f.aktiv() ? aktiv : DSL.not(aktiv));
        }
        return b;
    }

    /** {@code lower(spalte) like 'präfix%'} with the prefix as an escaped literal (index-friendly). */
    private static Condition beginntMit(String spalte, String praefix) {
        String muster = praefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return DSL.lower(DSL.field(spalte, String.class)).like(DSL.inline(muster), '\\');
    }

    private static TeilnehmerZeile zeile(Record r) {
        String status = r.get("status", String.class);
        String[] programme = r.get(PROGRAMME);
        return new TeilnehmerZeile(r.get(ID), r.get(NACHNAME) + ", " + r.get(VORNAME), r.get(GEBURTSDATUM),
                r.get(KOMMUNE), status == null ? null : Aufenthaltsstatus.valueOf(status),
                programme == null ? List.of() : Arrays.asList(programme), r.get(FALLVERANTWORTUNG),
                r.get(AUFGENOMMEN) != null && r.get(ABGEMELDET) == null);
    }
}
