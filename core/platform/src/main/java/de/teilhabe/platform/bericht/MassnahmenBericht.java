package de.teilhabe.platform.bericht;

import de.teilhabe.platform.massnahme.MassnahmeZeile;
import de.teilhabe.platform.massnahme.Status;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/** Report (c): each Maßnahme's status on the cut-off date from its status history, in one statement. */
@Singleton
class MassnahmenBericht {

    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final DSLContext sql;

    MassnahmenBericht(DSLContext sql) {
        this.sql = sql;
    }

    private record Stand(Status status, LocalDate ab, String grund) {
    }

    /** The rows of {@code tabelle} (the Maßnahmen table in its order) as they stood on {@code stichtag}. */
    List<Massnahmenzeile> zeilen(List<MassnahmeZeile> tabelle, LocalDate stichtag) {
        Map<UUID, Stand> stand = new HashMap<>();
        sql.fetch("select distinct on (massnahme_id) massnahme_id, status, ab, grund from massnahme_status"
                        + " where ab <= ? and ersetzt_am is null order by massnahme_id, ab desc, erfasst_am desc, id desc", DSL.val(stichtag, SQLDataType.LOCALDATE))
                .forEach(r -> stand.put(r.get(0, UUID.class), new Stand(Status.valueOf(r.get(1, String.class)),
                        r.get(2, LocalDate.class), r.get(3, String.class))));
        List<Massnahmenzeile> zeilen = new ArrayList<>();
        for (MassnahmeZeile m : tabelle) {
            Stand s = stand.get(m.id());
            if (s == null) {
                continue;
            }
            String start = m.geplanterStart() == null ? (m.startHinweis() == null ? "" : m.startHinweis())
                    : DATUM.format(m.geplanterStart());
            zeilen.add(new Massnahmenzeile(m.kommunen(), m.bausteinNummer(), m.bausteinName(), m.traeger(), start,
                    s.status().name(), bemerkung(s, m.bemerkung())));
        }
        return zeilen;
    }

    private static String bemerkung(Stand s, String bemerkung) {
        String grund = s.grund() == null ? "" : " (" + s.grund() + ")";
        return switch (s.status()) {
            case ABGESAGT -> "wird nicht durchgeführt" + grund;
            case UNTERBROCHEN -> "unterbrochen seit " + DATUM.format(s.ab()) + grund;
            case BEENDET -> "beendet am " + DATUM.format(s.ab());
            default -> bemerkung;
        };
    }
}
