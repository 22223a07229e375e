package de.teilhabe.platform.stelle;

import de.teilhabe.platform.kommune.Kommune;
import de.teilhabe.platform.kommune.KommunenDienst;
import de.teilhabe.platform.programm.ProgrammDienst;
import de.teilhabe.platform.sicherheit.Nutzer;
import de.teilhabe.platform.sicherheit.Rolle;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Demo posts of „Gemeinsam klappt’s“ (Teilhabemanagement, Baustein 6), entered through the same services the KI
 * uses; idempotent (a formula's inputs at a Stichtag and posts of the program that exist stay as they are).
 * <ul>
 * <li>Rhein-Kreis Neuss (seed 000): tolerated people per Kommune „Ausgangslage 31.12.2019“ (ABH figures as of
 * September 2019) — Dormagen 47, Grevenbroich 63, Jüchen 17, Kaarst 36, Korschenbroich 34, Meerbusch 41, Neuss 59,
 * Rommerskirchen 11 = 308 → 3,0 posts; THM 1 Neuss + Dormagen, THM 2 Meerbusch, Kaarst, Korschenbroich, THM 3
 * Grevenbroich, Jüchen, Rommerskirchen; two full time since May 2020 (01.05.2020, the start of the
 * Teilhabemanagement), the third since 15.09.2020 — that it is THM 3 is an assumption; all until 31.12.2021
 * (Bewilligungsbescheid). Holders' names are not published.</li>
 * <li>Rhein-Kreis Neuss, KIM Baustein 2 (seed 004): 7 case-management posts at 31.03.2021, distributed by
 * example AZR counts (the paper has none) — so that report (f) shows the distribution.</li>
 * <li>Kreis Coesfeld (seed 003): 1,5 posts applied for, half a post filled by the Caritasverband since 01.05.2020.
 * The count of tolerated people is not in the paper, so no inputs.</li>
 * <li>Kreis Steinfurt (seed 002): Stadt Rheine, 45 tolerated people at the time of application → 0,5 posts,
 * granted on 28.11.2019, filled since 01.01.2020. The application date is not in the paper; the Stichtag used is
 * the date of the Bescheid.</li>
 * </ul>
 */
@Singleton
public class StellenDemo {

    static final String PROGRAMM = "gemeinsam-klappts";
    static final String THM = "gemeinsam-klappts.thm-stellen";
    static final String GEDULDETE = "geduldete-18-27";
    static final String KIM = "kim";
    static final String KIM_CM = "kim.baustein2.verteilung";
    private static final Logger LOG = LoggerFactory.getLogger(StellenDemo.class);

    private final Stellenberechnungen berechnungen;
    private final Stellen stellen;
    private final ProgrammDienst programme;
    private final KommunenDienst kommunen;

    StellenDemo(Stellenberechnungen berechnungen, Stellen stellen, ProgrammDienst programme, KommunenDienst kommunen) {
        this.berechnungen = berechnungen;
        this.stellen = stellen;
        this.programme = programme;
        this.kommunen = kommunen;
    }

    /** Enters the demo posts of the demo Kreis {@code kreisSlug}; other slugs get nothing. */
    public void anlegen(String kreisSlug) {
        switch (kreisSlug) {
            case "rhein-kreis-neuss" -> {
                rkn(kreisSlug);
                kimRkn(kreisSlug);
            }
            case "kreis-coesfeld" -> coesfeld(kreisSlug);
            case "kreis-steinfurt" -> rheine(kreisSlug);
            default -> LOG.debug("Demo-Stellen: keine Daten für '{}'", kreisSlug);
        }
    }

    /** The Rhein-Kreis Neuss's inputs and posts, also for any Kreis with its Kommunen (tests of the reports). */
    public void rkn(String kreisSlug) {
        Nutzer ki = ki(kreisSlug);
        if (!aktiv(ki)) {
            return;
        }
        Map<String, Integer> geduldet = new LinkedHashMap<>();
        geduldet.put("Dormagen", 47);
        geduldet.put("Grevenbroich", 63);
        geduldet.put("Jüchen", 17);
        geduldet.put("Kaarst", 36);
        geduldet.put("Korschenbroich", 34);
        geduldet.put("Meerbusch", 41);
        geduldet.put("Neuss", 59);
        geduldet.put("Rommerskirchen", 11);
        eingaben(ki, LocalDate.of(2019, 12, 31), geduldet,
                "Primäre Zielgruppe, Ausgangslage 31.12.2019: Rückmeldungen der Ausländerbehörden, "
                        + "Stand September 2019");
        if (stellen.liste(ki, PROGRAMM).isEmpty()) {
            String traeger = "Teilhabemanagement bei der bfg Rhein-Kreis Neuss";
            stelle(ki, "THM 1", LocalDate.of(2020, 5, 1), LocalDate.of(2021, 12, 31), BigDecimal.ONE, traeger,
                    "Neuss", "Dormagen");
            stelle(ki, "THM 2", LocalDate.of(2020, 5, 1), LocalDate.of(2021, 12, 31), BigDecimal.ONE, traeger,
                    "Meerbusch", "Kaarst", "Korschenbroich");
            stelle(ki, "THM 3", LocalDate.of(2020, 9, 15), LocalDate.of(2021, 12, 31), BigDecimal.ONE,
                    traeger + "; Beginn 15.09.2020 laut Bericht für die dritte Stelle", "Grevenbroich", "Jüchen",
                    "Rommerskirchen");
        }
    }

    /**
     * KIM Baustein 2 of the Rhein-Kreis Neuss (seed 004): seven case-management posts distributed at the first
     * cut-off date 31.03.2021 by the Kommunen's foreigners in the AZR. The seed gives the formula but no AZR counts:
     * the counts here are round EXAMPLE figures, and the note on the inputs says so.
     */
    void kimRkn(String kreisSlug) {
        Nutzer ki = ki(kreisSlug);
        LocalDate stichtag = LocalDate.of(2021, 3, 31);
        if (!programme.aktiveProgramme(ki).contains(KIM) || berechnungen.liste(ki, KIM).stream()
                .anyMatch(e -> e.stamm().schluesselId().equals(KIM_CM) && e.stamm().stichtag().equals(stichtag))) {
            return;
        }
        Map<String, UUID> kommune = kommunen.liste(ki).stream().collect(Collectors.toMap(Kommune::name, Kommune::id));
        Map<String, Integer> azr = Map.of("Neuss", 30000, "Dormagen", 12000, "Grevenbroich", 10000, "Meerbusch", 8000,
                "Kaarst", 6000, "Korschenbroich", 5000, "Jüchen", 3000, "Rommerskirchen", 2000);
        List<StellenberechnungDaten.Wert> werte = new java.util.ArrayList<>();
        werte.add(new StellenberechnungDaten.Wert("cm-stellen", null, BigDecimal.valueOf(7)));
        azr.forEach((k, n) -> werte.add(new StellenberechnungDaten.Wert("auslaender", kommune.get(k),
                BigDecimal.valueOf(n))));
        berechnungen.anlegen(ki, new StellenberechnungDaten(KIM, KIM_CM, stichtag, "Beispielzahlen: Die Vorlage nennt "
                + "die Formel und 7 bewilligte Stellen, aber keine AZR-Zahlen je Kommune.", werte));
    }

    void coesfeld(String kreisSlug) {
        Nutzer ki = ki(kreisSlug);
        if (aktiv(ki) && stellen.liste(ki, PROGRAMM).isEmpty()) {
            stelle(ki, "Teilhabemanagement (halbe Stelle)", LocalDate.of(2020, 5, 1), null, new BigDecimal("0.5"),
                    "Besetzt durch den Caritasverband für den Kreis Coesfeld e.V.; beantragt insgesamt 1,5 Stellen");
        }
    }

    void rheine(String kreisSlug) {
        Nutzer ki = ki(kreisSlug);
        if (!aktiv(ki) || kommunen.liste(ki).stream().noneMatch(k -> k.name().equals("Rheine"))) {
            return;
        }
        eingaben(ki, LocalDate.of(2019, 11, 28), Map.of("Rheine", 45), "Stadt Rheine: Geduldete zum Zeitpunkt der "
                + "Antragstellung (Datum nicht bekannt; Stichtag = Bewilligungsbescheid vom 28.11.2019)");
        if (stellen.liste(ki, PROGRAMM).isEmpty()) {
            stelle(ki, "Teilhabemanagement Stadt Rheine", LocalDate.of(2020, 1, 1), null, new BigDecimal("0.5"),
                    "Fachbereich 8 der Stadt Rheine", "Rheine");
        }
    }

    private void eingaben(Nutzer ki, LocalDate stichtag, Map<String, Integer> werte, String bemerkung) {
        boolean da = berechnungen.liste(ki, PROGRAMM).stream()
                .anyMatch(e -> e.stamm().schluesselId().equals(THM) && e.stamm().stichtag().equals(stichtag));
        if (!da) {
            Map<String, UUID> kommune = kommunen.liste(ki).stream()
                    .collect(Collectors.toMap(Kommune::name, Kommune::id));
            berechnungen.anlegen(ki, new StellenberechnungDaten(PROGRAMM, THM, stichtag, bemerkung,
                    werte.entrySet().stream().map(w -> new StellenberechnungDaten.Wert(GEDULDETE,
                            kommune.get(w.getKey()), BigDecimal.valueOf(w.getValue()))).toList()));
        }
    }

    private void stelle(Nutzer ki, String name, LocalDate beginn, LocalDate ende, BigDecimal vzae, String bemerkung,
                        String... orte) {
        Map<String, UUID> kommune = kommunen.liste(ki).stream().collect(Collectors.toMap(Kommune::name, Kommune::id));
        stellen.anlegen(ki, new StelleDaten(PROGRAMM, THM, name, null, vzae, beginn, ende,
                List.of(orte).stream().map(kommune::get).toList(), bemerkung));
    }

    private boolean aktiv(Nutzer ki) {
        boolean aktiv = programme.aktiveProgramme(ki).contains(PROGRAMM);
        if (!aktiv) {
            LOG.warn("Demo-Stellen für '{}': Programm '{}' ist nicht aktiviert; nichts angelegt", ki.kreisSlug(),
                    PROGRAMM);
        }
        return aktiv;
    }

    private static Nutzer ki(String kreisSlug) {
        return new Nutzer(UUID.randomUUID(), "demo-daten", "Demo-Daten", kreisSlug, kreisSlug,
                Set.of(Rolle.KI_KOORDINATION));
    }
}
