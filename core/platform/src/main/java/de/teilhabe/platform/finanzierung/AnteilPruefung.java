package de.teilhabe.platform.finanzierung;

import de.teilhabe.platform.baustein.Baustein;
import de.teilhabe.platform.fehler.FachlicherFehler;
import de.teilhabe.platform.fehler.Feldfehler;
import de.teilhabe.plugin.api.programm.Foerderzeitraum;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The rules of an own share and of a forwarding beyond the constraints of their records (which require year,
 * amount and source; Baustein, provider, amount, period and contract). Own share: an enabled program, a Baustein
 * of it (or none: the whole program), a year inside the Baustein's period (else the program's), an amount in cents.
 * Forwarding: an existing Baustein and provider, an amount in cents, a period inside the Baustein's.
 */
final class AnteilPruefung {

    static final int LAENGE = 200;

    private AnteilPruefung() {
    }

    static void pruefen(EigenanteilDaten d, Grundlagen.Grundlage g) {
        List<Feldfehler> fehler = new ArrayList<>();
        if (!g.aktiv(d.programmId())) {
            fehler.add(Feldfehler.von("programmId", "programm.nicht.aktiv", d.programmId()));
        }
        Baustein b = d.bausteinId() == null ? null : g.bausteine().get(d.bausteinId());
        if (d.bausteinId() != null && b == null) {
            fehler.add(Feldfehler.verweis("bausteinId", "baustein.nicht.gefunden"));
        } else if (b != null && !b.programmId().equals(d.programmId())) {
            fehler.add(Feldfehler.von("bausteinId", "finanzierung.baustein.anderes.programm", b.kurz(),
                    d.programmId()));
            b = null;
        }
        if (b != null && !Zeitraeume.jahrIn(d.jahr(), b.beginn(), b.ende())) {
            fehler.add(Feldfehler.von("jahr", "finanzierung.jahr.ausserhalb", String.valueOf(d.jahr()),
                    String.valueOf(b.beginn().getYear()), String.valueOf(b.ende().getYear())));
        } else if (b == null && d.bausteinId() == null) {
            Optional<Foerderzeitraum> z = g.aktiv(d.programmId()) ? g.programmzeitraum().apply(d.programmId())
                    : Optional.empty();
            z.filter(p -> !Zeitraeume.jahrIn(d.jahr(), p.beginn(), p.ende()))
                    .ifPresent(p -> fehler.add(Feldfehler.von("jahr", "finanzierung.jahr.ausserhalb",
                            String.valueOf(d.jahr()), String.valueOf(p.beginn().getYear()),
                            String.valueOf(p.ende().getYear()))));
        }
        Geld.pruefen("betrag", d.betrag(), fehler);
        text("quelle", d.quelle(), fehler);
        werfen(fehler);
    }

    static void pruefen(WeiterleitungDaten d, Grundlagen.Grundlage g) {
        List<Feldfehler> fehler = new ArrayList<>();
        Baustein b = g.bausteine().get(d.bausteinId());
        if (b == null) {
            fehler.add(Feldfehler.verweis("bausteinId", "baustein.nicht.gefunden"));
        } else if (!g.aktiv(b.programmId())) {
            fehler.add(Feldfehler.von("bausteinId", "programm.nicht.aktiv", b.programmId()));
        }
        if (!g.traeger().contains(d.traegerId())) {
            fehler.add(Feldfehler.verweis("traegerId", "traeger.nicht.gefunden"));
        }
        Geld.pruefen("betrag", d.betrag(), fehler);
        if (Zeitraeume.pruefen(d.beginn(), d.ende(), fehler) && b != null) {
            if (d.beginn().isBefore(b.beginn())) {
                fehler.add(Feldfehler.von("beginn", "finanzierung.zeitraum.ausserhalb.baustein", b.kurz(),
                        b.beginn(), b.ende()));
            }
            if (d.ende().isAfter(b.ende())) {
                fehler.add(Feldfehler.von("ende", "finanzierung.zeitraum.ausserhalb.baustein", b.kurz(),
                        b.beginn(), b.ende()));
            }
        }
        text("vertrag", d.vertrag(), fehler);
        werfen(fehler);
    }

    private static void text(String feld, String wert, List<Feldfehler> fehler) {
        if (wert.trim().length() > LAENGE) {
            fehler.add(Feldfehler.von(feld, "finanzierung.text.zu.lang", LAENGE));
        }
    }

    private static void werfen(List<Feldfehler> fehler) {
        if (!fehler.isEmpty()) {
            throw FachlicherFehler.ungueltig(fehler);
        }
    }
}
