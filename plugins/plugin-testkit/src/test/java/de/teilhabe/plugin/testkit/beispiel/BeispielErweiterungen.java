package de.teilhabe.plugin.testkit.beispiel;

import de.teilhabe.plugin.api.baustein.Antragsteller;
import de.teilhabe.plugin.api.baustein.Foerderbaustein;
import de.teilhabe.plugin.api.baustein.FoerderbausteinKatalog;
import de.teilhabe.plugin.api.bericht.Berichtsbeitrag;
import de.teilhabe.plugin.api.bericht.Berichtseingabe;
import de.teilhabe.plugin.api.bericht.Berichtstabelle;
import de.teilhabe.plugin.api.gremium.Gremienebene;
import de.teilhabe.plugin.api.gremium.GremienVorlagen;
import de.teilhabe.plugin.api.gremium.Gremiumvorlage;
import de.teilhabe.plugin.api.gremium.Sitzungsrhythmus;
import de.teilhabe.plugin.api.migration.Migrationsquelle;
import de.teilhabe.plugin.api.migration.PluginMigrationen;
import de.teilhabe.plugin.api.programm.Foerdergeber;
import de.teilhabe.plugin.api.programm.Programmbeschreibung;
import de.teilhabe.plugin.api.programm.Programmdeskriptor;
import de.teilhabe.plugin.api.zielgruppe.Begruendung;
import de.teilhabe.plugin.api.zielgruppe.Pruefanfrage;
import de.teilhabe.plugin.api.zielgruppe.Zielgruppenregel;
import de.teilhabe.plugin.api.zielgruppe.Zielgruppenurteil;
import org.pf4j.Extension;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Test fixture extensions; the defects are intentional. */
final class BeispielErweiterungen {

    private BeispielErweiterungen() {
    }

    @Extension
    public static class Programm implements Programmbeschreibung {
        @Override
        public Programmdeskriptor programm() {
            return Programmdeskriptor.von("testkit-beispiel", "Beispielprogramm", "Nur für Tests.",
                    List.of(Foerdergeber.MKFFI), null);
        }
    }

    /** Simple rule: Duldung and 18–27 → primary. */
    @Extension
    public static class Regel implements Zielgruppenregel {
        @Override
        public String id() {
            return "testkit-beispiel.zielgruppe";
        }

        @Override
        public String bezeichnung() {
            return "Beispielzielgruppe";
        }

        @Override
        public Zielgruppenurteil pruefe(Pruefanfrage a) {
            Optional<Integer> alter = a.person().alterAm(a.stichtag());
            if (alter.isEmpty()) {
                return Zielgruppenurteil.nichtEntscheidbar(List.of(
                        new Begruendung("testkit-beispiel.geburtsdatum.fehlt", "Geburtsdatum fehlt.")));
            }
            if (alter.get() >= 18 && alter.get() <= 27 && a.person().hatStatus(
                    de.teilhabe.plugin.api.zielgruppe.Aufenthaltsstatus.DULDUNG)) {
                return Zielgruppenurteil.primaer(new Begruendung("testkit-beispiel.passt", "Passt."));
            }
            return Zielgruppenurteil.nichtZielgruppe(new Begruendung("testkit-beispiel.passt-nicht", "Passt nicht."));
        }
    }

    /** Defect: number 1 twice. */
    @Extension
    public static class Katalog implements FoerderbausteinKatalog {
        @Override
        public List<Foerderbaustein> bausteine() {
            Foerderbaustein b = new Foerderbaustein(1, "Eins", "", Optional.empty(), Set.of(Antragsteller.KREIS),
                    Optional.empty());
            return List.of(b, b);
        }
    }

    /** Defect: parent missing. */
    @Extension
    public static class Gremien implements GremienVorlagen {
        @Override
        public List<Gremiumvorlage> gremien() {
            return List.of(new Gremiumvorlage("testkit-beispiel.ag", "AG", Gremienebene.ARBEIT,
                    Optional.of("testkit-beispiel.fehlt"), List.of(), List.of(), Sitzungsrhythmus.nachBedarf("nach Bedarf")));
        }
    }

    /** Defect: unknown count. */
    @Extension
    public static class Bericht implements Berichtsbeitrag {
        @Override
        public String id() {
            return "testkit-beispiel.bericht";
        }

        @Override
        public String titel() {
            return "Bericht";
        }

        @Override
        public Set<String> benoetigteKennzahlen() {
            return Set.of("erfunden.kennzahl");
        }

        @Override
        public Berichtstabelle erstelle(Berichtseingabe eingabe) {
            return new Berichtstabelle("Bericht", List.of(), List.of(), List.of());
        }
    }

    /** Migrations; the folder also holds a badly named file (defect). */
    @Extension
    public static class Migrationen implements PluginMigrationen {
        @Override
        public Migrationsquelle migrationen() {
            return Migrationsquelle.fuerPlugin("testkit-beispiel");
        }
    }
}
