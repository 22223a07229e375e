package de.teilhabe.plugins.gemeinsamklappts;

import de.teilhabe.plugin.api.gremium.Besetzung;
import de.teilhabe.plugin.api.gremium.Gremienebene;
import de.teilhabe.plugin.api.gremium.Gremienrolle;
import de.teilhabe.plugin.api.gremium.GremienVorlagen;
import de.teilhabe.plugin.api.gremium.Gremiumvorlage;
import de.teilhabe.plugin.api.gremium.Rollenvorlage;
import de.teilhabe.plugin.api.gremium.Sitzungsrhythmus;
import org.pf4j.Extension;

import java.util.List;
import java.util.Optional;

/**
 * The regular meetings of the geschäftsführende Stelle (KI) with the Teilhabemanagement (seed 000:
 * „Es finden regelmäßige Besprechungen der geschäftsführenden Stelle mit dem Teilhabemanagement statt“).
 * The seeds give no fixed rhythm.
 */
@Extension
public class GemeinsamKlapptsGremien implements GremienVorlagen {

    @Override
    public List<Gremiumvorlage> gremien() {
        return List.of(new Gremiumvorlage("gemeinsam-klappts.besprechung-teilhabemanagement",
                "Besprechung geschäftsführende Stelle und Teilhabemanagement", Gremienebene.FALL, Optional.empty(),
                List.of("Einsatz der Teilhabemanagerinnen und -manager vorbereiten, begleiten und koordinieren",
                        "Fachliche Abstimmung zu Einzelfällen und Zugängen zur Zielgruppe"),
                List.of(Rollenvorlage.geschaeftsfuehrung("Geschäftsführende Stelle (Kommunales Integrationszentrum)"),
                        new Rollenvorlage(Gremienrolle.MITGLIED, "Teilhabemanager/in", Besetzung.NACH_THEMA)),
                Sitzungsrhythmus.nachBedarf("regelmäßig; Rhythmus legt die geschäftsführende Stelle fest")));
    }
}
