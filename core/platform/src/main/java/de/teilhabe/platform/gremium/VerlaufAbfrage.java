package de.teilhabe.platform.gremium;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/** Reads the thread of an Anliegen: three statements (agenda items, decisions, their tasks). */
@Singleton
class VerlaufAbfrage {

    private static final String BEFASSUNGEN = """
            select g.id as gremium_id, g.name as gremium, g.ebene, s.id as sitzung_id, s.datum, t.position, t.titel,
                   t.ergebnis
              from tagesordnungspunkt t join sitzung s on s.id = t.sitzung_id join gremium g on g.id = s.gremium_id
             where t.anliegen_id = {0}
             order by s.datum, t.position
            """;
    private static final String BESCHLUESSE = """
            select b.id, b.nummer, b.text, g.id as gremium_id, g.name as gremium, s.id as sitzung_id, s.datum
              from beschluss b join sitzung s on s.id = b.sitzung_id join gremium g on g.id = b.gremium_id
             where b.anliegen_id = {0}
             order by s.datum, b.nummer
            """;

    private final DSLContext sql;
    private final AuftragsAbfrage auftraege;

    VerlaufAbfrage(DSLContext sql, AuftragsAbfrage auftraege) {
        this.sql = sql;
        this.auftraege = auftraege;
    }

    AnliegenVerlauf lesen(Anliegen anliegen, String herkunft, boolean mitErgebnissen, LocalDate stichtag) {
        var id = DSL.val(anliegen.id(), SQLDataType.UUID);
        List<AnliegenVerlauf.Befassung> befassungen = sql.resultQuery(BEFASSUNGEN, id).fetch(r ->
                new AnliegenVerlauf.Befassung(r.get("gremium_id", UUID.class), r.get("gremium", String.class),
                        r.get("ebene", String.class) == null ? null : Ebene.valueOf(r.get("ebene", String.class)),
                        r.get("sitzung_id", UUID.class), r.get("datum", LocalDate.class),
                        r.get("position", Integer.class), r.get("titel", String.class),
                        mitErgebnissen ? r.get("ergebnis", String.class) : null));
        var beschluesse = sql.resultQuery(BESCHLUESSE, id).fetch();
        List<UUID> ids = beschluesse.map(r -> r.get("id", UUID.class));
        Map<UUID, List<AuftragZeile>> nachBeschluss = ids.isEmpty() ? Map.of()
                : auftraege.lesen(AuftragsAbfrage.Auswahl.fuerBeschluesse(ids, stichtag)).stream()
                        .collect(Collectors.groupingBy(AuftragZeile::beschlussId));
        List<AnliegenVerlauf.Entscheidung> entscheidungen = beschluesse.map(r -> new AnliegenVerlauf.Entscheidung(
                r.get("id", UUID.class), r.get("nummer", Integer.class), r.get("text", String.class),
                r.get("gremium_id", UUID.class), r.get("gremium", String.class), r.get("sitzung_id", UUID.class),
                r.get("datum", LocalDate.class), nachBeschluss.getOrDefault(r.get("id", UUID.class), List.of())));
        return new AnliegenVerlauf(AnliegenAnsicht.von(anliegen), herkunft, status(befassungen, entscheidungen), befassungen,
                entscheidungen);
    }

    static Anliegenstatus status(List<AnliegenVerlauf.Befassung> befassungen,
                                 List<AnliegenVerlauf.Entscheidung> entscheidungen) {
        if (entscheidungen.isEmpty()) {
            return befassungen.isEmpty() ? Anliegenstatus.GEMELDET : Anliegenstatus.IN_VORBEREITUNG;
        }
        List<AuftragZeile> alle = entscheidungen.stream().flatMap(e -> e.auftraege().stream()).toList();
        boolean erledigt = !alle.isEmpty() && alle.stream().allMatch(a -> a.status() == Auftragsstatus.ERLEDIGT);
        return erledigt ? Anliegenstatus.UMGESETZT : Anliegenstatus.ENTSCHIEDEN;
    }
}
