package de.teilhabe.plugins.kim.stellen;

import de.teilhabe.plugin.api.stellen.Eingabegroesse;
import de.teilhabe.plugin.api.stellen.Stelleneingabe;
import de.teilhabe.plugin.api.stellen.Stellenergebnis;
import de.teilhabe.plugin.api.stellen.Stellenschluessel;
import org.pf4j.Extension;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Baustein 3 posts (seed 004, 3.7): 0.75 posts for an own Ausländerbehörde, 0.75 for an own
 * Einbürgerungsbehörde, plus further 0.75 posts granted on the basis of the AZR data – RKN 2021:
 * 0.75 + 0.75 + 0.75 = 2.25. The seed does not state how the AZR data lead to the extra posts, so their
 * number is an input taken from the Zuwendungsbescheid. No rounding: the result is a multiple of 0.75.
 */
@Extension
public class AuslaenderbehoerdenStellen implements Stellenschluessel {

    public static final String ID = "kim.baustein3.stellen";
    public static final String ABH = "eigene-auslaenderbehoerden";
    public static final String EBH = "eigene-einbuergerungsbehoerden";
    public static final String AZR = "zusaetzliche-stellen-azr";
    static final BigDecimal JE_STELLE = new BigDecimal("0.75");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String bezeichnung() {
        return "Stellen in Ausländer- und Einbürgerungsbehörden (Baustein 3)";
    }

    @Override
    public Optional<Integer> baustein() {
        return Optional.of(3);
    }

    @Override
    public List<Eingabegroesse> eingaben() {
        return List.of(
                Eingabegroesse.anzahl(ABH, "Eigene Ausländerbehörden", "in der Regel 0 oder 1"),
                Eingabegroesse.anzahl(EBH, "Eigene Einbürgerungsbehörden", "in der Regel 0 oder 1"),
                Eingabegroesse.anzahl(AZR, "Zusätzliche 0,75-Stellen aufgrund der AZR-Daten",
                        "Anzahl laut Zuwendungsbescheid (Rhein-Kreis Neuss 2021: 1)"));
    }

    @Override
    public String rundungsregel() {
        return "Keine Rundung: je eigene Ausländerbehörde 0,75 Stellen, je eigene Einbürgerungsbehörde 0,75 Stellen "
                + "und je zusätzlich aufgrund der AZR-Daten zugesprochene Stelle 0,75 Stellen.";
    }

    @Override
    public Stellenergebnis berechne(Stelleneingabe eingabe) {
        eingabe.pruefeOderWirf(eingaben());
        BigDecimal abh = eingabe.wert(ABH);
        BigDecimal ebh = eingabe.wert(EBH);
        BigDecimal azr = eingabe.wert(AZR);
        BigDecimal stellen = abh.add(ebh).add(azr).multiply(JE_STELLE);
        return new Stellenergebnis(stellen, List.of(), List.of(
                "Ausländerbehörde: " + abh.toPlainString() + " × 0,75 = " + deutsch(abh.multiply(JE_STELLE)),
                "Einbürgerungsbehörde: " + ebh.toPlainString() + " × 0,75 = " + deutsch(ebh.multiply(JE_STELLE)),
                "Zusätzlich aufgrund AZR-Daten: " + azr.toPlainString() + " × 0,75 = " + deutsch(azr.multiply(JE_STELLE)),
                "Summe: " + deutsch(stellen) + " Stellen"));
    }

    private static String deutsch(BigDecimal zahl) {
        return zahl.toPlainString().replace('.', ',');
    }
}
