package de.teilhabe.platform.finanzierung;

import de.teilhabe.platform.baustein.Baustein;
import de.teilhabe.platform.baustein.BausteinDaten;
import de.teilhabe.platform.baustein.Bausteine;
import de.teilhabe.platform.programm.ProgrammDienst;
import de.teilhabe.platform.sicherheit.Nutzer;
import de.teilhabe.platform.sicherheit.Rolle;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Demo funding data of the demo Kreise, entered through the same services the KI uses; idempotent (what exists
 * stays as it is). Only numbers the council papers give:
 * <ul>
 * <li>Kreis Coesfeld (seed 003): own share „2020 (ca. 13.500 €) und 2021 (ca. 102.900 €) aus Mitteln der
 * Integrationspauschale“ — given for the Landesinitiativen as a whole, so stored for the program „durchstarten“
 * without a Baustein (the split over Bausteine is not in the paper).</li>
 * <li>Kreis Steinfurt (seed 002): „die zur Verfügung stehenden finanziellen Mittel für die Förderbausteine 1-4 im
 * Umfang von 1,17 Mio €“ — a Mittelrahmen of 1.170.000,00 € covering FB 1–4, not split (the paper gives no split
 * over Bausteine or years, no Bescheid date); period = the Bausteine's. FB 1–4 are put in use if missing.</li>
 * <li>Rhein-Kreis Neuss: the report names the Zuwendungsbescheid of 02.10.2020 but no amount — nothing entered.</li>
 * </ul>
 */
@Singleton
public class FinanzierungDemo {

    static final String DURCHSTARTEN = "durchstarten";
    static final String INTEGRATIONSPAUSCHALE = "Integrationspauschale (§ 14c TIntG)";
    static final BigDecimal STEINFURT_FB_1_BIS_4 = new BigDecimal("1170000.00");
    private static final Logger LOG = LoggerFactory.getLogger(FinanzierungDemo.class);

    private final Zuwendungsbescheide bescheide;
    private final Eigenanteile eigenanteile;
    private final Bausteine bausteine;
    private final ProgrammDienst programme;

    FinanzierungDemo(Zuwendungsbescheide bescheide, Eigenanteile eigenanteile, Bausteine bausteine,
                     ProgrammDienst programme) {
        this.bescheide = bescheide;
        this.eigenanteile = eigenanteile;
        this.bausteine = bausteine;
        this.programme = programme;
    }

    /** Enters the demo funding of the demo Kreis {@code kreisSlug}; other slugs get nothing. */
    public void anlegen(String kreisSlug) {
        switch (kreisSlug) {
            case "kreis-coesfeld" -> coesfeld(kreisSlug);
            case "kreis-steinfurt" -> steinfurt(kreisSlug);
            default -> LOG.debug("Demo-Finanzierung: keine Daten für '{}'", kreisSlug);
        }
    }

    void coesfeld(String kreisSlug) {
        Nutzer ki = ki(kreisSlug);
        if (!aktiv(ki, DURCHSTARTEN)) {
            return;
        }
        String hinweis = "ca.-Betrag laut Vorlage; Eigenanteil der Landesinitiativen insgesamt (Durchstarten "
                + "einschließlich Baustein VI), nicht auf Bausteine aufgeteilt";
        eigenanteil(ki, 2020, new BigDecimal("13500.00"), hinweis);
        eigenanteil(ki, 2021, new BigDecimal("102900.00"), hinweis);
    }

    void steinfurt(String kreisSlug) {
        Nutzer ki = ki(kreisSlug);
        if (!aktiv(ki, DURCHSTARTEN) || bescheide.liste(ki, DURCHSTARTEN).stream()
                .anyMatch(b -> b.stamm().art() == Finanzierungsart.MITTELRAHMEN)) {
            return;
        }
        List<Baustein> fb = new ArrayList<>();
        for (int nummer = 1; nummer <= 4; nummer++) {
            fb.add(baustein(ki, nummer));
        }
        bescheide.anlegen(ki, new BescheidDaten(DURCHSTARTEN, Finanzierungsart.MITTELRAHMEN, null, null,
                fb.stream().map(Baustein::beginn).min(Comparable::compareTo).orElseThrow(),
                fb.stream().map(Baustein::ende).max(Comparable::compareTo).orElseThrow(), STEINFURT_FB_1_BIS_4,
                fb.stream().map(Baustein::id).toList(), List.of(),
                "Zur Verfügung stehende Mittel für die Förderbausteine 1–4 (Vorlage 082/20 der Stadt Rheine); "
                        + "Aufteilung auf Bausteine und Jahre nicht bekannt"));
    }

    private void eigenanteil(Nutzer ki, int jahr, BigDecimal betrag, String hinweis) {
        boolean da = eigenanteile.liste(ki, DURCHSTARTEN).stream().anyMatch(e -> e.bausteinId() == null
                && e.jahr() == jahr && e.quelle().equals(INTEGRATIONSPAUSCHALE));
        if (!da) {
            eigenanteile.anlegen(ki, new EigenanteilDaten(DURCHSTARTEN, null, jahr, betrag, INTEGRATIONSPAUSCHALE,
                    hinweis));
        }
    }

    private Baustein baustein(Nutzer ki, int nummer) {
        Optional<Baustein> da = bausteine.liste(ki, DURCHSTARTEN).stream()
                .filter(b -> b.nummer() == nummer && b.kommuneId() == null).findFirst();
        if (da.isPresent()) {
            return da.get();
        }
        BausteinDaten v = bausteine.vorschlag(ki, DURCHSTARTEN, nummer);
        return bausteine.anlegen(ki, new BausteinDaten(DURCHSTARTEN, nummer, null, v.beginn(), v.ende(),
                BigDecimal.ZERO.setScale(2), v.landesanteilProzent(), "Beantragt durch den Kreis (Bausteine 1–4)"));
    }

    private boolean aktiv(Nutzer ki, String programmId) {
        boolean aktiv = programme.aktiveProgramme(ki).contains(programmId);
        if (!aktiv) {
            LOG.warn("Demo-Finanzierung für '{}': Programm '{}' ist nicht aktiviert; nichts angelegt",
                    ki.kreisSlug(), programmId);
        }
        return aktiv;
    }

    private static Nutzer ki(String kreisSlug) {
        return new Nutzer(UUID.randomUUID(), "demo-daten", "Demo-Daten", kreisSlug, kreisSlug,
                Set.of(Rolle.KI_KOORDINATION));
    }
}
