package de.teilhabe.platform.finanzierung;

import de.teilhabe.platform.baustein.Baustein;
import de.teilhabe.platform.fehler.FachlicherFehler;
import de.teilhabe.platform.fehler.Feldfehler;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The rules of a Zuwendungsbescheid beyond the constraints of {@link BescheidDaten} (period, total, at least one
 * Baustein and each amount's Baustein, year and amount given): an enabled program; for a Bescheid its date; a period whose end is not
 * before its start; a total amount in cents, not negative; at least one covered Baustein of the same program
 * whose period overlaps the Bescheid's; amounts per Baustein and year only for covered Bausteine, in a year of
 * both periods, once per Baustein and year, and together not more than the total.
 */
final class BescheidPruefung {

    private static final int LAENGE = 200;

    private BescheidPruefung() {
    }

    static void pruefen(BescheidDaten d, String programmId, Grundlagen.Grundlage g) {
        List<Feldfehler> fehler = new ArrayList<>();
        if (!g.aktiv(programmId)) {
            fehler.add(Feldfehler.von("programmId", "programm.nicht.aktiv", programmId));
        }
        if (d.artOderBescheid() == Finanzierungsart.BESCHEID && d.datum() == null) {
            fehler.add(Feldfehler.von("datum", "pflichtfeld"));
        }
        if (d.aktenzeichen() != null && d.aktenzeichen().trim().length() > LAENGE) {
            fehler.add(Feldfehler.von("aktenzeichen", "finanzierung.text.zu.lang", LAENGE));
        }
        boolean zeitraum = Zeitraeume.pruefen(d.beginn(), d.ende(), fehler);
        Geld.pruefen("betrag", d.betrag(), fehler);
        List<UUID> ids = d.bausteineOderLeer();
        if (new HashSet<>(ids).size() != ids.size()) {
            fehler.add(Feldfehler.von("bausteine", "finanzierung.bausteine.doppelt"));
        }
        for (int i = 0; i < ids.size(); i++) {
            Baustein b = ids.get(i) == null ? null : g.bausteine().get(ids.get(i));
            String feld = "bausteine[" + i + "]";
            if (b == null) {
                fehler.add(Feldfehler.verweis(feld, "baustein.nicht.gefunden"));
            } else if (!b.programmId().equals(programmId)) {
                fehler.add(Feldfehler.von(feld, "finanzierung.baustein.anderes.programm", b.kurz(), programmId));
            } else if (zeitraum && !Zeitraeume.ueberschneiden(d.beginn(), d.ende(), b.beginn(), b.ende())) {
                fehler.add(Feldfehler.von(feld, "finanzierung.zeitraum.ausserhalb.baustein", b.kurz(), b.beginn(),
                        b.ende()));
            }
        }
        postenPruefen(d, g, zeitraum, fehler);
        if (!fehler.isEmpty()) {
            throw FachlicherFehler.ungueltig(fehler);
        }
    }

    private static void postenPruefen(BescheidDaten d, Grundlagen.Grundlage g, boolean zeitraum,
                                      List<Feldfehler> fehler) {
        List<BescheidDaten.Posten> posten = d.postenOderLeer();
        Set<String> gesehen = new HashSet<>();
        BigDecimal summe = Geld.NULL;
        boolean summierbar = true;
        for (int i = 0; i < posten.size(); i++) {
            BescheidDaten.Posten p = posten.get(i);
            String feld = "posten[" + i + "].";
            Baustein b = g.bausteine().get(p.bausteinId());
            if (b == null) {
                fehler.add(Feldfehler.verweis(feld + "bausteinId", "baustein.nicht.gefunden"));
            } else if (!d.bausteineOderLeer().contains(b.id())) {
                fehler.add(Feldfehler.von(feld + "bausteinId", "finanzierung.posten.baustein.nicht.erfasst", b.kurz()));
            }
            if (b != null && zeitraum && !(Zeitraeume.jahrIn(p.jahr(), d.beginn(), d.ende())
                    && Zeitraeume.jahrIn(p.jahr(), b.beginn(), b.ende()))) {
                fehler.add(Feldfehler.von(feld + "jahr", "finanzierung.jahr.ausserhalb", String.valueOf(p.jahr()),
                        String.valueOf(Math.max(d.beginn().getYear(), b.beginn().getYear())),
                        String.valueOf(Math.min(d.ende().getYear(), b.ende().getYear()))));
            } else if (!gesehen.add(p.bausteinId() + "/" + p.jahr())) {
                fehler.add(Feldfehler.von(feld + "jahr", "finanzierung.posten.doppelt", String.valueOf(p.jahr())));
            }
            int vorher = fehler.size();
            Geld.pruefen(feld + "betrag", p.betrag(), fehler);
            if (fehler.size() == vorher) {
                summe = summe.add(p.betrag());
            } else {
                summierbar = false;
            }
        }
        if (summierbar && d.betrag().signum() >= 0 && summe.compareTo(d.betrag()) > 0) {
            fehler.add(Feldfehler.von("posten", "finanzierung.posten.summe", summe, d.betrag()));
        }
    }
}
