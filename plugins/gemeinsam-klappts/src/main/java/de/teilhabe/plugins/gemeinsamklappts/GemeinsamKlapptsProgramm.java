package de.teilhabe.plugins.gemeinsamklappts;

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
 * Descriptor, catalog and migrations of „Gemeinsam klappt’s“.
 *
 * <p>Sources (seeds): MKFFI program (000, 001); Baustein 6 Teilhabemanagement, Kreis and Kommune may apply
 * (002: Stadt Rheine applied for Baustein 6 itself, the Kreis Steinfurt holds 1–4; 000/001: RKN applied as
 * Kreis); up to 80 % state share, own share at least 20 % (001: „Alle Förderbausteine …“, 003); default
 * period 01.05.2020–31.12.2021 from the RKN Bewilligungsbescheid (000) – a pre-fill the Kreis overwrites.
 */
final class GemeinsamKlapptsProgramm {

    private GemeinsamKlapptsProgramm() {
    }

    @Extension
    public static class Beschreibung implements Programmbeschreibung {
        @Override
        public Programmdeskriptor programm() {
            return Programmdeskriptor.von(GemeinsamKlapptsPlugin.ID,
                    "Gemeinsam klappt’s – Teilhabemanagement (Baustein 6)",
                    "Landesinitiative für junge Geflüchtete von 18 bis 27 Jahren mit Duldung (primär) oder "
                            + "Gestattung (sekundär): Teilhabemanagement als rechtskreisübergreifendes Case-Management.",
                    List.of(Foerdergeber.MKFFI),
                    new Foerderzeitraum(LocalDate.of(2020, 5, 1), LocalDate.of(2021, 12, 31)));
        }
    }

    @Extension
    public static class Katalog implements FoerderbausteinKatalog {
        @Override
        public List<Foerderbaustein> bausteine() {
            return List.of(new Foerderbaustein(6, "Teilhabemanagement",
                    "Teilhabemanagerinnen und -manager erfassen die Zielgruppe, ermitteln Bedarfe und Angebote, "
                            + "führen ein rechtskreisübergreifendes Case-Management (Bedarfs- und Zielvereinbarung, "
                            + "Falldokumentation, Verweisberatung) und vermitteln in die Förderbausteine.",
                    Optional.of(Foerderquote.prozent(80)), Set.of(Antragsteller.KREIS, Antragsteller.KOMMUNE),
                    Optional.empty()));
        }
    }

    @Extension
    public static class Migrationen implements PluginMigrationen {
        @Override
        public Migrationsquelle migrationen() {
            return Migrationsquelle.fuerPlugin(GemeinsamKlapptsPlugin.ID);
        }
    }
}
