package de.teilhabe.platform.finanzierung;

import de.teilhabe.platform.baustein.Baustein;
import de.teilhabe.platform.fehler.FachlicherFehler;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * Forwarding never exceeds the grant. A forwarding counts in the calendar years of its period. For every run of years
 * a to b, the forwardings of a Baustein whose periods lie within a to b must not exceed what the counted records
 * grant the Baustein for those years: their amounts for the Baustein in a to b, plus the part not split over Bausteine
 * and years of every counted record that covers the Baustein and whose period touches a to b. All forwardings of the
 * program together must not exceed the counted records' total. Counted are the Bescheide, or while a program has none,
 * its Mittelrahmen (as in {@link Finanzrechnung}).
 *
 * <p>Only sums the change raises are checked: a Bescheid reduced later (the overview warns of it) blocks no forwarding
 * that does not add to the excess. Pure arithmetic, no database.
 */
final class Weiterleitungsgrenze {

    private Weiterleitungsgrenze() {
    }

    /**
     * Checks {@code neu} — new, or replacing the stored forwarding with its id — for Baustein {@code b}.
     *
     * @param gespeichert the program's stored forwardings, read after {@link BescheidRepository#sperren}
     * @throws FachlicherFehler on {@code betrag}, naming both amounts
     */
    static void pruefen(Baustein b, List<Bescheid> bescheide, List<Weiterleitung> gespeichert, Weiterleitung neu) {
        List<Weiterleitung> nachher = new ArrayList<>(gespeichert.stream()
                .filter(w -> !w.id().equals(neu.id())).toList());
        nachher.add(neu);
        Finanzierungsart massgeblich = bescheide.stream().map(x -> x.stamm().art()).min(Enum::compareTo).orElse(null);
        List<Bescheid> zaehlen = bescheide.stream().filter(x -> x.stamm().art() == massgeblich).toList();
        int art = massgeblich == Finanzierungsart.MITTELRAHMEN ? 1 : 0;

        for (int[] jahre : jahresfolgen(b.id(), nachher, neu)) {
            Predicate<Weiterleitung> darin = w -> w.bausteinId().equals(b.id())
                    && w.beginn().getYear() >= jahre[0] && w.ende().getYear() <= jahre[1];
            BigDecimal weiter = summe(nachher, darin);
            BigDecimal bewilligt = bewilligt(b.id(), zaehlen, jahre[0], jahre[1]);
            if (weiter.compareTo(summe(gespeichert, darin)) > 0 && weiter.compareTo(bewilligt) > 0) {
                if (zaehlen.isEmpty()) {
                    throw FachlicherFehler.ungueltig("betrag", "finanzierung.weiterleitung.ohne.bescheid");
                }
                throw jahre[0] == jahre[1]
                        ? FachlicherFehler.ungueltig("betrag", "finanzierung.weiterleitung.ueber.jahr", b.kurz(),
                        String.valueOf(jahre[0]), weiter, bewilligt, art)
                        : FachlicherFehler.ungueltig("betrag", "finanzierung.weiterleitung.ueber.jahre", b.kurz(),
                        String.valueOf(jahre[0]), String.valueOf(jahre[1]), weiter, bewilligt, art);
            }
        }
        BigDecimal alleNachher = summe(nachher, w -> true);
        BigDecimal gesamt = zaehlen.stream().map(x -> x.stamm().betrag()).reduce(Geld.NULL, BigDecimal::add);
        if (alleNachher.compareTo(summe(gespeichert, w -> true)) > 0 && alleNachher.compareTo(gesamt) > 0) {
            throw FachlicherFehler.ungueltig("betrag", "finanzierung.weiterleitung.ueber.gesamt", alleNachher, gesamt,
                    art);
        }
    }

    /**
     * The runs of years that contain {@code neu}'s years, from years where the Baustein's forwardings begin to years
     * where they end, the shortest first (the message names the narrowest excess).
     */
    private static List<int[]> jahresfolgen(UUID bausteinId, List<Weiterleitung> nachher, Weiterleitung neu) {
        TreeSet<Integer> anfaenge = new TreeSet<>();
        TreeSet<Integer> enden = new TreeSet<>();
        nachher.stream().filter(w -> w.bausteinId().equals(bausteinId)).forEach(w -> {
            anfaenge.add(w.beginn().getYear());
            enden.add(w.ende().getYear());
        });
        List<int[]> folgen = new ArrayList<>();
        for (int von : anfaenge.headSet(neu.beginn().getYear(), true)) {
            for (int bis : enden.tailSet(neu.ende().getYear(), true)) {
                folgen.add(new int[] {von, bis});
            }
        }
        folgen.sort(Comparator.<int[]>comparingInt(f -> f[1] - f[0]).thenComparingInt(f -> f[0]));
        return folgen;
    }

    /** What the counted records grant the Baustein for the years {@code von} to {@code bis}. */
    static BigDecimal bewilligt(UUID bausteinId, List<Bescheid> zaehlen, int von, int bis) {
        BigDecimal summe = Geld.NULL;
        for (Bescheid x : zaehlen) {
            for (BescheidpostenAnsicht p : x.posten()) {
                if (p.bausteinId().equals(bausteinId) && p.jahr() >= von && p.jahr() <= bis) {
                    summe = summe.add(p.betrag());
                }
            }
            if (x.bausteine().contains(bausteinId) && x.stamm().beginn().getYear() <= bis
                    && x.stamm().ende().getYear() >= von) {
                summe = summe.add(x.nichtAufgeteilt());
            }
        }
        return summe;
    }

    private static BigDecimal summe(List<Weiterleitung> liste, Predicate<Weiterleitung> filter) {
        return liste.stream().filter(filter).map(Weiterleitung::betrag).filter(Objects::nonNull)
                .reduce(Geld.NULL, BigDecimal::add);
    }
}
