package de.teilhabe.plugin.testkit;

import de.teilhabe.plugin.api.baustein.Foerderbaustein;
import de.teilhabe.plugin.api.baustein.FoerderbausteinKatalog;
import de.teilhabe.plugin.api.bericht.Berichtsbeitrag;
import de.teilhabe.plugin.api.feld.Fallfelder;
import de.teilhabe.plugin.api.feld.Felddefinition;
import de.teilhabe.plugin.api.feld.Feldwerte;
import de.teilhabe.plugin.api.gremium.GremienVorlagen;
import de.teilhabe.plugin.api.gremium.Gremiumvorlage;
import de.teilhabe.plugin.api.migration.Migrationsquelle;
import de.teilhabe.plugin.api.migration.PluginMigrationen;
import de.teilhabe.plugin.api.programm.Programmbeschreibung;
import de.teilhabe.plugin.api.programm.Programmdeskriptor;
import de.teilhabe.plugin.api.stellen.Stellenschluessel;
import de.teilhabe.plugin.api.zielgruppe.Pruefanfrage;
import de.teilhabe.plugin.api.zielgruppe.Zielgruppenregel;
import de.teilhabe.plugin.api.zielgruppe.Zielgruppenurteil;
import org.pf4j.Plugin;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Function;

/**
 * Test bench: runs one plugin's extensions without starting the platform.
 *
 * <pre>{@code
 * try (Pruefstand p = Pruefstand.ausKlassenpfad(KimPlugin.class)) {
 *     assertThatUrteil(p.pruefe(Person.imAlter(30).am(STICHTAG).mitAufenthaltstitel(), STICHTAG)).istPrimaer();
 * }
 * }</pre>
 *
 * Two ways to load: {@link #ausKlassenpfad} for unit tests (the plugin's compiled classes and its
 * {@code META-INF/extensions.idx} on the test classpath), {@link #ausJar} for tests after {@code package}
 * (the jar loaded by PF4J exactly as the host does, refused if its {@code Plugin-Requires} does not fit).
 */
public final class Pruefstand implements AutoCloseable {

    private final Erweiterungsquelle quelle;

    private Pruefstand(Erweiterungsquelle quelle) {
        this.quelle = quelle;
    }

    /** Loads the extensions indexed next to the given plugin class on the classpath. */
    public static Pruefstand ausKlassenpfad(Class<? extends Plugin> pluginKlasse) {
        return new Pruefstand(new KlassenpfadQuelle(pluginKlasse));
    }

    /**
     * Loads a built plugin jar with PF4J's {@code DefaultPluginManager}.
     *
     * @throws PluginAbgelehntException if the jar is missing, its API requirement does not fit, or PF4J
     *                                  does not start it
     */
    public static Pruefstand ausJar(Path jar) {
        return new Pruefstand(new JarQuelle(jar));
    }

    /** The PF4J plugin manager if loaded from a jar (e.g. to inspect plugin states). */
    public Optional<org.pf4j.PluginManager> pluginManager() {
        return quelle instanceof JarQuelle j ? Optional.of(j.manager()) : Optional.empty();
    }

    /** All extensions of an extension point. */
    public <T> List<T> erweiterungen(Class<T> typ) {
        return quelle.erweiterungen(typ);
    }

    /** Class loader seeing the plugin's classes and resources. */
    public ClassLoader klassenlader() {
        return quelle.klassenlader();
    }

    /** The plugin id: from the manifest (jar) or from the program descriptor (classpath). */
    public String pluginId() {
        return quelle.pluginId() != null ? quelle.pluginId() : programm().id();
    }

    /** The program descriptor (exactly one {@link Programmbeschreibung} expected). */
    public Programmdeskriptor programm() {
        return genauEine(Programmbeschreibung.class).programm();
    }

    /** All Förderbausteine of all catalog extensions. */
    public List<Foerderbaustein> bausteine() {
        return erweiterungen(FoerderbausteinKatalog.class).stream().flatMap(k -> k.bausteine().stream()).toList();
    }

    /** The Förderbaustein with this number. */
    public Foerderbaustein baustein(int nummer) {
        return bausteine().stream().filter(b -> b.nummer() == nummer).findFirst()
                .orElseThrow(() -> new NoSuchElementException("Kein Förderbaustein " + nummer));
    }

    /** The only target-group rule of the plugin. */
    public Zielgruppenregel zielgruppenregel() {
        return genauEine(Zielgruppenregel.class);
    }

    /** The target-group rule with this id. */
    public Zielgruppenregel zielgruppenregel(String id) {
        return nachId(Zielgruppenregel.class, Zielgruppenregel::id, id);
    }

    /** Checks a person with the only target-group rule, without Kreis settings. */
    public Zielgruppenurteil pruefe(Person person, LocalDate stichtag) {
        return zielgruppenregel().pruefe(new Pruefanfrage(person.angaben(), stichtag));
    }

    /** Checks a person with the only target-group rule and the given Kreis settings. */
    public Zielgruppenurteil pruefe(Person person, LocalDate stichtag, Feldwerte einstellungen) {
        return zielgruppenregel().pruefe(new Pruefanfrage(person.angaben(), stichtag, einstellungen));
    }

    /** The staffing formula with this id. */
    public Stellenschluessel stellenschluessel(String id) {
        return nachId(Stellenschluessel.class, Stellenschluessel::id, id);
    }

    /** The report contribution with this id. */
    public Berichtsbeitrag berichtsbeitrag(String id) {
        return nachId(Berichtsbeitrag.class, Berichtsbeitrag::id, id);
    }

    /** All committee templates. */
    public List<Gremiumvorlage> gremien() {
        return erweiterungen(GremienVorlagen.class).stream().flatMap(g -> g.gremien().stream()).toList();
    }

    /** The committee template with this key. */
    public Gremiumvorlage gremium(String schluessel) {
        return gremien().stream().filter(g -> g.schluessel().equals(schluessel)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("Keine Gremienvorlage " + schluessel));
    }

    /** All case field definitions. */
    public List<Felddefinition> fallfelder() {
        return erweiterungen(Fallfelder.class).stream().flatMap(f -> f.felder().stream()).toList();
    }

    /** The only case-field extension (for {@link Fallfelder#validiere}). */
    public Fallfelder fallfelderErweiterung() {
        return genauEine(Fallfelder.class);
    }

    /** The plugin's migrations, if it declares any. */
    public Optional<Migrationsquelle> migrationen() {
        List<PluginMigrationen> m = erweiterungen(PluginMigrationen.class);
        return m.isEmpty() ? Optional.empty() : Optional.of(m.get(0).migrationen());
    }

    /** Problems in how the plugin declares itself; empty if consistent. See {@link Konsistenzpruefung}. */
    public List<String> konsistenzmaengel() {
        return new Konsistenzpruefung(this).maengel();
    }

    private <T> T genauEine(Class<T> typ) {
        List<T> liste = erweiterungen(typ);
        if (liste.size() != 1) {
            throw new IllegalStateException("Erwartet genau eine Erweiterung vom Typ " + typ.getSimpleName()
                    + ", gefunden: " + liste.size());
        }
        return liste.get(0);
    }

    private <T> T nachId(Class<T> typ, Function<T, String> id, String gesucht) {
        return erweiterungen(typ).stream().filter(e -> id.apply(e).equals(gesucht)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("Keine " + typ.getSimpleName() + " mit Id " + gesucht));
    }

    @Override
    public void close() {
        quelle.close();
    }
}
