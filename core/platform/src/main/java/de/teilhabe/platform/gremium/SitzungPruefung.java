package de.teilhabe.platform.gremium;

import de.teilhabe.platform.fehler.FachlicherFehler;
import de.teilhabe.platform.fehler.Feldfehler;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * The rules of a meeting beyond the constraints of {@link SitzungDaten} (day, each item's title, each attendance's
 * member and status given): within the Gremium's lifetime, texts within their lengths, attendance of its own
 * members, each once.
 */
final class SitzungPruefung {

    static final int MAX_PROTOKOLL = 200_000;

    private SitzungPruefung() {
    }

    /**
     * @param mitglieder      all memberships of the Gremium, by id
     * @param anliegenBekannt whether an Anliegen id exists
     */
    static void pruefen(SitzungDaten d, Gremium g, Map<UUID, Mitglied> mitglieder, Predicate<UUID> anliegenBekannt) {
        List<Feldfehler> fehler = new ArrayList<>();
        if (d.datum().isBefore(g.konstituiertAm())) {
            fehler.add(Feldfehler.von("datum", "gremium.sitzung.vor.konstituierung", g.name(),
                    Texte.datum(g.konstituiertAm())));
        } else if (g.aufgeloestAm() != null && d.datum().isAfter(g.aufgeloestAm())) {
            fehler.add(Feldfehler.von("datum", "gremium.sitzung.nach.aufloesung", g.name(),
                    Texte.datum(g.aufgeloestAm())));
        }
        laenge(fehler, "ort", d.ort(), 200);
        laenge(fehler, "titel", d.titel(), 200);
        laenge(fehler, "protokoll", d.protokoll(), MAX_PROTOKOLL);
        List<SitzungDaten.Punkt> punkte = d.punkte();
        for (int i = 0; i < punkte.size(); i++) {
            SitzungDaten.Punkt p = punkte.get(i);
            String feld = "tagesordnung[" + i + "]";
            laenge(fehler, feld + ".titel", p.titel(), 300);
            laenge(fehler, feld + ".ergebnis", p.ergebnis(), 20_000);
            if (p.anliegenId() != null && !anliegenBekannt.test(p.anliegenId())) {
                fehler.add(Feldfehler.verweis(feld + ".anliegenId", "gremium.anliegen.unbekannt"));
            }
        }
        anwesenheit(d, mitglieder, fehler);
        if (!fehler.isEmpty()) {
            throw FachlicherFehler.ungueltig(fehler);
        }
    }

    private static void anwesenheit(SitzungDaten d, Map<UUID, Mitglied> mitglieder, List<Feldfehler> fehler) {
        Set<UUID> gesehen = new HashSet<>();
        List<SitzungDaten.Anwesenheit> liste = d.anwesende();
        for (int i = 0; i < liste.size(); i++) {
            SitzungDaten.Anwesenheit a = liste.get(i);
            String feld = "anwesenheit[" + i + "]";
            Mitglied m = mitglieder.get(a.mitgliedschaftId());
            if (!gesehen.add(a.mitgliedschaftId())) {
                fehler.add(Feldfehler.von(feld + ".mitgliedschaftId", "gremium.teilnahme.doppelt"));
            } else if (m == null || (d.datum().isBefore(m.von())
                    || m.bis() != null && d.datum().isAfter(m.bis()))) {
                fehler.add(Feldfehler.von(feld + ".mitgliedschaftId", "gremium.teilnahme.kein.mitglied",
                        m == null ? "?" : m.bezeichnung()));
            }
        }
    }

    private static void laenge(List<Feldfehler> fehler, String feld, String text, int max) {
        if (text != null && text.length() > max) {
            fehler.add(Feldfehler.von(feld, "zu.lang", max));
        }
    }
}
