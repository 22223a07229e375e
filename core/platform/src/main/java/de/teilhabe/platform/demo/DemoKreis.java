package de.teilhabe.platform.demo;

import de.teilhabe.platform.kreis.KommuneAntrag;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/** The three demo Kreise with all their Kommunen (DOMAIN.md; RKN: Neuss and Dormagen have their own ABH). */
enum DemoKreis {
    RKN("rhein-kreis-neuss", "Rhein-Kreis Neuss", "rkn", Set.of("Neuss", "Dormagen"),
            List.of("gemeinsam-klappts", "durchstarten", "kim"),
            "Dormagen", "Grevenbroich", "Jüchen", "Kaarst", "Korschenbroich", "Meerbusch", "Neuss",
            "Rommerskirchen"),
    COESFELD("kreis-coesfeld", "Kreis Coesfeld", "coe", Set.of(), List.of("gemeinsam-klappts", "durchstarten"),
            "Ascheberg", "Billerbeck", "Coesfeld", "Dülmen", "Havixbeck", "Lüdinghausen", "Nordkirchen", "Nottuln",
            "Olfen", "Rosendahl", "Senden"),
    STEINFURT("kreis-steinfurt", "Kreis Steinfurt", "st", Set.of(), List.of("gemeinsam-klappts", "durchstarten"),
            "Altenberge", "Emsdetten", "Greven", "Hörstel", "Hopsten", "Horstmar", "Ibbenbüren", "Ladbergen", "Laer",
            "Lengerich", "Lienen", "Lotte", "Metelen", "Mettingen", "Neuenkirchen", "Nordwalde", "Ochtrup", "Recke",
            "Rheine", "Saerbeck", "Steinfurt", "Tecklenburg", "Westerkappeln", "Wettringen");

    final String slug;
    final String name;
    final String kuerzel;
    /** The programs the council papers show this Kreis running (seeds 000–004). */
    final List<String> programme;
    private final Set<String> mitEigenenBehoerden;
    private final List<String> kommunen;

    DemoKreis(String slug, String name, String kuerzel, Set<String> mitEigenenBehoerden, List<String> programme,
              String... kommunen) {
        this.slug = slug;
        this.name = name;
        this.kuerzel = kuerzel;
        this.programme = programme;
        this.mitEigenenBehoerden = mitEigenenBehoerden;
        this.kommunen = Arrays.asList(kommunen);
    }

    /** Kommunen without their own ABH are served by the Kreis's ABH. */
    List<KommuneAntrag> kommunen() {
        return kommunen.stream().map(k -> {
            boolean eigene = mitEigenenBehoerden.contains(k);
            return new KommuneAntrag(k, eigene, eigene, eigene, null);
        }).toList();
    }
}
