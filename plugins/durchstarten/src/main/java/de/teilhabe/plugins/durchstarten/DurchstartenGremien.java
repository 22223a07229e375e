package de.teilhabe.plugins.durchstarten;

import de.teilhabe.plugin.api.gremium.Gremienebene;
import de.teilhabe.plugin.api.gremium.GremienVorlagen;
import de.teilhabe.plugin.api.gremium.Gremiumvorlage;
import de.teilhabe.plugin.api.gremium.Rollenvorlage;
import de.teilhabe.plugin.api.gremium.Sitzungsrhythmus;
import org.pf4j.Extension;

import java.util.List;
import java.util.Optional;

/**
 * Steering structure (seeds 001, 004 section 2.3): Bündniskerngruppe, Arbeitsgruppe Maßnahmenträger,
 * Arbeitsgruppe Coaches und Teilhabemanagement. The KI is the geschäftsführende Stelle (in Coesfeld together
 * with the Jobcenter, seed 003); the lead (Federführung) lies with the Kreis administration (RKN: the
 * Kreisdirektor, seed 001). The seeds give no rhythm and do not say that the working groups report to the
 * Bündniskerngruppe – that parent link is this template's assumption; Kreise can change it.
 */
@Extension
public class DurchstartenGremien implements GremienVorlagen {

    static final String KERNGRUPPE = "durchstarten.buendniskerngruppe";

    @Override
    public List<Gremiumvorlage> gremien() {
        Sitzungsrhythmus nachBedarf = Sitzungsrhythmus.nachBedarf("nach Bedarf; Termine legt die geschäftsführende Stelle fest");
        return List.of(
                new Gremiumvorlage(KERNGRUPPE, "Bündniskerngruppe", Gremienebene.STEUERUNG, Optional.empty(),
                        List.of("Bedarfe und Maßnahmenideen der Kommunen und Akteure zusammenführen und beraten",
                                "Abstimmung des gesammelten Antrags für die Förderbausteine 1–4"),
                        List.of(Rollenvorlage.vorsitz("Federführung der Kreisverwaltung (z. B. Kreisdirektor/in)"),
                                Rollenvorlage.geschaeftsfuehrung("Geschäftsführende Stelle (Kommunales Integrationszentrum)"),
                                Rollenvorlage.mitgliedJeKommune("Vertretung der kreisangehörigen Kommune"),
                                Rollenvorlage.mitgliederNachThema("Akteure vor Ort (z. B. Jobcenter, Agentur für Arbeit, Träger)")),
                        nachBedarf),
                new Gremiumvorlage("durchstarten.ag-massnahmentraeger", "Arbeitsgruppe Maßnahmenträger", Gremienebene.ARBEIT,
                        Optional.of(KERNGRUPPE),
                        List.of("Abstimmung der Maßnahmen der Förderbausteine 1–4, Starttermine und Teilnehmendengewinnung"),
                        List.of(Rollenvorlage.geschaeftsfuehrung("Geschäftsführende Stelle (Kommunales Integrationszentrum)"),
                                Rollenvorlage.mitgliederNachThema("Maßnahmeträger")),
                        nachBedarf),
                new Gremiumvorlage("durchstarten.ag-coaches-teilhabemanagement", "Arbeitsgruppe Coaches und Teilhabemanagement",
                        Gremienebene.FALL, Optional.of(KERNGRUPPE),
                        List.of("Austausch zu Zuweisungen in die Förderbausteine und zu Einzelfällen"),
                        List.of(Rollenvorlage.geschaeftsfuehrung("Geschäftsführende Stelle (Kommunales Integrationszentrum)"),
                                Rollenvorlage.mitgliederNachThema("Coaches (Förderbaustein 1)"),
                                Rollenvorlage.mitgliederNachThema("Teilhabemanager/innen (Baustein 6)")),
                        nachBedarf));
    }
}
