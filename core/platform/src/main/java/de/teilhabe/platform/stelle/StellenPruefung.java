package de.teilhabe.platform.stelle;

import de.teilhabe.platform.fehler.FachlicherFehler;
import de.teilhabe.platform.fehler.Feldfehler;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The rules for a formula's inputs beyond the constraints of {@link StellenberechnungDaten} (reference date, each
 * value's input and value given): an enabled program, a formula of that program, and for every declared input a
 * value (per Kommune of this Kreis where the formula asks for it), not negative, whole where counts are asked for,
 * at most two decimals; no unknown inputs and nothing twice.
 */
final class StellenPruefung {

    static final BigDecimal HOECHSTENS = new BigDecimal("999999999999.99");

    private StellenPruefung() {
    }

    static void pruefen(StellenberechnungDaten d, boolean programmAktiv, Optional<Schluessel> schluessel,
                        Set<UUID> kommunen) {
        List<Feldfehler> fehler = new ArrayList<>();
        if (!programmAktiv) {
            fehler.add(Feldfehler.von("programmId", "programm.nicht.aktiv", d.programmId()));
        } else if (d.schluesselId() == null || d.schluesselId().isBlank()) {
            fehler.add(Feldfehler.von("schluesselId", "pflichtfeld"));
        } else if (schluessel.isEmpty()) {
            fehler.add(Feldfehler.verweis("schluesselId", "stelle.schluessel.unbekannt", d.schluesselId(), d.programmId()));
        }
        Set<String> gesehen = new HashSet<>();
        List<StellenberechnungDaten.Wert> werte = d.werteOderLeer();
        for (int i = 0; i < werte.size(); i++) {
            wert(werte.get(i), "werte[" + i + "].", schluessel, kommunen, gesehen, fehler);
        }
        schluessel.ifPresent(s -> s.eingaben().stream()
                .filter(e -> werte.stream().noneMatch(w -> e.schluessel().equals(w.eingabe())))
                .forEach(e -> fehler.add(Feldfehler.von("werte", "stelle.eingabe.fehlt", e.bezeichnung()))));
        if (!fehler.isEmpty()) {
            throw FachlicherFehler.ungueltig(fehler);
        }
    }

    private static void wert(StellenberechnungDaten.Wert w, String feld, Optional<Schluessel> schluessel,
                             Set<UUID> kommunen, Set<String> gesehen, List<Feldfehler> fehler) {
        Optional<Schluessel.Eingabe> eingabe = schluessel.flatMap(s -> s.eingabe(w.eingabe()));
        if (schluessel.isPresent() && eingabe.isEmpty()) {
            fehler.add(Feldfehler.verweis(feld + "eingabe", "stelle.eingabe.unbekannt", w.eingabe(),
                    schluessel.get().bezeichnung()));
        }
        eingabe.ifPresent(e -> {
            if (e.jeKommune() && w.kommuneId() == null) {
                fehler.add(Feldfehler.von(feld + "kommuneId", "stelle.eingabe.kommune.fehlt", e.bezeichnung()));
            } else if (!e.jeKommune() && w.kommuneId() != null) {
                fehler.add(Feldfehler.von(feld + "kommuneId", "stelle.eingabe.nur.gesamt", e.bezeichnung()));
            }
        });
        if (w.kommuneId() != null && !kommunen.contains(w.kommuneId())) {
            fehler.add(Feldfehler.verweis(feld + "kommuneId", "kommune.fremd"));
        } else if (!gesehen.add(w.eingabe() + "/" + w.kommuneId())) {
            fehler.add(Feldfehler.von(feld + "kommuneId", "stelle.eingabe.doppelt"));
        }
        BigDecimal wert = w.wert();
        if (wert.signum() < 0) {
            fehler.add(Feldfehler.von(feld + "wert", "stelle.eingabe.negativ", wert.toPlainString()));
        } else if (eingabe.map(Schluessel.Eingabe::ganzzahlig).orElse(false) && wert.stripTrailingZeros().scale() > 0) {
            fehler.add(Feldfehler.von(feld + "wert", "stelle.eingabe.ganzzahl", wert.toPlainString()));
        } else if (wert.stripTrailingZeros().scale() > 2) {
            fehler.add(Feldfehler.von(feld + "wert", "stelle.eingabe.nachkommastellen"));
        } else if (wert.compareTo(HOECHSTENS) > 0) {
            fehler.add(Feldfehler.von(feld + "wert", "stelle.eingabe.zu.gross"));
        }
    }
}
