package de.teilhabe.plugins.kim;

import de.teilhabe.plugin.api.baustein.Antragsteller;
import de.teilhabe.plugin.api.baustein.Foerderbaustein;
import de.teilhabe.plugin.api.baustein.FoerderbausteinKatalog;
import de.teilhabe.plugin.api.feld.Fallphase;
import de.teilhabe.plugin.api.feld.Felddefinition;
import de.teilhabe.plugin.api.migration.Migrationsquelle;
import de.teilhabe.plugin.api.migration.PluginMigrationen;
import de.teilhabe.plugin.api.programm.Foerdergeber;
import de.teilhabe.plugin.api.programm.Foerderzeitraum;
import de.teilhabe.plugin.api.programm.Programmbeschreibung;
import de.teilhabe.plugin.api.programm.Programmdeskriptor;
import org.pf4j.Extension;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Descriptor, catalog and migrations of KIM (seed 004, RKN concept 2021). Default period: the 2021 grant
 * year (early start from 01.01.2021, grants of 27.01. and 03.02.2021). The seed gives no funding share for
 * the Bausteine, so the catalog leaves it open. Bausteine 1 and 2 are applied for by the Kreis (Neuss and
 * Dormagen had their coordination posts applied for through the Kreis and forwarded); Baustein 3 posts
 * belong to every Ausländer-/Einbürgerungsbehörde, so a Kommune with its own authorities holds them itself.
 */
final class KimProgramm {

    private KimProgramm() {
    }

    @Extension
    public static class Beschreibung implements Programmbeschreibung {
        @Override
        public Programmdeskriptor programm() {
            return Programmdeskriptor.von(KimPlugin.ID, "Kommunales Integrationsmanagement (KIM)",
                            "Rechtskreisübergreifendes Integrationsmanagement: strategische Koordinierung im "
                                    + "Kommunalen Integrationszentrum, Case-Management und Stellen in Ausländer- und "
                                    + "Einbürgerungsbehörden – von der Einreise bis zur Einbürgerung.",
                            List.of(Foerdergeber.MKFFI),
                            new Foerderzeitraum(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 12, 31)))
                    .mitEinstellungen(List.of(Felddefinition.datum(KimPlugin.EINSTELLUNG_LANDESINITIATIVE_ENDE,
                                    "Ende der Landesinitiative „Durchstarten in Ausbildung und Arbeit“ im Kreis")
                            .inPhase(Fallphase.EINSTELLUNG)
                            .mitHilfe("Ab dem Folgetag gilt Stufe 2: geduldete und gestattete 18- bis 27-Jährige "
                                    + "werden in KIM aufgenommen. Leer lassen, solange die Landesinitiative läuft.")));
        }
    }

    @Extension
    public static class Katalog implements FoerderbausteinKatalog {
        @Override
        public List<Foerderbaustein> bausteine() {
            return List.of(
                    new Foerderbaustein(1, "Koordinierende Stellen (strategische Steuerung)",
                            "Strategische Koordinierungsstellen im Kommunalen Integrationszentrum: Steuerung, "
                                    + "Koordination und Moderation des Gesamtprozesses, Lenkungsgruppe, Fachaufsicht "
                                    + "über das Case-Management.", Optional.empty(), Set.of(Antragsteller.KREIS),
                            Optional.empty()),
                    new Foerderbaustein(2, "Case-Management",
                            "Rechtskreisübergreifendes Case-Management für Zugewanderte ohne Zugang zu einem "
                                    + "Fallmanagement; meldet Versorgungslücken an die koordinierenden Stellen.",
                            Optional.empty(), Set.of(Antragsteller.KREIS), Optional.empty()),
                    new Foerderbaustein(3, "Personalstellen in den Ausländer- und Einbürgerungsbehörden",
                            "Stellen in Ausländer- und Einbürgerungsbehörden, u. a. zur Optimierung von "
                                    + "Einbürgerungsverfahren und zur Zusammenarbeit mit dem Case-Management.",
                            Optional.empty(), Set.of(Antragsteller.KREIS, Antragsteller.KOMMUNE), Optional.empty()));
        }
    }

    @Extension
    public static class Migrationen implements PluginMigrationen {
        @Override
        public Migrationsquelle migrationen() {
            return Migrationsquelle.fuerPlugin(KimPlugin.ID);
        }
    }
}
