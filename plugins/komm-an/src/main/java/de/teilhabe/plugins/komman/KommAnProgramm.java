package de.teilhabe.plugins.komman;

import de.teilhabe.plugin.api.baustein.Antragsteller;
import de.teilhabe.plugin.api.baustein.Foerderbaustein;
import de.teilhabe.plugin.api.baustein.FoerderbausteinKatalog;
import de.teilhabe.plugin.api.gremium.Gremienebene;
import de.teilhabe.plugin.api.gremium.GremienVorlagen;
import de.teilhabe.plugin.api.gremium.Gremiumvorlage;
import de.teilhabe.plugin.api.gremium.Rollenvorlage;
import de.teilhabe.plugin.api.gremium.Sitzungsrhythmus;
import de.teilhabe.plugin.api.programm.Foerdergeber;
import de.teilhabe.plugin.api.programm.Programmbeschreibung;
import de.teilhabe.plugin.api.programm.Programmdeskriptor;
import org.pf4j.Extension;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Descriptor, the one module the seeds name, and the exchange meeting. Not modelled, because the seeds do
 * not give them: the program's official parts and numbering, funding shares and periods (the Kreis enters
 * them from its Bescheid). The ministry is the integration ministry of the seed period (MKFFI).
 */
final class KommAnProgramm {

    private KommAnProgramm() {
    }

    @Extension
    public static class Beschreibung implements Programmbeschreibung {
        @Override
        public Programmdeskriptor programm() {
            return Programmdeskriptor.von(KommAnPlugin.ID, "KOMM-AN NRW",
                    "Landesprogramm zur Integration von Geflüchteten in den Kommunen, angesiedelt im Kommunalen "
                            + "Integrationszentrum; u. a. Koordination des ehrenamtlichen Engagements in der "
                            + "Flüchtlingshilfe. Von KIM abzugrenzen (keine Doppelförderung).",
                    List.of(Foerdergeber.MKFFI), null);
        }
    }

    @Extension
    public static class Katalog implements FoerderbausteinKatalog {
        @Override
        public List<Foerderbaustein> bausteine() {
            return List.of(new Foerderbaustein(1, "KOMM-AN-Ehrenamtskoordination",
                    "Koordination des ehrenamtlichen Engagements in der Flüchtlingshilfe durch den Kreis, z. B. "
                            + "Teilnahme an Runden Tischen der kreisangehörigen Kommunen und an Arbeitskreisen der "
                            + "Flüchtlingshilfe. (Plattforminterne Nummer, nicht die Gliederung des Landesprogramms.)",
                    Optional.empty(), Set.of(Antragsteller.KREIS), Optional.empty()));
        }
    }

    @Extension
    public static class Gremien implements GremienVorlagen {
        @Override
        public List<Gremiumvorlage> gremien() {
            return List.of(new Gremiumvorlage("komm-an.fachaustausch", "KOMM-AN-Fachaustauschtreffen",
                    Gremienebene.ARBEIT, Optional.empty(),
                    List.of("Fachlicher Austausch der im Programm tätigen Akteure"),
                    List.of(Rollenvorlage.geschaeftsfuehrung("Kommunales Integrationszentrum"),
                            Rollenvorlage.mitgliederNachThema("Akteure der Flüchtlingshilfe und Ehrenamtskoordination")),
                    Sitzungsrhythmus.nachBedarf("Rhythmus nicht festgelegt; Termine legt das KI fest")));
        }
    }
}
