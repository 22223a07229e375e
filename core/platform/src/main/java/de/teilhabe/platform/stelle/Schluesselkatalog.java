package de.teilhabe.platform.stelle;

import de.teilhabe.platform.programm.Programmaufruf;
import de.teilhabe.plugin.api.feld.Validierungsfehler;
import de.teilhabe.plugin.api.stellen.Eingabeart;
import de.teilhabe.plugin.api.stellen.Stelleneingabe;
import de.teilhabe.plugin.api.stellen.Stellenergebnis;
import de.teilhabe.plugin.api.stellen.Stellenschluessel;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;

/**
 * The staffing formulas of the program plugins, always called through {@link Programmaufruf}: a plugin that
 * throws becomes a clear error naming the program, a plugin that rejects the input becomes field errors.
 */
@Singleton
public class Schluesselkatalog {

    private final Programmaufruf aufruf;

    Schluesselkatalog(Programmaufruf aufruf) {
        this.aufruf = aufruf;
    }

    /** The formulas of a program with their inputs, in the plugin's order. */
    public List<Schluessel> schluessel(String programmId) {
        return aufruf.rufe(programmId, Stellenschluessel.class,
                liste -> liste.stream().map(Schluesselkatalog::beschreibung).toList());
    }

    public Optional<Schluessel> schluessel(String programmId, String schluesselId) {
        return schluessel(programmId).stream().filter(s -> s.id().equals(schluesselId)).findFirst();
    }

    /** The plugin's own check of an input (beyond the declared inputs); empty if the formula is unknown. */
    List<Validierungsfehler> pruefe(String programmId, String schluesselId, Stelleneingabe eingabe) {
        return aufruf.rufe(programmId, Stellenschluessel.class, liste -> liste.stream()
                .filter(s -> s.id().equals(schluesselId)).findFirst().map(s -> s.pruefe(eingabe)).orElse(List.of()));
    }

    /** Computes the posts; empty if the program has no such formula. */
    Optional<Stellenergebnis> berechne(String programmId, String schluesselId, Stelleneingabe eingabe) {
        return aufruf.rufe(programmId, Stellenschluessel.class, liste -> liste.stream()
                .filter(s -> s.id().equals(schluesselId)).findFirst().map(s -> s.berechne(eingabe)));
    }

    private static Schluessel beschreibung(Stellenschluessel s) {
        return new Schluessel(s.id(), s.bezeichnung(), s.baustein().orElse(null), s.rundungsregel(),
                s.eingaben().stream().map(e -> new Schluessel.Eingabe(e.schluessel(), e.bezeichnung(),
                        e.art() == Eingabeart.JE_KOMMUNE, e.ganzzahlig(), e.hilfetext())).toList());
    }
}
