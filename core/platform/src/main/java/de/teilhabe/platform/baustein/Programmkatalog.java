package de.teilhabe.platform.baustein;

import de.teilhabe.platform.programm.Programm;
import de.teilhabe.platform.programm.ProgrammHost;
import de.teilhabe.platform.programm.Programmaufruf;
import de.teilhabe.plugin.api.baustein.Foerderbaustein;
import de.teilhabe.plugin.api.baustein.FoerderbausteinKatalog;
import de.teilhabe.plugin.api.programm.Foerderzeitraum;
import de.teilhabe.plugin.api.programm.Programmdeskriptor;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;

/** What a program plugin says about its Förderbausteine and its funding period. */
@Singleton
public class Programmkatalog {

    private final Programmaufruf aufruf;
    private final ProgrammHost host;

    Programmkatalog(Programmaufruf aufruf, ProgrammHost host) {
        this.aufruf = aufruf;
        this.host = host;
    }

    public List<Foerderbaustein> bausteine(String programmId) {
        return aufruf.rufe(programmId, FoerderbausteinKatalog.class,
                kataloge -> kataloge.stream().flatMap(k -> k.bausteine().stream()).toList());
    }

    public Optional<Foerderbaustein> baustein(String programmId, int nummer) {
        return bausteine(programmId).stream().filter(b -> b.nummer() == nummer).findFirst();
    }

    public Optional<Foerderzeitraum> foerderzeitraum(String programmId) {
        return host.programm(programmId).flatMap(Programm::deskriptor)
                .flatMap(Programmdeskriptor::standardFoerderzeitraum);
    }
}
