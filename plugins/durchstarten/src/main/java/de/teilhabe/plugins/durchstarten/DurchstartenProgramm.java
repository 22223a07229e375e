package de.teilhabe.plugins.durchstarten;

import de.teilhabe.plugin.api.migration.Migrationsquelle;
import de.teilhabe.plugin.api.migration.PluginMigrationen;
import de.teilhabe.plugin.api.programm.Foerdergeber;
import de.teilhabe.plugin.api.programm.Foerderzeitraum;
import de.teilhabe.plugin.api.programm.Programmbeschreibung;
import de.teilhabe.plugin.api.programm.Programmdeskriptor;
import org.pf4j.Extension;

import java.time.LocalDate;
import java.util.List;

/**
 * Descriptor and migrations. Funded by MKFFI and MAGS (seeds 000, 001). Funding at the longest until
 * 30.06.2022 (seed 001); the guideline for Bausteine 1–5 was published on 18.12.2019 (seed 002), so the
 * default period starts 01.01.2020 – a pre-fill the Kreis replaces with its Bewilligungsbescheid.
 */
final class DurchstartenProgramm {

    private DurchstartenProgramm() {
    }

    @Extension
    public static class Beschreibung implements Programmbeschreibung {
        @Override
        public Programmdeskriptor programm() {
            return Programmdeskriptor.von(DurchstartenPlugin.ID, "Durchstarten in Ausbildung und Arbeit",
                    "Landesinitiative mit den Förderbausteinen 1–5 für junge Geflüchtete mit Duldung oder Gestattung "
                            + "von 18 bis 27 Jahren: Coaching, Qualifizierung, Schulabschluss, vorbereitende Kurse, "
                            + "Innovationsfonds. Der Kreis stellt für die Bausteine 1–4 einen gesammelten Antrag.",
                    List.of(Foerdergeber.MKFFI, Foerdergeber.MAGS),
                    new Foerderzeitraum(LocalDate.of(2020, 1, 1), LocalDate.of(2022, 6, 30)));
        }
    }

    @Extension
    public static class Migrationen implements PluginMigrationen {
        @Override
        public Migrationsquelle migrationen() {
            return Migrationsquelle.fuerPlugin(DurchstartenPlugin.ID);
        }
    }
}
