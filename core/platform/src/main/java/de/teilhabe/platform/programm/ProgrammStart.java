package de.teilhabe.platform.programm;

import jakarta.inject.Singleton;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The host's part of the platform start: load the plugins, then bring each Kreis's programs up to date. */
@Singleton
public class ProgrammStart {

    private static final Logger LOG = LoggerFactory.getLogger(ProgrammStart.class);

    private final ProgrammHost host;
    private final ProgrammMigrationen migrationen;

    ProgrammStart(ProgrammHost host, ProgrammMigrationen migrationen) {
        this.host = host;
        this.migrationen = migrationen;
    }

    /** Call after the core's migrations of every Kreis; a problem of one Kreis or program stops nothing else. */
    public void starten(List<String> kreisSlugs) {
        host.laden();
        long start = System.nanoTime();
        for (String slug : kreisSlugs) {
            try {
                migrationen.nachholen(slug);
            } catch (RuntimeException e) {
                LOG.error("Kreis '{}': Programm-Migrationen beim Start nicht geprüft", slug, e);
            }
        }
        LOG.info("Programm-Migrationen für {} Kreise geprüft in {} ms", kreisSlugs.size(),
                (System.nanoTime() - start) / 1_000_000);
    }
}
