package de.teilhabe.platform.gremium;

import de.teilhabe.platform.fehler.FachlicherFehler;
import de.teilhabe.platform.fehler.Feldfehler;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The rules a Gremium keeps within the Kreis's structure, beyond the constraints of {@link GremiumDaten} (name, type
 * and the day it was constituted given).
 */
final class GremiumPruefung {

    static final int MAX_NAME = 120;
    static final int MAX_TEXT = 4000;
    private static final Pattern PROGRAMM = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

    private GremiumPruefung() {
    }

    /**
     * Checks {@code neu} (new or changed) against all Gremien of the Kreis and, for a change, against the
     * memberships and meetings it already has.
     */
    static void pruefen(Gremium neu, List<Gremium> alle, List<Mitgliedschaft> mitglieder, List<Sitzung> sitzungen) {
        List<Feldfehler> fehler = new ArrayList<>();
        if (neu.name().length() > MAX_NAME) {
            fehler.add(Feldfehler.von("name", "zu.lang", MAX_NAME));
        } else if (alle.stream().anyMatch(g -> !g.id().equals(neu.id()) && gleich(g.name(), neu.name())
                && g.teiltProgrammMit(neu.programme()))) {
            fehler.add(Feldfehler.vergeben("name", "gremium.name.vergeben", neu.name()));
        }
        for (int i = 0; i < neu.programme().size(); i++) {
            if (!PROGRAMM.matcher(neu.programme().get(i)).matches()) {
                fehler.add(Feldfehler.von("programme[" + i + "]", "gremium.programm.ungueltig",
                        neu.programme().get(i)));
            }
        }
        laengen(neu, fehler);
        rhythmus(neu.rhythmus(), fehler);
        oberes(neu, alle, fehler);
        lebensdauer(neu, mitglieder, sitzungen, fehler);
        if (!fehler.isEmpty()) {
            throw FachlicherFehler.ungueltig(fehler);
        }
    }

    private static void laengen(Gremium g, List<Feldfehler> fehler) {
        if (g.zweck() != null && g.zweck().length() > MAX_TEXT) {
            fehler.add(Feldfehler.von("zweck", "zu.lang", MAX_TEXT));
        }
        for (int i = 0; i < g.aufgaben().size(); i++) {
            if (g.aufgaben().get(i).length() > 500) {
                fehler.add(Feldfehler.von("aufgaben[" + i + "]", "zu.lang", 500));
            }
        }
    }

    private static void rhythmus(Rhythmus r, List<Feldfehler> fehler) {
        if (r.abstandTage() != null && (r.abstandTage() < 1 || r.abstandTage() > 366)) {
            fehler.add(Feldfehler.von("rhythmus.abstandTage", "gremium.rhythmus.bereich", 1, 366));
        }
        if (r.sitzungenProJahr() != null && (r.sitzungenProJahr() < 1 || r.sitzungenProJahr() > 366)) {
            fehler.add(Feldfehler.von("rhythmus.sitzungenProJahr", "gremium.rhythmus.bereich", 1, 366));
        }
        if (r.abstandTage() != null && r.sitzungenProJahr() != null) {
            fehler.add(Feldfehler.von("rhythmus.sitzungenProJahr", "gremium.rhythmus.doppelt"));
        }
        if (r.beschreibung() != null && r.beschreibung().length() > 200) {
            fehler.add(Feldfehler.von("rhythmus.beschreibung", "zu.lang", 200));
        }
    }

    /** The parent must exist, and walking up from it must never come back to this Gremium. */
    private static void oberes(Gremium neu, List<Gremium> alle, List<Feldfehler> fehler) {
        if (neu.uebergeordnetId() == null) {
            return;
        }
        Map<UUID, Gremium> nachId = alle.stream().collect(Collectors.toMap(Gremium::id, Function.identity()));
        nachId.put(neu.id(), neu);
        if (!nachId.containsKey(neu.uebergeordnetId())) {
            fehler.add(Feldfehler.verweis("uebergeordnetId", "gremium.uebergeordnet.unbekannt"));
            return;
        }
        List<String> kette = new ArrayList<>(List.of(neu.name()));
        UUID schritt = neu.uebergeordnetId();
        while (schritt != null && kette.size() <= nachId.size()) {
            Gremium oben = nachId.get(schritt);
            kette.add(oben.name());
            if (oben.id().equals(neu.id())) {
                fehler.add(Feldfehler.von("uebergeordnetId", "gremium.zyklus", String.join(" → ", kette)));
                return;
            }
            schritt = oben.uebergeordnetId();
        }
    }

    private static void lebensdauer(Gremium g, List<Mitgliedschaft> mitglieder, List<Sitzung> sitzungen,
                                    List<Feldfehler> fehler) {
        if (g.aufgeloestAm() != null && g.aufgeloestAm().isBefore(g.konstituiertAm())) {
            fehler.add(Feldfehler.von("aufgeloestAm", "gremium.aufloesung.vor.konstituierung",
                    Texte.datum(g.konstituiertAm())));
            return;
        }
        LocalDate ersterBeginn = mitglieder.stream().map(Mitgliedschaft::von).min(Comparator.naturalOrder())
                .orElse(null);
        LocalDate ersteSitzung = sitzungen.stream().map(Sitzung::datum).min(Comparator.naturalOrder()).orElse(null);
        if (ersterBeginn != null && ersterBeginn.isBefore(g.konstituiertAm())) {
            fehler.add(Feldfehler.von("konstituiertAm", "gremium.lebensdauer.mitgliedschaft",
                    Texte.datum(ersterBeginn)));
        }
        if (ersteSitzung != null && ersteSitzung.isBefore(g.konstituiertAm())) {
            fehler.add(Feldfehler.von("konstituiertAm", "gremium.lebensdauer.sitzung", Texte.datum(ersteSitzung)));
        }
        if (g.aufgeloestAm() != null) {
            LocalDate letzterBeginn = mitglieder.stream().map(Mitgliedschaft::von).max(Comparator.naturalOrder())
                    .orElse(null);
            LocalDate letzteSitzung = sitzungen.stream().map(Sitzung::datum).max(Comparator.naturalOrder())
                    .orElse(null);
            if (letzterBeginn != null && letzterBeginn.isAfter(g.aufgeloestAm())) {
                fehler.add(Feldfehler.von("aufgeloestAm", "gremium.lebensdauer.mitgliedschaft",
                        Texte.datum(letzterBeginn)));
            }
            if (letzteSitzung != null && letzteSitzung.isAfter(g.aufgeloestAm())) {
                fehler.add(Feldfehler.von("aufgeloestAm", "gremium.lebensdauer.sitzung", Texte.datum(letzteSitzung)));
            }
        }
    }

    private static boolean gleich(String a, String b) {
        return Objects.equals(a.toLowerCase(Locale.GERMAN), b.toLowerCase(Locale.GERMAN));
    }
}
