package de.teilhabe.platform.finanzierung;

import de.teilhabe.platform.baustein.Baustein;
import de.teilhabe.platform.fehler.Meldungen;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Computes the {@link Finanzstand} of one program from its records; pure arithmetic, no database.
 *
 * <p>Rules: the Bescheide count as granted; as long as a program has none, its Mittelrahmen do. Forwarding is
 * compared per Baustein with what was split to that Baustein plus the not-split rest of every counted record
 * that covers it (the most the Baustein can have got), and for the program with the counted total. The own share
 * of a Baustein and year must reach the plugin's minimum percentage of state funds plus own share
 * ({@code eigen × 100 ≥ minimum × (land + eigen)}); program-wide own shares are not part of that check.
 */
final class Finanzrechnung {

    private static final BigDecimal HUNDERT = BigDecimal.valueOf(100);

    /** The records of one program as read in one transaction. */
    record Daten(List<Bescheid> bescheide, List<Eigenanteil> eigenanteile, List<Weiterleitung> weiterleitungen) {

        /**
         * The records as they stood on {@code stichtag}: Bescheide issued by then (dated on or before it; without a
         * date, beginning by then), own shares of the years up to the Stichtag's year, and forwarding contracts that
         * began by then.
         */
        Daten bis(LocalDate stichtag) {
            return new Daten(
                    bescheide.stream().filter(b -> !(b.stamm().datum() == null ? b.stamm().beginn()
                            : b.stamm().datum()).isAfter(stichtag)).toList(),
                    eigenanteile.stream().filter(e -> e.jahr() <= stichtag.getYear()).toList(),
                    weiterleitungen.stream().filter(w -> !w.beginn().isAfter(stichtag)).toList());
        }
    }

    private Finanzrechnung() {
    }

    static Finanzstand rechnen(String programmId, List<Baustein> bausteine, Daten d, Map<Integer, BigDecimal> mindest,
                               Locale sprache) {
        BigDecimal bewilligt = summe(d.bescheide(), b -> b.stamm().art() == Finanzierungsart.BESCHEID,
                b -> b.stamm().betrag());
        BigDecimal verfuegbar = summe(d.bescheide(), b -> b.stamm().art() == Finanzierungsart.MITTELRAHMEN,
                b -> b.stamm().betrag());
        Finanzierungsart massgeblich = d.bescheide().stream().map(b -> b.stamm().art())
                .min(Enum::compareTo).orElse(null);
        List<Bescheid> zaehlen = d.bescheide().stream().filter(b -> b.stamm().art() == massgeblich).toList();
        BigDecimal zugesagt = massgeblich == Finanzierungsart.MITTELRAHMEN ? verfuegbar : bewilligt;
        BigDecimal nichtAufgeteilt = summe(zaehlen, b -> true, Bescheid::nichtAufgeteilt);
        List<BescheidpostenAnsicht> posten = zaehlen.stream().flatMap(b -> b.posten().stream()).toList();

        List<Finanzstand.Bausteinsumme> summen = new ArrayList<>();
        List<Finanzstand.Jahreszeile> jahre = new ArrayList<>();
        List<Finanzstand.Warnung> warnungen = new ArrayList<>();
        for (Baustein b : bausteine) {
            BigDecimal zu = summe(posten, p -> p.bausteinId().equals(b.id()), BescheidpostenAnsicht::betrag);
            BigDecimal weiter = summe(d.weiterleitungen(), w -> w.bausteinId().equals(b.id()), Weiterleitung::betrag);
            BigDecimal eigen = summe(d.eigenanteile(), e -> b.id().equals(e.bausteinId()), Eigenanteil::betrag);
            BigDecimal minimum = mindest.get(b.nummer());
            summen.add(new Finanzstand.Bausteinsumme(b.id(), b.nummer(), b.name(), zu, weiter, eigen, minimum));
            BigDecimal obergrenze = zu.add(summe(zaehlen, z -> z.bausteine().contains(b.id()),
                    Bescheid::nichtAufgeteilt));
            if (weiter.compareTo(obergrenze) > 0) {
                warnungen.add(warnung("finanzierung.warnung.weiterleitung", b.id(), null, sprache, b.kurz(), weiter,
                        obergrenze));
            }
            jahreVon(b, posten, d.eigenanteile(), minimum, jahre, warnungen, sprache);
        }
        BigDecimal weitergeleitet = summe(d.weiterleitungen(), w -> true, Weiterleitung::betrag);
        if (warnungen.isEmpty() && weitergeleitet.compareTo(zugesagt) > 0) {
            warnungen.add(warnung("finanzierung.warnung.weiterleitung.gesamt", null, null, sprache, weitergeleitet,
                    zugesagt));
        }
        Map<Integer, BigDecimal> ohneBaustein = d.eigenanteile().stream().filter(e -> e.bausteinId() == null)
                .collect(Collectors.groupingBy(Eigenanteil::jahr, TreeMap::new,
                        Collectors.reducing(Geld.NULL, Eigenanteil::betrag, BigDecimal::add)));
        ohneBaustein.forEach((jahr, betrag) -> jahre.add(zeile(null, null, jahr, Geld.NULL, betrag)));
        BigDecimal eigenanteil = summe(d.eigenanteile(), e -> true, Eigenanteil::betrag);
        BigDecimal eigenOhne = summe(d.eigenanteile(), e -> e.bausteinId() == null, Eigenanteil::betrag);
        return new Finanzstand(programmId, massgeblich, zugesagt, bewilligt, verfuegbar, nichtAufgeteilt,
                weitergeleitet, eigenanteil, eigenOhne, summen, jahre, warnungen);
    }

    private static void jahreVon(Baustein b, List<BescheidpostenAnsicht> posten, List<Eigenanteil> eigenanteile,
                                 BigDecimal minimum, List<Finanzstand.Jahreszeile> jahre,
                                 List<Finanzstand.Warnung> warnungen, Locale sprache) {
        TreeMap<Integer, BigDecimal[]> jeJahr = new TreeMap<>(); // year -> {state funds, own share}
        for (BescheidpostenAnsicht p : posten) {
            if (p.bausteinId().equals(b.id())) {
                BigDecimal[] w = jeJahr.computeIfAbsent(p.jahr(), j -> new BigDecimal[] {Geld.NULL, Geld.NULL});
                w[0] = w[0].add(p.betrag());
            }
        }
        for (Eigenanteil e : eigenanteile) {
            if (b.id().equals(e.bausteinId())) {
                BigDecimal[] w = jeJahr.computeIfAbsent(e.jahr(), j -> new BigDecimal[] {Geld.NULL, Geld.NULL});
                w[1] = w[1].add(e.betrag());
            }
        }
        jeJahr.forEach((jahr, w) -> {
            Finanzstand.Jahreszeile z = zeile(b.id(), b.nummer(), jahr, w[0], w[1]);
            jahre.add(z);
            if (minimum != null && w[0].signum() > 0
                    && w[1].multiply(HUNDERT).compareTo(minimum.multiply(z.gesamt())) < 0) {
                warnungen.add(warnung("finanzierung.warnung.eigenanteil", b.id(), jahr, sprache, b.kurz(),
                        String.valueOf(jahr), z.eigenanteilProzent(), minimum, w[1], z.gesamt()));
            }
        });
    }

    private static Finanzstand.Jahreszeile zeile(UUID bausteinId, Integer nummer, int jahr, BigDecimal land,
                                                 BigDecimal eigen) {
        BigDecimal gesamt = land.add(eigen);
        BigDecimal prozent = gesamt.signum() == 0 ? null
                : eigen.multiply(HUNDERT).divide(gesamt, 2, RoundingMode.DOWN);
        return new Finanzstand.Jahreszeile(bausteinId, nummer, jahr, land, eigen, gesamt, prozent);
    }

    private static Finanzstand.Warnung warnung(String code, UUID bausteinId, Integer jahr, Locale sprache,
                                               Object... argumente) {
        return new Finanzstand.Warnung(code, bausteinId, jahr, Meldungen.text(code, sprache, argumente));
    }

    private static <T> BigDecimal summe(List<T> liste, Predicate<T> filter, Function<T, BigDecimal> betrag) {
        return liste.stream().filter(filter).map(betrag).filter(Objects::nonNull).reduce(Geld.NULL, BigDecimal::add);
    }
}
