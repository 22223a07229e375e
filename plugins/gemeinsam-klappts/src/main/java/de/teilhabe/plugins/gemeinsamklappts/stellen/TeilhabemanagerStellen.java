package de.teilhabe.plugins.gemeinsamklappts.stellen;

import de.teilhabe.plugin.api.stellen.Eingabegroesse;
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
 * Funded Teilhabemanager posts: one post per 100 tolerated (geduldete) persons aged 18 to 27 (seed 001),
 * in steps of 0.5 posts.
 *
 * <p>Rounding rule: count ÷ 100 rounded half-up to the nearest 0.5 (x.25 → x.5, x.75 → x+1), at least 0.5
 * as soon as one person counts. The seeds confirm 45 → 0.5 (Stadt Rheine, seed 002) and 308 → 3.0
 * (Rhein-Kreis Neuss, seeds 000/001); "round up" (308 → 3.5) and "round down" (45 → 0) contradict them.
 * The minimum of 0.5 for 1–24 persons is an assumption the seeds neither confirm nor contradict.
 */
@Extension
public class TeilhabemanagerStellen implements Stellenschluessel {

    public static final String ID = "gemeinsam-klappts.thm-stellen";
    public static final String GEDULDETE = "geduldete-18-27";

    private static final BigDecimal HUNDERT = BigDecimal.valueOf(100);
    private static final BigDecimal ZWEI = BigDecimal.valueOf(2);

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String bezeichnung() {
        return "Teilhabemanager-Stellen (Baustein 6)";
    }

    @Override
    public Optional<Integer> baustein() {
        return Optional.of(6);
    }

    @Override
    public List<Eingabegroesse> eingaben() {
        return List.of(Eingabegroesse.anzahlJeKommune(GEDULDETE, "Geduldete im Alter von 18 bis 27 Jahren",
                "Zahl laut Rückmeldung der Ausländerbehörden zum Zeitpunkt der Antragstellung"));
    }

    @Override
    public String rundungsregel() {
        return "Eine Stelle je 100 geduldete Personen im Alter von 18 bis einschließlich 27 Jahren, in Schritten von "
                + "0,5 Stellen: Anzahl ÷ 100 wird kaufmännisch auf die nächste halbe Stelle gerundet (ab ,25 auf ,5; "
                + "ab ,75 auf die nächste volle Stelle). Ab einer Person mindestens 0,5 Stellen (Annahme, im "
                + "Förderkonzept zu prüfen). Beispiele: 45 → 0,5 Stellen; 308 → 3,0 Stellen.";
    }

    @Override
    public Stellenergebnis berechne(Stelleneingabe eingabe) {
        eingabe.pruefeOderWirf(eingaben());
        Map<String, BigDecimal> jeKommune = eingabe.werteJeKommune(GEDULDETE);
        BigDecimal summe = jeKommune.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal stellen = stellenFuer(summe);
        List<String> weg = new ArrayList<>();
        jeKommune.forEach((k, v) -> weg.add(k + ": " + v.toPlainString() + " Geduldete (18–27)"));
        weg.add("Summe: " + summe.toPlainString() + " Geduldete");
        BigDecimal roh = summe.divide(HUNDERT, 2, RoundingMode.UNNECESSARY);
        weg.add(summe.toPlainString() + " ÷ 100 = " + deutsch(roh) + " Stellen");
        weg.add("gerundet auf halbe Stellen: " + deutsch(stellen) + " Stellen");
        return new Stellenergebnis(stellen, List.of(), weg);
    }

    /** The rounding rule as a function (count → posts). */
    public static BigDecimal stellenFuer(BigDecimal geduldete) {
        BigDecimal halbe = geduldete.multiply(ZWEI).divide(HUNDERT, 0, RoundingMode.HALF_UP);
        if (geduldete.signum() > 0 && halbe.signum() == 0) {
            halbe = BigDecimal.ONE;
        }
        return halbe.divide(ZWEI, 1, RoundingMode.UNNECESSARY);
    }

    private static String deutsch(BigDecimal zahl) {
        return zahl.toPlainString().replace('.', ',');
    }
}
