package de.teilhabe.platform.stelle;

import de.teilhabe.platform.fehler.FachlicherFehler;
import de.teilhabe.platform.fehler.Feldfehler;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The rules for a post beyond the constraints of {@link StelleDaten} (name, VZÄ and start given): an enabled
 * program; a formula of that program if one is named; texts of at most {@value #LAENGE} characters; a VZÄ over 0
 * and at most 1 with at most three decimals; an end not before the start; Kommunen of this Kreis, each once.
 */
final class StellePruefung {

    static final int LAENGE = 200;

    private StellePruefung() {
    }

    static void pruefen(StelleDaten d, boolean programmAktiv, Set<String> schluessel, Set<UUID> kommunen) {
        List<Feldfehler> fehler = new ArrayList<>();
        if (!programmAktiv) {
            fehler.add(Feldfehler.von("programmId", "programm.nicht.aktiv", d.programmId()));
        } else if (d.schluesselId() != null && !d.schluesselId().isBlank() && !schluessel.contains(d.schluesselId())) {
            fehler.add(Feldfehler.verweis("schluesselId", "stelle.schluessel.unbekannt", d.schluesselId(), d.programmId()));
        }
        text("bezeichnung", d.bezeichnung(), fehler);
        text("inhaber", d.inhaber(), fehler);
        BigDecimal vzae = d.vzae();
        if (vzae.signum() <= 0 || vzae.compareTo(BigDecimal.ONE) > 0) {
            fehler.add(Feldfehler.von("vzae", "stelle.vzae.ausserhalb", vzae.toPlainString()));
        } else if (vzae.stripTrailingZeros().scale() > 3) {
            fehler.add(Feldfehler.von("vzae", "stelle.vzae.nachkommastellen"));
        }
        if (d.ende() != null && d.ende().isBefore(d.beginn())) {
            fehler.add(Feldfehler.von("ende", "zeitraum.ende.vor.beginn"));
        }
        List<UUID> liste = d.kommunenOderLeer();
        if (!kommunen.containsAll(liste)) {
            fehler.add(Feldfehler.verweis("kommunen", "kommune.fremd"));
        } else if (new HashSet<>(liste).size() != liste.size()) {
            fehler.add(Feldfehler.von("kommunen", "stelle.kommunen.doppelt"));
        }
        if (!fehler.isEmpty()) {
            throw FachlicherFehler.ungueltig(fehler);
        }
    }

    private static void text(String feld, String wert, List<Feldfehler> fehler) {
        if (wert != null && wert.trim().length() > LAENGE) {
            fehler.add(Feldfehler.von(feld, "stelle.text.zu.lang", LAENGE));
        }
    }
}
