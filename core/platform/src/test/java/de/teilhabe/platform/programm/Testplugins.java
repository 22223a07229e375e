package de.teilhabe.platform.programm;

/** The generated broken plugins the host's tests use, each broken in one way. */
final class Testplugins {

    private Testplugins() {
    }

    /** PF4J's {@code Plugin.start()} throws. */
    static Testplugin startWirft() {
        return Testplugin.mitBeschreibung("start-wirft").pluginKlasse("StartWirft", """
                public class StartWirft extends org.pf4j.Plugin {
                    @Override
                    public void start() {
                        throw new IllegalStateException("Datenquelle fehlt");
                    }
                }""");
    }

    /** An extension's constructor throws. */
    static Testplugin konstruktorWirft() {
        return Testplugin.mitBeschreibung("konstruktor-wirft").erweiterung("KaputterKatalog", """
                public class KaputterKatalog implements de.teilhabe.plugin.api.baustein.FoerderbausteinKatalog {
                    public KaputterKatalog() {
                        throw new UnsupportedOperationException("kaputt");
                    }
                    public java.util.List<de.teilhabe.plugin.api.baustein.Foerderbaustein> bausteine() {
                        return java.util.List.of();
                    }
                }""");
    }

    /** The extension index names a class the archive does not contain. */
    static Testplugin klasseFehltImArchiv() {
        return Testplugin.mitBeschreibung("klasse-fehlt").erweiterung("Verschwunden", """
                public class Verschwunden implements de.teilhabe.plugin.api.gremium.GremienVorlagen {
                    public java.util.List<de.teilhabe.plugin.api.gremium.Gremiumvorlage> gremien() {
                        return java.util.List.of();
                    }
                }""").ohne("Verschwunden");
    }

    /** The descriptor's id differs from the plugin id. */
    static Testplugin falscheId() {
        return Testplugin.leer("falsche-id").erweiterung("Beschreibung", """
                public class Beschreibung implements de.teilhabe.plugin.api.programm.Programmbeschreibung {
                    public de.teilhabe.plugin.api.programm.Programmdeskriptor programm() {
                        return de.teilhabe.plugin.api.programm.Programmdeskriptor.von("anders", "Anders",
                                "Nur für Tests.", java.util.List.of(de.teilhabe.plugin.api.programm.Foerdergeber.MKFFI),
                                null);
                    }
                }""");
    }

    /**
     * Starts fine, but at run time: its target-group rule needs a helper class left out of the archive
     * (a real {@link NoClassDefFoundError}), and its staffing formula rejects every input as the API allows.
     */
    static Testplugin fehltZurLaufzeit() {
        return Testplugin.mitBeschreibung("fehlt-zur-laufzeit")
                .klasse("Helfer", """
                        public class Helfer {
                            static String text() { return "nie erreicht"; }
                        }""")
                .ohne("Helfer")
                .erweiterung("RegelMitHelfer", """
                        public class RegelMitHelfer implements de.teilhabe.plugin.api.zielgruppe.Zielgruppenregel {
                            public String id() { return "fehlt-zur-laufzeit.zielgruppe"; }
                            public String bezeichnung() { return "Regel mit fehlender Hilfsklasse"; }
                            public de.teilhabe.plugin.api.zielgruppe.Zielgruppenurteil pruefe(
                                    de.teilhabe.plugin.api.zielgruppe.Pruefanfrage anfrage) {
                                throw new IllegalStateException(Helfer.text());
                            }
                        }""")
                .erweiterung("StrengeFormel", """
                        public class StrengeFormel implements de.teilhabe.plugin.api.stellen.Stellenschluessel {
                            public String id() { return "fehlt-zur-laufzeit.stellen"; }
                            public String bezeichnung() { return "Strenge Formel"; }
                            public java.util.Optional<Integer> baustein() { return java.util.Optional.empty(); }
                            public java.util.List<de.teilhabe.plugin.api.stellen.Eingabegroesse> eingaben() {
                                return java.util.List.of();
                            }
                            public String rundungsregel() { return "keine"; }
                            public de.teilhabe.plugin.api.stellen.Stellenergebnis berechne(
                                    de.teilhabe.plugin.api.stellen.Stelleneingabe eingabe) {
                                throw new de.teilhabe.plugin.api.feld.UngueltigeEingabeException(java.util.List.of(
                                        new de.teilhabe.plugin.api.feld.Validierungsfehler("anzahl",
                                                "eingabe.negativ", "Die Anzahl darf nicht negativ sein.")));
                            }
                        }""");
    }

    /** A program whose migration script is invalid SQL after a valid first statement. */
    static Testplugin kaputteMigration() {
        return Testplugin.mitBeschreibung("kaputte-migration")
                .erweiterung("Migrationen", """
                        public class Migrationen implements de.teilhabe.plugin.api.migration.PluginMigrationen {
                            public de.teilhabe.plugin.api.migration.Migrationsquelle migrationen() {
                                return de.teilhabe.plugin.api.migration.Migrationsquelle.fuerPlugin("kaputte-migration");
                            }
                        }""")
                .datei("db/plugins/kaputte-migration/V1__halb.sql",
                        "create table km_halb (id int primary key);\ncreate tabel km_tippfehler (id int);\n");
    }
}
