package de.teilhabe.plugins.vorlage;

import de.teilhabe.plugin.api.baustein.Antragsteller;
import de.teilhabe.plugin.api.baustein.Foerderbaustein;
import de.teilhabe.plugin.api.baustein.FoerderbausteinKatalog;
import de.teilhabe.plugin.api.baustein.Foerderquote;
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
 * Descriptor (required, exactly one), catalog and migrations. EXAMPLE CONTENT – replace it with the real
 * program and say in the Javadoc where each fact comes from.
 */
final class VorlageProgramm {

    private VorlageProgramm() {
    }

    @Extension
    public static class Beschreibung implements Programmbeschreibung {
        @Override
        public Programmdeskriptor programm() {
            return Programmdeskriptor.von(VorlagePlugin.ID, "Vorlage-Programm",
                    "Beispielprogramm aus der Plugin-Vorlage.", List.of(Foerdergeber.MKFFI),
                    new Foerderzeitraum(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 12, 31)));
        }
    }

    @Extension
    public static class Katalog implements FoerderbausteinKatalog {
        @Override
        public List<Foerderbaustein> bausteine() {
            return List.of(new Foerderbaustein(1, "Beispielbaustein", "Was gefördert wird.",
                    Optional.of(Foerderquote.prozent(80)), Set.of(Antragsteller.KREIS), Optional.empty()));
        }
    }

    /** Delete this class and the db/plugins folder if the program needs no tables of its own. */
    @Extension
    public static class Migrationen implements PluginMigrationen {
        @Override
        public Migrationsquelle migrationen() {
            return Migrationsquelle.fuerPlugin(VorlagePlugin.ID);
        }
    }
}
