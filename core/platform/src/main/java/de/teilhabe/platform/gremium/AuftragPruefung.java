package de.teilhabe.platform.gremium;

import de.teilhabe.platform.fehler.FachlicherFehler;
import de.teilhabe.platform.fehler.Feldfehler;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The rules of a task beyond the constraints of {@link AuftragDaten} (wording and due date given): exactly one
 * assignee that exists, a due date not before the meeting.
 */
final class AuftragPruefung {

    private AuftragPruefung() {
    }

    /**
     * @param zustaendigesGremium the assigned Gremium if the id is known
     * @param personBekannt       whether the assigned person's id is known
     * @param beschluss           the named decision if it belongs to the same meeting
     */
    static void pruefen(Auftrag a, Sitzung s, Optional<Gremium> zustaendigesGremium, boolean personBekannt,
                        Optional<Beschluss> beschluss) {
        List<Feldfehler> fehler = new ArrayList<>();
        if (a.text().length() > 4000) {
            fehler.add(Feldfehler.von("text", "zu.lang", 4000));
        }
        if (a.faelligAm().isBefore(s.datum())) {
            fehler.add(Feldfehler.von("faelligAm", "gremium.auftrag.faellig.vor.sitzung", Texte.datum(s.datum())));
        }
        if (a.zustaendigGremiumId() == null && a.zustaendigPersonId() == null) {
            fehler.add(Feldfehler.von("zustaendig", "gremium.auftrag.zustaendig.fehlt"));
        } else if (a.zustaendigGremiumId() != null && a.zustaendigPersonId() != null) {
            fehler.add(Feldfehler.von("zustaendig", "gremium.auftrag.zustaendig.doppelt"));
        } else if (a.zustaendigGremiumId() != null) {
            if (zustaendigesGremium.isEmpty()) {
                fehler.add(Feldfehler.verweis("zustaendigGremiumId", "gremium.auftrag.gremium.unbekannt"));
            } else if (zustaendigesGremium.get().aufgeloestAm() != null
                    && zustaendigesGremium.get().aufgeloestAm().isBefore(s.datum())) {
                fehler.add(Feldfehler.von("zustaendigGremiumId", "gremium.auftrag.gremium.aufgeloest",
                        zustaendigesGremium.get().name()));
            }
        } else if (!personBekannt) {
            fehler.add(Feldfehler.verweis("zustaendigPersonId", "gremium.person.unbekannt"));
        }
        if (a.beschlussId() != null && beschluss.isEmpty()) {
            fehler.add(Feldfehler.verweis("beschlussId", "gremium.auftrag.beschluss.fremd"));
        }
        if (!fehler.isEmpty()) {
            throw FachlicherFehler.ungueltig(fehler);
        }
    }
}
