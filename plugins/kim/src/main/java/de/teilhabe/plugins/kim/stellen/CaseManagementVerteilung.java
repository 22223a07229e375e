package de.teilhabe.plugins.kim.stellen;

import de.teilhabe.plugin.api.feld.UngueltigeEingabeException;
import de.teilhabe.plugin.api.feld.Validierungsfehler;
import de.teilhabe.plugin.api.stellen.Eingabegroesse;
import de.teilhabe.plugin.api.stellen.Quotenverteilung;
import de.teilhabe.plugin.api.stellen.Stellenanteil;
import de.teilhabe.plugin.api.stellen.Stelleneingabe;
import de.teilhabe.plugin.api.stellen.Stellenergebnis;
import de.teilhabe.plugin.api.stellen.Stellenschluessel;
import org.pf4j.Extension;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Baustein 2: approved case-management posts distributed to the Kommunen by their share of foreigners in
 * the AZR statistics (seed 004, 3.6): {@code share_k = foreigners_k / foreigners_total},
 * {@code posts_k = share_k × approved posts}, reviewed yearly at a cut-off date (first 31.03.2021).
 *
 * <p>Rounding: to 0.01 posts with the largest-remainder method ({@link Quotenverteilung}), so the parts sum
 * exactly to the approved posts – rounding each part on its own can miss the total by ±0.01 or more.
 */
@Extension
public class CaseManagementVerteilung implements Stellenschluessel {

    public static final String ID = "kim.baustein2.verteilung";
    public static final String STELLEN = "cm-stellen";
    public static final String AUSLAENDER = "auslaender";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String bezeichnung() {
        return "Case-Management-Stellen je Kommune (Baustein 2)";
    }

    @Override
    public Optional<Integer> baustein() {
        return Optional.of(2);
    }

    @Override
    public List<Eingabegroesse> eingaben() {
        return List.of(
                Eingabegroesse.wert(STELLEN, "Bewilligte Case-Management-Stellen", "laut Zuwendungsbescheid, z. B. 7"),
                Eingabegroesse.anzahlJeKommune(AUSLAENDER, "Gemeldete ausländische Personen (AZR)",
                        "alle ausländischen Personen mit Aufenthaltsrecht zum gemeinsamen Stichtag; ohne Deutsche"));
    }

    @Override
    public String rundungsregel() {
        return "Anteil der Kommune = ausländische Personen der Kommune ÷ ausländische Personen im Kreis (AZR, "
                + "Stichtag); Stellenanteil = Anteil × bewilligte Case-Management-Stellen. Gerundet auf 0,01 Stellen "
                + "nach dem Verfahren der größten Reste (Hare-Niemeyer): alle Anteile werden abgerundet, die noch "
                + "fehlenden 0,01 Stellen erhalten nacheinander die Kommunen mit den größten Resten (bei Gleichstand "
                + "die mit mehr ausländischen Personen, dann die zuerst genannte). Die Summe ergibt genau die "
                + "bewilligten Stellen.";
    }

    @Override
    public Stellenergebnis berechne(Stelleneingabe eingabe) {
        eingabe.pruefeOderWirf(eingaben());
        BigDecimal stellen = eingabe.wert(STELLEN);
        Map<String, BigDecimal> auslaender = eingabe.werteJeKommune(AUSLAENDER);
        BigDecimal summe = auslaender.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        List<Validierungsfehler> fehler = new ArrayList<>();
        if (stellen.stripTrailingZeros().scale() > 2) {
            fehler.add(new Validierungsfehler(STELLEN, "eingabe.nachkommastellen",
                    "„Bewilligte Case-Management-Stellen“ höchstens mit zwei Nachkommastellen angeben."));
        }
        if (summe.signum() == 0) {
            fehler.add(new Validierungsfehler(AUSLAENDER, "eingabe.summe-null",
                    "Die Summe der ausländischen Personen ist 0; es gibt keinen Verteilungsschlüssel."));
        }
        if (!fehler.isEmpty()) {
            throw new UngueltigeEingabeException(fehler);
        }
        Map<String, BigDecimal> teile = Quotenverteilung.verteile(stellen, auslaender, 2);
        List<Stellenanteil> anteile = new ArrayList<>();
        List<String> weg = new ArrayList<>();
        weg.add("Ausländische Personen im Kreis (AZR): " + summe.toPlainString());
        teile.forEach((kommune, teil) -> {
            BigDecimal anzahl = auslaender.get(kommune);
            anteile.add(new Stellenanteil(kommune, anzahl, teil));
            BigDecimal prozent = anzahl.multiply(BigDecimal.valueOf(100)).divide(summe, 2, RoundingMode.HALF_UP);
            BigDecimal exakt = anzahl.multiply(stellen).divide(summe, 4, RoundingMode.HALF_UP);
            weg.add(kommune + ": " + anzahl.toPlainString() + " ÷ " + summe.toPlainString() + " = " + deutsch(prozent)
                    + " %; × " + deutsch(stellen) + " = " + deutsch(exakt) + " → " + deutsch(teil) + " Stellen");
        });
        weg.add("Summe: " + deutsch(stellen.setScale(2, RoundingMode.UNNECESSARY)) + " Stellen");
        return new Stellenergebnis(stellen.setScale(2, RoundingMode.UNNECESSARY), anteile, weg);
    }

    private static String deutsch(BigDecimal zahl) {
        return zahl.toPlainString().replace('.', ',');
    }
}
