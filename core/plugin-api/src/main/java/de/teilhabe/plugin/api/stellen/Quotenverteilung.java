package de.teilhabe.plugin.api.stellen;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Distributes a total proportionally to weights so that the parts sum <em>exactly</em> to the total:
 * the largest-remainder method (Hare–Niemeyer) in steps of {@code 10^-nachkommastellen}.
 *
 * <p>Rule: compute each exact quota {@code total × weight / sum of weights}; give every part its quota
 * rounded down to the step; hand out the steps still missing one at a time to the parts with the largest
 * remainders. Ties go to the larger weight, then to the earlier entry in the input order. All arithmetic is
 * exact (integers), so the result does not depend on floating-point rounding.
 */
public final class Quotenverteilung {

    private Quotenverteilung() {
    }

    /**
     * @param gesamt            total to distribute, with at most {@code nachkommastellen} decimals, not negative
     * @param gewichte          name → weight (not negative, at least one positive); order is kept
     * @param nachkommastellen  precision of the parts, e.g. 2 for 0.01 posts
     * @return name → part, in input order
     */
    public static Map<String, BigDecimal> verteile(BigDecimal gesamt, Map<String, BigDecimal> gewichte,
                                                   int nachkommastellen) {
        BigInteger einheiten;
        try {
            einheiten = gesamt.movePointRight(nachkommastellen).toBigIntegerExact();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("Gesamtwert " + gesamt.toPlainString() + " hat mehr als "
                    + nachkommastellen + " Nachkommastellen");
        }
        if (einheiten.signum() < 0) {
            throw new IllegalArgumentException("Gesamtwert darf nicht negativ sein");
        }
        int skala = gewichte.values().stream().mapToInt(BigDecimal::scale).max().orElse(0);
        Map<String, BigInteger> g = new LinkedHashMap<>();
        gewichte.forEach((k, v) -> {
            if (v.signum() < 0) {
                throw new IllegalArgumentException("Gewicht für " + k + " ist negativ");
            }
            g.put(k, v.movePointRight(Math.max(skala, 0)).toBigIntegerExact());
        });
        BigInteger summe = g.values().stream().reduce(BigInteger.ZERO, BigInteger::add);
        if (summe.signum() == 0) {
            throw new IllegalArgumentException("Summe der Gewichte ist 0");
        }
        record Teil(int position, String name, BigInteger gewicht, BigInteger grund, BigInteger rest) {
        }
        List<Teil> teile = new ArrayList<>();
        int pos = 0;
        for (Map.Entry<String, BigInteger> e : g.entrySet()) {
            BigInteger[] qr = einheiten.multiply(e.getValue()).divideAndRemainder(summe);
            teile.add(new Teil(pos++, e.getKey(), e.getValue(), qr[0], qr[1]));
        }
        BigInteger vergeben = teile.stream().map(Teil::grund).reduce(BigInteger.ZERO, BigInteger::add);
        int fehlend = einheiten.subtract(vergeben).intValueExact();
        List<Teil> nachRest = new ArrayList<>(teile);
        nachRest.sort(Comparator.comparing(Teil::rest).reversed()
                .thenComparing(Comparator.comparing(Teil::gewicht).reversed())
                .thenComparingInt(Teil::position));
        Map<String, BigInteger> ergebnis = new LinkedHashMap<>();
        teile.forEach(t -> ergebnis.put(t.name(), t.grund()));
        for (int i = 0; i < fehlend; i++) {
            ergebnis.merge(nachRest.get(i).name(), BigInteger.ONE, BigInteger::add);
        }
        Map<String, BigDecimal> raus = new LinkedHashMap<>();
        ergebnis.forEach((k, v) -> raus.put(k, new BigDecimal(v, nachkommastellen)));
        return raus;
    }
}
