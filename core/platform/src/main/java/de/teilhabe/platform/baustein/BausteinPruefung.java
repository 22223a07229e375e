package de.teilhabe.platform.baustein;

import de.teilhabe.platform.fehler.FachlicherFehler;
import de.teilhabe.platform.fehler.Feldfehler;
import de.teilhabe.plugin.api.baustein.Antragsteller;
import de.teilhabe.plugin.api.baustein.Foerderbaustein;
import de.teilhabe.plugin.api.programm.Foerderzeitraum;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The rules a Baustein of a Kreis keeps: period, shares, budget, and who may hold it. */
final class BausteinPruefung {

    private static final BigDecimal HUNDERT = BigDecimal.valueOf(100);

    private BausteinPruefung() {
    }

    static void pruefen(BausteinDaten d, Optional<Foerderbaustein> katalog, Optional<Foerderzeitraum> programmzeitraum,
                        Set<UUID> kommunenDesKreises) {
        List<Feldfehler> fehler = new ArrayList<>();
        if (katalog.isEmpty()) {
            fehler.add(Feldfehler.verweis("nummer", "baustein.unbekannt", d.nummer(), d.programmId()));
        }
        if (d.ende().isBefore(d.beginn())) {
            fehler.add(Feldfehler.von("ende", "zeitraum.ende.vor.beginn"));
        } else if (programmzeitraum.isPresent() && !(programmzeitraum.get().enthaelt(d.beginn())
                    && programmzeitraum.get().enthaelt(d.ende()))) {
            fehler.add(Feldfehler.von("ende", "baustein.ausserhalb.programmzeitraum",
                    programmzeitraum.get().beginn(), programmzeitraum.get().ende()));
        }
        if (d.budget().signum() < 0) {
            fehler.add(Feldfehler.von("budget", "betrag.negativ"));
        }
        if (d.landesanteilProzent().signum() < 0 || d.landesanteilProzent().compareTo(HUNDERT) > 0) {
            fehler.add(Feldfehler.von("landesanteilProzent", "anteil.ausserhalb"));
        } else {
            katalog.flatMap(Foerderbaustein::foerderquote)
                    .filter(q -> d.landesanteilProzent().compareTo(q.landesanteilHoechstensProzent()) > 0)
                    .ifPresent(q -> fehler.add(Feldfehler.von("landesanteilProzent", "baustein.landesanteil.zu.hoch",
                            q.landesanteilHoechstensProzent())));
        }
        if (d.kommuneId() != null) {
            if (!kommunenDesKreises.contains(d.kommuneId())) {
                fehler.add(Feldfehler.verweis("kommuneId", "kommune.fremd"));
            } else if (katalog.isPresent() && !katalog.get().darfBeantragen(Antragsteller.KOMMUNE)) {
                fehler.add(Feldfehler.von("kommuneId", "baustein.nicht.fuer.kommune", katalog.get().nummer()));
            }
        } else if (katalog.isPresent() && !katalog.get().darfBeantragen(Antragsteller.KREIS)) {
            fehler.add(Feldfehler.von("kommuneId", "baustein.nicht.fuer.kreis", katalog.get().nummer()));
        }
        if (!fehler.isEmpty()) {
            throw FachlicherFehler.ungueltig(fehler);
        }
    }
}
