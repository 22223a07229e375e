package de.teilhabe.platform.stelle;

import de.teilhabe.platform.kommune.Kommune;
import de.teilhabe.plugin.api.stellen.Quotenverteilung;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Computes the {@link Stellenstand} from entitlements and posts; pure arithmetic, no database, no plugin. */
final class Stellenvergleich {

    static final BigDecimal NULL = new BigDecimal("0.000");

    /** What is known of one formula: its inputs' Stichtag and entitlement, or why there is none. */
    record Anspruchslage(Schluessel schluessel, LocalDate berechnungVom, Stellenanspruch anspruch, String hinweis) {
    }

    private Stellenvergleich() {
    }

    static Stellenstand rechnen(String programmId, LocalDate stichtag, List<Anspruchslage> lagen,
                                List<Stellenbesetzung> stellen, List<Kommune> kommunen) {
        List<Stellenbesetzung> besetzt = stellen.stream().filter(s -> s.stelle().besetztAm(stichtag)).toList();
        Set<String> bekannt = lagen.stream().map(l -> l.schluessel().id()).collect(Collectors.toSet());
        List<Stellenstand.Schluesselstand> staende = new ArrayList<>();
        BigDecimal anspruch = NULL;
        BigDecimal vzae = NULL;
        for (Anspruchslage l : lagen) {
            List<Stellenbesetzung> eigene = besetzt.stream()
                    .filter(s -> l.schluessel().id().equals(s.stelle().schluesselId())).toList();
            BigDecimal summe = summe(eigene);
            BigDecimal wert = l.anspruch() == null ? null : l.anspruch().stellen();
            staende.add(new Stellenstand.Schluesselstand(l.schluessel().id(), l.schluessel().bezeichnung(),
                    l.schluessel().baustein(), l.berechnungVom(), wert, summe,
                    wert == null ? null : wert.subtract(summe), l.hinweis(),
                    jeKommune(l.anspruch(), eigene, kommunen)));
            anspruch = wert == null ? anspruch : anspruch.add(wert);
            vzae = vzae.add(summe);
        }
        BigDecimal ohne = summe(besetzt.stream().filter(s -> !bekannt.contains(s.stelle().schluesselId())).toList());
        return new Stellenstand(programmId, stichtag, anspruch, vzae, anspruch.subtract(vzae), ohne, staende);
    }

    private static List<Stellenstand.Kommunenstand> jeKommune(Stellenanspruch anspruch, List<Stellenbesetzung> eigene,
                                                              List<Kommune> kommunen) {
        Map<UUID, BigDecimal> soll = new HashMap<>();
        if (anspruch != null) {
            anspruch.jeKommune().forEach(a -> soll.put(a.kommuneId(), a.stellen()));
        }
        Map<UUID, BigDecimal> ist = new HashMap<>();
        for (Stellenbesetzung s : eigene) {
            if (s.kommunen().isEmpty()) {
                continue;
            }
            Map<String, BigDecimal> gleich = new LinkedHashMap<>();
            s.kommunen().forEach(k -> gleich.put(k.toString(), BigDecimal.ONE));
            Quotenverteilung.verteile(s.stelle().vzae(), gleich, 3)
                    .forEach((k, teil) -> ist.merge(UUID.fromString(k), teil, BigDecimal::add));
        }
        List<Stellenstand.Kommunenstand> zeilen = new ArrayList<>();
        for (Kommune k : kommunen) {
            BigDecimal s = soll.get(k.id());
            BigDecimal i = ist.getOrDefault(k.id(), NULL);
            if (s != null || ist.containsKey(k.id())) {
                zeilen.add(new Stellenstand.Kommunenstand(k.id(), k.name(), s, i, s == null ? null : s.subtract(i)));
            }
        }
        return zeilen;
    }

    private static BigDecimal summe(List<Stellenbesetzung> stellen) {
        return stellen.stream().map(s -> s.stelle().vzae()).filter(Objects::nonNull).reduce(NULL, BigDecimal::add);
    }
}
