package de.teilhabe.platform.bericht;

import de.teilhabe.platform.dokument.Dokument;
import de.teilhabe.platform.dokument.Zellen;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Compares a frozen report with the same report computed again, figure by figure: tables by position, rows by their
 * label (the text cells before the first figure, numbered where a label repeats), columns by heading. Text cells
 * that differ are not figures and are left out; rows that appear or vanish show every figure.
 */
final class Berichtsvergleich {

    private Berichtsvergleich() {
    }

    static List<Abweichung> vergleichen(Dokument damals, Dokument heute) {
        List<Abweichung> ergebnis = new ArrayList<>();
        List<Dokument.Tabelle> alt = damals.tabellen();
        List<Dokument.Tabelle> neu = heute.tabellen();
        for (int t = 0; t < Math.max(alt.size(), neu.size()); t++) {
            Map<String, List<?>> altZeilen = t < alt.size() ? zeilen(alt.get(t)) : Map.of();
            Map<String, List<?>> neuZeilen = t < neu.size() ? zeilen(neu.get(t)) : Map.of();
            List<String> spalten = (t < neu.size() ? neu : alt).get(t).spalten();
            Map<String, Boolean> schluessel = new LinkedHashMap<>();
            altZeilen.keySet().forEach(k -> schluessel.put(k, true));
            neuZeilen.keySet().forEach(k -> schluessel.put(k, true));
            for (String zeile : schluessel.keySet()) {
                List<?> a = altZeilen.get(zeile);
                List<?> n = neuZeilen.get(zeile);
                for (int s = 0; s < spalten.size(); s++) {
                    Object wa = a == null || s >= a.size() ? null : a.get(s);
                    Object wn = n == null || s >= n.size() ? null : n.get(s);
                    if (!zahlenspalte(wa) && !zahlenspalte(wn)) {
                        continue;
                    }
                    BigDecimal za = zahl(wa);
                    BigDecimal zn = zahl(wn);
                    boolean gleich = za != null && zn != null ? za.compareTo(zn) == 0
                            : Zellen.text(wa).equals(Zellen.text(wn));
                    if (!gleich) {
                        ergebnis.add(new Abweichung(t + 1, zeile, spalten.get(s), Zellen.text(wa), Zellen.text(wn),
                                za != null && zn != null ? zn.subtract(za) : null));
                    }
                }
            }
        }
        return ergebnis;
    }

    /** Rows by label; a repeated label gets „(2)“, „(3)“ … in order. */
    private static Map<String, List<?>> zeilen(Dokument.Tabelle t) {
        Map<String, List<?>> zeilen = new LinkedHashMap<>();
        Map<String, Integer> gesehen = new HashMap<>();
        for (List<?> z : t.zeilen()) {
            List<String> teile = new ArrayList<>();
            for (Object c : z) {
                if (zahlenspalte(c)) {
                    break;
                }
                String text = Zellen.text(c).strip();
                if (!text.isEmpty()) {
                    teile.add(text);
                }
            }
            String basis = String.join(" · ", teile);
            int n = gesehen.merge(basis, 1, Integer::sum);
            zeilen.put(n == 1 ? basis : basis + " (" + n + ")", z);
        }
        return zeilen;
    }

    /** A figure, or the „·“ standing for a suppressed one. */
    private static boolean zahlenspalte(Object zelle) {
        return zahl(zelle) != null || "·".equals(zelle);
    }

    private static BigDecimal zahl(Object zelle) {
        if (zelle instanceof Integer || zelle instanceof Long) {
            return BigDecimal.valueOf(((Number) zelle).longValue());
        }
        if (zelle instanceof BigDecimal d) {
            return d;
        }
        if (zelle instanceof Dokument.Geld g) {
            return g.betrag();
        }
        return zelle instanceof Dokument.Prozent p ? p.wert() : null;
    }
}
