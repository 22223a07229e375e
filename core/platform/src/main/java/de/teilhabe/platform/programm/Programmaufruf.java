package de.teilhabe.platform.programm;

import de.teilhabe.platform.fehler.FachlicherFehler;
import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/**
 * How the platform's features call program plugins at run time. Every call runs through
 * {@link Abschirmung}: whatever the plugin throws ends as a {@link FachlicherFehler} naming the program
 * ({@code programm.fehler}), logged with the plugin id; a missing class marks the program as failed for
 * all Kreise until the plugin is replaced. The function passed in must only call the extensions and return
 * plain values (records of the plugin API), not keep the extension objects.
 *
 * <pre>{@code
 * List<Zielgruppenurteil> urteile = aufruf.rufe("kim", Zielgruppenregel.class,
 *         regeln -> regeln.stream().map(r -> r.pruefe(anfrage)).toList());
 * }</pre>
 */
@Singleton
public class Programmaufruf {

    private final ProgrammHost host;

    Programmaufruf(ProgrammHost host) {
        this.host = host;
    }

    /**
     * Calls the extensions of type {@code punkt} of one started program.
     *
     * @throws FachlicherFehler {@code programm.unbekannt} (404), {@code programm.nicht.verfuegbar} (409) for a
     *         refused or failed program, {@code programm.fehler} (409) when the plugin throws,
     *         {@code eingabe.ungueltig} (400) when the plugin rejects the input
     */
    public <T, R> R rufe(String programmId, Class<T> punkt, Function<List<T>, R> aufruf) {
        GeladenesProgramm g = verfuegbar(programmId);
        try {
            return Abschirmung.rufe(programmId, "Der Aufruf von " + punkt.getSimpleName(),
                    () -> aufruf.apply(g.erweiterungen().von(punkt)));
        } catch (Programmdefekt d) {
            if (d.dauerhaft()) {
                host.defekt(programmId, d.grund());
            }
            throw ProgrammFehler.gestoert(g.programm(), d.grund());
        }
    }

    /** {@link #rufe} for several programs, each answer on its own. */
    public <T, R> List<Programmergebnis<R>> fuerJedes(Collection<String> programmIds, Class<T> punkt,
                                                      Function<List<T>, R> aufruf) {
        return programmIds.stream().map(id -> {
            try {
                R wert = rufe(id, punkt, aufruf);
                return Programmergebnis.von(host.programm(id).orElseThrow(), wert);
            } catch (FachlicherFehler f) {
                return Programmergebnis.<R>fehler(id, host.programm(id).map(Programm::name).orElse(id), f);
            }
        }).toList();
    }

    /** The started program, or the error that tells the Kreis why it is not available. */
    GeladenesProgramm verfuegbar(String programmId) {
        GeladenesProgramm g = host.geladen(programmId).orElseThrow(() -> ProgrammFehler.unbekannt(programmId));
        if (!g.programm().istGestartet()) {
            throw ProgrammFehler.nichtVerfuegbar(g.programm());
        }
        return g;
    }
}
