package de.teilhabe.platform.stelle;

import de.teilhabe.platform.kommune.Kommune;
import de.teilhabe.plugin.api.stellen.Stelleneingabe;
import de.teilhabe.plugin.api.stellen.Stellenergebnis;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Translates between the stored values (Kommunen by id) and the plugin API (Kommunen by name, in the Kreis's
 * order of Kommunen): builds the {@link Stelleneingabe} and reads the {@link Stellenergebnis} back.
 */
final class Eingabebau {

    private Eingabebau() {
    }

    /** Values as the plugin sees them; whole numbers without decimals (47, not 47.00). */
    static Stelleneingabe eingabe(Schluessel s, List<StellenberechnungDaten.Wert> werte, List<Kommune> kommunen) {
        Stelleneingabe e = Stelleneingabe.leer();
        for (Schluessel.Eingabe g : s.eingaben()) {
            if (g.jeKommune()) {
                Map<String, BigDecimal> jeKommune = new LinkedHashMap<>();
                for (Kommune k : kommunen) {
                    werte.stream().filter(w -> g.schluessel().equals(w.eingabe()) && k.id().equals(w.kommuneId()))
                            .findFirst().ifPresent(w -> jeKommune.put(k.name(), schlicht(w.wert())));
                }
                e = e.mitJeKommune(g.schluessel(), jeKommune);
            } else {
                for (StellenberechnungDaten.Wert w : werte) {
                    if (g.schluessel().equals(w.eingabe()) && w.kommuneId() == null) {
                        e = e.mit(g.schluessel(), schlicht(w.wert()));
                    }
                }
            }
        }
        return e;
    }

    static List<StellenberechnungDaten.Wert> werte(StellenEingaben gespeichert) {
        return gespeichert.werte().stream()
                .map(w -> new StellenberechnungDaten.Wert(w.eingabe(), w.kommuneId(), w.wert())).toList();
    }

    static Stellenanspruch anspruch(String programmId, Schluessel s, LocalDate stichtag, Stellenergebnis r,
                                    List<Kommune> kommunen, UUID berechnungId) {
        Map<String, Kommune> nachName = kommunen.stream().collect(Collectors.toMap(Kommune::name, Function.identity()));
        List<Stellenanspruch.Anteil> anteile = r.jeKommune().stream().filter(a -> nachName.containsKey(a.kommune()))
                .map(a -> new Stellenanspruch.Anteil(nachName.get(a.kommune()).id(), a.kommune(), a.grundlage(),
                        a.stellen())).toList();
        return new Stellenanspruch(programmId, s.id(), s.bezeichnung(), stichtag, r.stellen(), anteile, r.rechenweg(),
                s.rundungsregel(), berechnungId);
    }

    private static BigDecimal schlicht(BigDecimal wert) {
        BigDecimal w = wert.stripTrailingZeros();
        return w.scale() < 0 ? w.setScale(0) : w;
    }
}
