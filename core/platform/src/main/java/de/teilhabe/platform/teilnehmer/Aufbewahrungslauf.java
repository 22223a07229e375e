package de.teilhabe.platform.teilnehmer;

import de.teilhabe.platform.mandant.Mandant;
import de.teilhabe.platform.mandant.Mandanten;
import de.teilhabe.platform.sicherheit.Nutzer;
import de.teilhabe.platform.sicherheit.Rolle;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Anonymises what is past its period in every Kreis, as the system actor {@value #SYSTEM}. A Kreis that fails is
 * logged and skipped; the others still run. Started by {@link AufbewahrungsZeitplan}.
 */
@Singleton
public class Aufbewahrungslauf {

    /** The name under which the run appears in the Kreis's audit log. */
    public static final String SYSTEM = "system.aufbewahrung";
    private static final Logger LOG = LoggerFactory.getLogger(Aufbewahrungslauf.class);

    private final Mandanten mandanten;
    private final Aufbewahrung aufbewahrung;

    Aufbewahrungslauf(Mandanten mandanten, Aufbewahrung aufbewahrung) {
        this.mandanten = mandanten;
        this.aufbewahrung = aufbewahrung;
    }

    /** Runs for every registered Kreis; the report per Kreis that succeeded, by slug. */
    public Map<String, Aufbewahrungsbericht> alleKreise(LocalDate stichtag) {
        return laufen(kreise(mandanten.alle()), stichtag);
    }

    /** Runs for the given Kreise (slug to name), in this order. */
    Map<String, Aufbewahrungsbericht> laufen(Map<String, String> kreise, LocalDate stichtag) {
        Map<String, Aufbewahrungsbericht> berichte = new LinkedHashMap<>();
        kreise.forEach((slug, name) -> {
            MDC.put("kreis", slug);
            try {
                Aufbewahrungsbericht b = aufbewahrung.anonymisieren(systemNutzer(slug, name), stichtag);
                berichte.put(slug, b);
                LOG.info("Aufbewahrung {}: {} Datensätze anonymisiert {}", slug, b.gesamt(), b.anzahl());
            } catch (RuntimeException e) {
                LOG.error("Aufbewahrung {}: fehlgeschlagen, weiter mit dem nächsten Kreis", slug, e);
            } finally {
                MDC.remove("kreis");
            }
        });
        return berichte;
    }

    private static Nutzer systemNutzer(String slug, String name) {
        return new Nutzer(new UUID(0L, 0L), SYSTEM, "Aufbewahrungsfristen", slug, name, Set.of(Rolle.KREIS_ADMIN));
    }

    /** The Kreise to run: slug to name. */
    static Map<String, String> kreise(List<Mandant> mandanten) {
        Map<String, String> kreise = new LinkedHashMap<>();
        mandanten.forEach(m -> kreise.put(m.slug(), m.name()));
        return kreise;
    }
}
