package de.teilhabe.platform.zielgruppenbasis;

import de.teilhabe.platform.kommune.Kommune;
import de.teilhabe.platform.kommune.KommunenDienst;
import de.teilhabe.platform.programm.ProgrammDienst;
import de.teilhabe.platform.sicherheit.Nutzer;
import de.teilhabe.platform.sicherheit.Rolle;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Demo target-group base of „Gemeinsam klappt’s“, entered through the service the KI uses; idempotent (a Stand at
 * the Stichtag that exists stays as it is). Rhein-Kreis Neuss (seed 000), first table of the council paper:
 * „Primäre Zielgruppe im Rhein-Kreis Neuss – Ausgangslage 31.12.2019“, reported by the foreigners' offices as of
 * September 2019 — Geduldete / Gestattete: Dormagen 47/64, Grevenbroich 63/45, Jüchen 17/14, Kaarst 36/44,
 * Korschenbroich 34/30, Meerbusch 41/46, Neuss 59/42, Rommerskirchen 11/19; Summe 308/304 = 612. The other demo
 * Kreise's papers give no such table, so they get nothing.
 */
@Singleton
public class ZielgruppenbasisDemo {

    static final String PROGRAMM = "gemeinsam-klappts";
    static final LocalDate AUSGANGSLAGE = LocalDate.of(2019, 12, 31);
    static final String QUELLE = "Rückmeldungen der Ausländerbehörden, Stand September 2019";
    /** Kommune → {Geduldete, Gestattete}. */
    static final Map<String, int[]> RKN = Map.of(
            "Dormagen", new int[] {47, 64},
            "Grevenbroich", new int[] {63, 45},
            "Jüchen", new int[] {17, 14},
            "Kaarst", new int[] {36, 44},
            "Korschenbroich", new int[] {34, 30},
            "Meerbusch", new int[] {41, 46},
            "Neuss", new int[] {59, 42},
            "Rommerskirchen", new int[] {11, 19});
    private static final Logger LOG = LoggerFactory.getLogger(ZielgruppenbasisDemo.class);

    private final Zielgruppenbasis basis;
    private final ProgrammDienst programme;
    private final KommunenDienst kommunen;

    ZielgruppenbasisDemo(Zielgruppenbasis basis, ProgrammDienst programme, KommunenDienst kommunen) {
        this.basis = basis;
        this.programme = programme;
        this.kommunen = kommunen;
    }

    /** Enters the demo target-group base of the demo Kreis {@code kreisSlug}; other slugs get nothing. */
    public void anlegen(String kreisSlug) {
        if ("rhein-kreis-neuss".equals(kreisSlug)) {
            rkn(kreisSlug);
        } else {
            LOG.debug("Demo-Zielgruppenbasis: keine Daten für '{}'", kreisSlug);
        }
    }

    /** The Rhein-Kreis Neuss's Ausgangslage 31.12.2019, also for any Kreis with its Kommunen (tests of the reports). */
    public void rkn(String kreisSlug) {
        Nutzer ki = new Nutzer(UUID.randomUUID(), "demo-daten", "Demo-Daten", kreisSlug, kreisSlug,
                Set.of(Rolle.KI_KOORDINATION));
        if (!programme.aktiveProgramme(ki).contains(PROGRAMM)) {
            LOG.warn("Demo-Zielgruppenbasis für '{}': Programm '{}' ist nicht aktiviert; nichts angelegt", kreisSlug,
                    PROGRAMM);
            return;
        }
        if (basis.staende(ki, PROGRAMM).stream().anyMatch(s -> s.stamm().stichtag().equals(AUSGANGSLAGE))) {
            return;
        }
        Map<String, UUID> kommune = kommunen.liste(ki).stream().collect(Collectors.toMap(Kommune::name, Kommune::id));
        List<ZielgruppenbasisDaten.Wert> werte = RKN.entrySet().stream().filter(e -> kommune.containsKey(e.getKey()))
                .map(e -> new ZielgruppenbasisDaten.Wert(kommune.get(e.getKey()), e.getValue()[0], e.getValue()[1]))
                .toList();
        basis.speichern(ki, new ZielgruppenbasisDaten(null, null, PROGRAMM, AUSGANGSLAGE, QUELLE, werte));
    }
}
