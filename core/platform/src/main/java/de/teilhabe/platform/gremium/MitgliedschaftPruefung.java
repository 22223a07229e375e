package de.teilhabe.platform.gremium;

import de.teilhabe.platform.fehler.FachlicherFehler;
import de.teilhabe.platform.fehler.Feldfehler;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The rules of a membership beyond the constraints of {@link MitgliedschaftDaten} (role, organisation, its kind
 * and the first day given): inside the Gremium's lifetime, one chair at a time, a person at most once at a time,
 * a seat filled once at a time, a Vertretung deputising a member of the same Gremium within that member's period.
 */
final class MitgliedschaftPruefung {

    private MitgliedschaftPruefung() {
    }

    /**
     * @param andere  all memberships of the Gremium (the checked one, if stored, is skipped by id)
     * @param person  the person's name, empty if no person is given; {@code null} if the id is unknown
     * @param sitz    the seat, if one is named and it belongs to the Gremium
     */
    static void pruefen(Mitgliedschaft m, Gremium g, List<Mitglied> andere, Optional<String> person,
                        Optional<Sitz> sitz) {
        List<Feldfehler> fehler = new ArrayList<>();
        laengen(m, fehler);
        if (m.personId() != null && person == null) {
            fehler.add(Feldfehler.verweis("personId", "gremium.person.unbekannt"));
        }
        if (m.sitzId() != null && sitz.isEmpty()) {
            fehler.add(Feldfehler.verweis("sitzId", "gremium.sitz.unbekannt"));
        }
        if (m.von() != null && m.rolle() != null) {
            zeitraum(m, g, fehler);
            List<Mitglied> zugleich = andere.stream()
                    .filter(a -> !a.id().equals(m.id()) && m.ueberschneidet(a.von(), a.bis())).toList();
            for (Mitglied a : zugleich) {
                if (m.personId() != null && m.personId().equals(a.personId())) {
                    fehler.add(Feldfehler.von("personId", "gremium.mitgliedschaft.doppelt", a.bezeichnung(),
                            Texte.datum(a.von()), bis(a.bis())));
                }
                if (m.rolle() == Mitgliedsrolle.VORSITZ && a.rolle() == Mitgliedsrolle.VORSITZ) {
                    fehler.add(Feldfehler.von("rolle", "gremium.mitgliedschaft.vorsitz.doppelt", a.bezeichnung(),
                            Texte.datum(a.von()), bis(a.bis())));
                }
                if (m.sitzId() != null && m.sitzId().equals(a.sitzId()) && m.rolle() != Mitgliedsrolle.VERTRETUNG
                        && a.rolle() != Mitgliedsrolle.VERTRETUNG) {
                    fehler.add(Feldfehler.von("sitzId", "gremium.sitz.besetzt", a.bezeichnung()));
                }
            }
            vertretung(m, andere, fehler);
        }
        if (!fehler.isEmpty()) {
            throw FachlicherFehler.ungueltig(fehler);
        }
    }

    private static void laengen(Mitgliedschaft m, List<Feldfehler> fehler) {
        if (m.organisation().length() > 200) {
            fehler.add(Feldfehler.von("organisation", "zu.lang", 200));
        }
        if (m.funktion() != null && m.funktion().length() > 200) {
            fehler.add(Feldfehler.von("funktion", "zu.lang", 200));
        }
    }

    /** The membership lies within the Gremium's lifetime; ends not before it begins. */
    private static void zeitraum(Mitgliedschaft m, Gremium g, List<Feldfehler> fehler) {
        if (m.bis() != null && m.bis().isBefore(m.von())) {
            fehler.add(Feldfehler.von("bis", "gremium.mitgliedschaft.bis.vor.von", Texte.datum(m.von())));
        }
        if (m.von().isBefore(g.konstituiertAm())) {
            fehler.add(Feldfehler.von("von", "gremium.mitgliedschaft.vor.konstituierung", g.name(),
                    Texte.datum(g.konstituiertAm())));
        }
        LocalDate ende = g.aufgeloestAm();
        if (ende != null && m.von().isAfter(ende)) {
            fehler.add(Feldfehler.von("von", "gremium.mitgliedschaft.nach.aufloesung", g.name(), Texte.datum(ende)));
        } else if (ende != null && (m.bis() == null || m.bis().isAfter(ende))) {
            fehler.add(Feldfehler.von("bis", "gremium.mitgliedschaft.nach.aufloesung", g.name(), Texte.datum(ende)));
        }
    }

    private static void vertretung(Mitgliedschaft m, List<Mitglied> andere, List<Feldfehler> fehler) {
        if (m.rolle() != Mitgliedsrolle.VERTRETUNG) {
            if (m.vertrittId() != null) {
                fehler.add(Feldfehler.von("vertrittId", "gremium.mitgliedschaft.vertretung.nur.bei.rolle"));
            }
            pruefeEigeneVertretungen(m, andere, fehler);
            return;
        }
        if (m.vertrittId() == null) {
            fehler.add(Feldfehler.von("vertrittId", "gremium.mitgliedschaft.vertretung.fehlt"));
            return;
        }
        Optional<Mitglied> vertreten = andere.stream().filter(a -> a.id().equals(m.vertrittId())).findFirst();
        if (vertreten.isEmpty() || m.vertrittId().equals(m.id())) {
            fehler.add(Feldfehler.verweis("vertrittId", "gremium.mitgliedschaft.vertretung.unbekannt"));
        } else if (vertreten.get().rolle() == Mitgliedsrolle.VERTRETUNG) {
            fehler.add(Feldfehler.von("vertrittId", "gremium.mitgliedschaft.vertretung.kette",
                    vertreten.get().bezeichnung()));
        } else if (!innerhalb(m.von(), m.bis(), vertreten.get().von(), vertreten.get().bis())) {
            Mitglied v = vertreten.get();
            fehler.add(Feldfehler.von("von", "gremium.mitgliedschaft.vertretung.zeitraum", v.bezeichnung(),
                    Texte.datum(v.von()), bis(v.bis())));
        }
    }

    /** A changed member's period must still hold the periods of those who deputise it. */
    private static void pruefeEigeneVertretungen(Mitgliedschaft m, List<Mitglied> andere, List<Feldfehler> fehler) {
        andere.stream()
                .filter(a -> m.id().equals(a.vertrittId()) && !innerhalb(a.von(), a.bis(), m.von(), m.bis()))
                .findFirst()
                .ifPresent(a -> fehler.add(Feldfehler.von("bis", "gremium.mitgliedschaft.vertretung.ausserhalb",
                        a.bezeichnung())));
    }

    static boolean innerhalb(LocalDate von, LocalDate bis, LocalDate aussenVon, LocalDate aussenBis) {
        return !von.isBefore(aussenVon)
                && (aussenBis == null || bis != null && !bis.isAfter(aussenBis));
    }

    private static String bis(LocalDate bis) {
        return bis == null ? "…" : Texte.datum(bis);
    }
}
