package de.teilhabe.platform.betrieb;

import de.teilhabe.platform.demo.DemoDaten;
import de.teilhabe.platform.mandant.Mandant;
import de.teilhabe.platform.mandant.Mandanten;
import de.teilhabe.platform.mandant.Migrationen;
import de.teilhabe.platform.programm.ProgrammStart;
import de.teilhabe.platform.sicherheit.Betreiberkonto;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * At every start, before any request: migrate the platform, then every Kreis; load the program plugins and
 * apply their migrations in each Kreis that enabled them; operator account; demo data.
 */
@Singleton
class Plattformstart implements ApplicationEventListener<StartupEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(Plattformstart.class);

    private final Migrationen migrationen;
    private final Mandanten mandanten;
    private final Betreiberkonto betreiberkonto;
    private final DemoDaten demo;
    private final ProgrammStart programme;
    private final String betreiberPasswort;
    private final boolean demoAn;

    Plattformstart(Migrationen migrationen, Mandanten mandanten, Betreiberkonto betreiberkonto, DemoDaten demo,
                   ProgrammStart programme,
                   @Nullable @Value("${teilhabe.betreiber.passwort:}") String betreiberPasswort,
                   @Value("${teilhabe.demo:false}") boolean demoAn) {
        this.migrationen = migrationen;
        this.mandanten = mandanten;
        this.betreiberkonto = betreiberkonto;
        this.demo = demo;
        this.programme = programme;
        this.betreiberPasswort = betreiberPasswort;
        this.demoAn = demoAn;
    }

    @Override
    public void onApplicationEvent(StartupEvent event) {
        long start = System.nanoTime();
        migrationen.plattform();
        List<Mandant> kreise = mandanten.alle();
        kreise.forEach(k -> migrationen.kreis(k.datenbank()));
        LOG.info("Migrationen: Plattform und {} Kreise in {} ms", kreise.size(), (System.nanoTime() - start) / 1_000_000);
        programme.starten(kreise.stream().map(Mandant::slug).toList());
        boolean ohnePasswort = betreiberPasswort == null || betreiberPasswort.isBlank();
        if (betreiberkonto.sicherstellen(demoAn && ohnePasswort ? DemoDaten.PASSWORT : betreiberPasswort)) {
            LOG.info("Betreiberkonto '{}' angelegt", Betreiberkonto.BENUTZERNAME);
        }
        if (demoAn) {
            demo.anlegen();
        }
    }
}
