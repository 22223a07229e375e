package de.teilhabe.platform.bericht;

import de.teilhabe.platform.programm.Programm;
import de.teilhabe.platform.programm.ProgrammHost;
import jakarta.inject.Singleton;
import java.time.LocalDate;

/** The header line of every report: „Rhein-Kreis Neuss · Gemeinsam klappt’s · Stichtag 31.03.2021“. */
@Singleton
class Berichtskopf {

    private final ProgrammHost host;

    Berichtskopf(ProgrammHost host) {
        this.host = host;
    }

    String kopf(String kreis, String programm, LocalDate stichtag) {
        String name = host.programm(programm).map(Programm::name).orElse(programm);
        return kreis + " · " + name + " · Stichtag " + Berichtsdokumente.DATUM.format(stichtag);
    }
}
