package de.teilhabe.platform.bericht;

import de.teilhabe.platform.sicherheit.Nutzer;
import de.teilhabe.platform.sicherheit.Rolle;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Demo: the Rhein-Kreis Neuss's council paper of 31.03.2021 as issued (seed 000, Sitzungsvorlage
 * 50/0617/XVII/2021 to the Ausschuss für Soziales und Wohnen) — reports (a) and (b) of „Gemeinsam klappt’s“ frozen
 * as committees see them, so that the comparison with today's figures has something to show. Only once per Kreis.
 */
@Singleton
public class RknVorlage {

    static final String ANLASS = "Ausschuss für Soziales und Wohnen, Sitzungsvorlage 50/0617/XVII/2021";
    private static final String PROGRAMM = "gemeinsam-klappts";

    private final Berichtsstaende staende;

    RknVorlage(Berichtsstaende staende) {
        this.staende = staende;
    }

    public void anlegen(String kreisSlug, String kreisName) {
        Nutzer ki = new Nutzer(UUID.randomUUID(), "demo-daten", "Demo-Daten", kreisSlug, kreisName,
                Set.of(Rolle.KI_KOORDINATION));
        if (staende.liste(ki, PROGRAMM).stream().noneMatch(s -> s.anlass().equals(ANLASS))) {
            for (String art : List.of(Berichtsart.AUFNAHME, Berichtsart.ZUWEISUNGEN)) {
                staende.festschreiben(ki, new Festschreibung(art, PROGRAMM, RknStichtag31032021.STICHTAG, ANLASS, true));
            }
        }
    }
}
