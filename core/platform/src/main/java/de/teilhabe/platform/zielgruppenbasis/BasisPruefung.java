package de.teilhabe.platform.zielgruppenbasis;

import de.teilhabe.platform.fehler.FachlicherFehler;
import de.teilhabe.platform.fehler.Feldfehler;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The rules for a Stand beyond the constraints of {@link ZielgruppenbasisDaten} (Stichtag, Kommune and both counts
 * given): an enabled program, a source note of at most {@value #QUELLE_LAENGE} characters, and per Kommune of this
 * Kreis (each at most once) two counts, whole, not negative and at most {@value #HOECHSTENS}.
 */
final class BasisPruefung {

    static final int HOECHSTENS = 1_000_000;
    static final int QUELLE_LAENGE = 500;

    private BasisPruefung() {
    }

    /**
     * Checks {@code d} after its constraints ({@link ZielgruppenbasisDaten}): the program is required here, not
     * there, because a Stand that is replaced keeps its stored program whatever the input names.
     */
    static void pruefen(ZielgruppenbasisDaten d, boolean programmAktiv, Set<UUID> kommunen) {
        List<Feldfehler> fehler = new ArrayList<>();
        if (d.programmId() == null || d.programmId().isBlank()) {
            fehler.add(Feldfehler.von("programmId", "pflichtfeld"));
        } else if (!programmAktiv) {
            fehler.add(Feldfehler.von("programmId", "programm.nicht.aktiv", d.programmId()));
        }
        if (d.quelle() != null && d.quelle().trim().length() > QUELLE_LAENGE) {
            fehler.add(Feldfehler.von("quelle", "zielgruppenbasis.quelle.zu.lang", QUELLE_LAENGE));
        }
        if (d.id() != null && d.version() == null) {
            fehler.add(Feldfehler.von("version", "pflichtfeld"));
        }
        Set<UUID> gesehen = new HashSet<>();
        List<ZielgruppenbasisDaten.Wert> werte = d.werteOderLeer();
        for (int i = 0; i < werte.size(); i++) {
            ZielgruppenbasisDaten.Wert w = werte.get(i);
            String feld = "werte[" + i + "].";
            if (!kommunen.contains(w.kommuneId())) {
                fehler.add(Feldfehler.verweis(feld + "kommuneId", "zielgruppenbasis.kommune.fremd"));
            } else if (!gesehen.add(w.kommuneId())) {
                fehler.add(Feldfehler.von(feld + "kommuneId", "zielgruppenbasis.kommune.doppelt"));
            }
            anzahl(w.geduldete(), feld + "geduldete", fehler);
            anzahl(w.gestattete(), feld + "gestattete", fehler);
        }
        if (!fehler.isEmpty()) {
            throw FachlicherFehler.ungueltig(fehler);
        }
    }

    private static void anzahl(int anzahl, String feld, List<Feldfehler> fehler) {
        if (anzahl < 0) {
            fehler.add(Feldfehler.von(feld, "zielgruppenbasis.anzahl.negativ", anzahl));
        } else if (anzahl > HOECHSTENS) {
            fehler.add(Feldfehler.von(feld, "zielgruppenbasis.anzahl.zu.gross", HOECHSTENS));
        }
    }
}
