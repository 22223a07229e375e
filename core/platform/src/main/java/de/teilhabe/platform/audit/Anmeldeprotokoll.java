package de.teilhabe.platform.audit;

import de.teilhabe.platform.sicherheit.Anmeldeereignis;
import io.micronaut.context.event.ApplicationEventListener;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Failed and refused sign-ins in the platform's audit log: as user the name typed, the Kreis chosen, the client's
 * address, the time (for a refusal also the wait). Written in the transaction of the sign-in's record
 * ({@code sicherheit.Anmeldevermerk}), which commits although the sign-in fails.
 */
@Singleton
class Anmeldeprotokoll implements ApplicationEventListener<Anmeldeereignis> {

    private final AuditProtokoll audit;

    Anmeldeprotokoll(AuditProtokoll audit) {
        this.audit = audit;
    }

    @Override
    public void onApplicationEvent(Anmeldeereignis e) {
        Map<String, Object> angaben = new LinkedHashMap<>();
        angaben.put("kreis", e.kreis());
        angaben.put("adresse", e.adresse());
        angaben.put("zeitpunkt", e.zeitpunkt().toString());
        if (e.wartezeit() > 0) {
            angaben.put("wartezeitSekunden", e.wartezeit());
        }
        audit.plattform(e.benutzername(), e.art(), "Anmeldung", null, angaben);
    }
}
