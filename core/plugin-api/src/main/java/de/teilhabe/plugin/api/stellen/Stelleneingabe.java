package de.teilhabe.plugin.api.stellen;

import de.teilhabe.plugin.api.feld.UngueltigeEingabeException;
import de.teilhabe.plugin.api.feld.Validierungsfehler;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Values for a staffing formula. Per-Kommune values keep the order the host gives (the Kreis's order of
 * Kommunen); results per Kommune come back in that order.
 *
 * @param gesamt     key → value for {@link Eingabeart#GESAMT} inputs
 * @param jeKommune  key → (Kommune → value) for {@link Eingabeart#JE_KOMMUNE} inputs
 */
public record Stelleneingabe(Map<String, BigDecimal> gesamt, Map<String, Map<String, BigDecimal>> jeKommune) {

    public Stelleneingabe {
        gesamt = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(gesamt, "gesamt")));
        Map<String, Map<String, BigDecimal>> kopie = new LinkedHashMap<>();
        Objects.requireNonNull(jeKommune, "jeKommune")
                .forEach((k, v) -> kopie.put(k, Collections.unmodifiableMap(new LinkedHashMap<>(v))));
        jeKommune = Collections.unmodifiableMap(kopie);
    }

    /** Starts an empty input; add values with {@link #mit} and {@link #mitJeKommune}. */
    public static Stelleneingabe leer() {
        return new Stelleneingabe(Map.of(), Map.of());
    }

    /** Copy with one whole-Kreis value. */
    public Stelleneingabe mit(String schluessel, BigDecimal wert) {
        Map<String, BigDecimal> neu = new LinkedHashMap<>(gesamt);
        neu.put(schluessel, wert);
        return new Stelleneingabe(neu, jeKommune);
    }

    /** Copy with one whole-Kreis value. */
    public Stelleneingabe mit(String schluessel, long wert) {
        return mit(schluessel, BigDecimal.valueOf(wert));
    }

    /** Copy with values per Kommune (order kept). */
    public Stelleneingabe mitJeKommune(String schluessel, Map<String, ? extends Number> werte) {
        Map<String, BigDecimal> umgerechnet = new LinkedHashMap<>();
        werte.forEach((k, v) -> umgerechnet.put(k, v instanceof BigDecimal b ? b : new BigDecimal(v.toString())));
        Map<String, Map<String, BigDecimal>> neu = new LinkedHashMap<>(jeKommune);
        neu.put(schluessel, umgerechnet);
        return new Stelleneingabe(gesamt, neu);
    }

    /** The whole-Kreis value (call {@link #pruefeGegen} first). */
    public BigDecimal wert(String schluessel) {
        return Objects.requireNonNull(gesamt.get(schluessel), schluessel);
    }

    /** The per-Kommune values (call {@link #pruefeGegen} first). */
    public Map<String, BigDecimal> werteJeKommune(String schluessel) {
        return Objects.requireNonNull(jeKommune.get(schluessel), schluessel);
    }

    /**
     * Checks this input against the formula's declared inputs: every input present, no unknown keys,
     * no negative values, whole numbers where required, at least one Kommune for per-Kommune inputs.
     */
    public List<Validierungsfehler> pruefeGegen(List<Eingabegroesse> groessen) {
        List<Validierungsfehler> fehler = new ArrayList<>();
        for (Eingabegroesse g : groessen) {
            if (g.art() == Eingabeart.GESAMT) {
                BigDecimal w = gesamt.get(g.schluessel());
                if (w == null) {
                    fehler.add(new Validierungsfehler(g.schluessel(), "eingabe.fehlt",
                            "„" + g.bezeichnung() + "“ fehlt."));
                } else {
                    pruefeZahl(g, g.bezeichnung(), w, fehler);
                }
            } else {
                Map<String, BigDecimal> werte = jeKommune.get(g.schluessel());
                if (werte == null || werte.isEmpty()) {
                    fehler.add(new Validierungsfehler(g.schluessel(), "eingabe.fehlt",
                            "„" + g.bezeichnung() + "“: Werte je Kommune fehlen."));
                } else {
                    werte.forEach((kommune, w) -> pruefeZahl(g, g.bezeichnung() + "“ für „" + kommune, w, fehler));
                }
            }
        }
        Set<String> bekannt = groessen.stream().map(Eingabegroesse::schluessel).collect(Collectors.toSet());
        gesamt.keySet().stream().filter(k -> !bekannt.contains(k)).forEach(k -> fehler.add(unbekannt(k)));
        jeKommune.keySet().stream().filter(k -> !bekannt.contains(k)).forEach(k -> fehler.add(unbekannt(k)));
        return List.copyOf(fehler);
    }

    /** Like {@link #pruefeGegen} but throws if anything is wrong. */
    public Stelleneingabe pruefeOderWirf(List<Eingabegroesse> groessen) {
        List<Validierungsfehler> fehler = pruefeGegen(groessen);
        if (!fehler.isEmpty()) {
            throw new UngueltigeEingabeException(fehler);
        }
        return this;
    }

    private static void pruefeZahl(Eingabegroesse g, String wo, BigDecimal w, List<Validierungsfehler> fehler) {
        if (w == null) {
            fehler.add(new Validierungsfehler(g.schluessel(), "eingabe.fehlt", "„" + wo + "“ fehlt."));
        } else if (w.signum() < 0) {
            fehler.add(new Validierungsfehler(g.schluessel(), "eingabe.negativ",
                    "„" + wo + "“ darf nicht negativ sein (eingegeben: " + w.toPlainString() + ")."));
        } else if (g.ganzzahlig() && w.stripTrailingZeros().scale() > 0) {
            fehler.add(new Validierungsfehler(g.schluessel(), "eingabe.ganzzahl",
                    "„" + wo + "“ muss eine ganze Zahl sein (eingegeben: " + w.toPlainString() + ")."));
        }
    }

    private static Validierungsfehler unbekannt(String k) {
        return new Validierungsfehler(k, "eingabe.unbekannt", "Die Eingabe „" + k + "“ gehört nicht zu dieser Formel.");
    }
}
