package de.teilhabe.platform.programm;

import de.teilhabe.plugin.api.baustein.FoerderbausteinKatalog;
import de.teilhabe.plugin.api.bericht.Berichtsbeitrag;
import de.teilhabe.plugin.api.feld.Fallfelder;
import de.teilhabe.plugin.api.gremium.GremienVorlagen;
import de.teilhabe.plugin.api.migration.PluginMigrationen;
import de.teilhabe.plugin.api.programm.Programmbeschreibung;
import de.teilhabe.plugin.api.stellen.Stellenschluessel;
import de.teilhabe.plugin.api.zielgruppe.Zielgruppenregel;
import de.teilhabe.plugin.api.zuweisung.Zuweisungsregel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pf4j.Extension;
import org.pf4j.PluginManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The extension instances of one started plugin, created once at load (extensions are stateless by
 * contract) and grouped by the extension point of the plugin API they implement. Creating them eagerly
 * means a plugin whose extension class is missing or whose constructor throws fails at start, with the
 * reason, instead of vanishing silently from PF4J's lookups later.
 */
final class Erweiterungen {

    static final List<Class<?>> PUNKTE = List.of(Programmbeschreibung.class, FoerderbausteinKatalog.class,
            Zielgruppenregel.class, Stellenschluessel.class, GremienVorlagen.class, Fallfelder.class,
            Berichtsbeitrag.class, PluginMigrationen.class, Zuweisungsregel.class);

    private static final Logger LOG = LoggerFactory.getLogger(Erweiterungen.class);

    private final Map<Class<?>, List<Object>> nachPunkt;

    private Erweiterungen(Map<Class<?>, List<Object>> nachPunkt) {
        this.nachPunkt = nachPunkt;
    }

    /** Creates all extensions the plugin lists in its index; throws {@link Programmdefekt} on the first failure. */
    static Erweiterungen erzeugen(PluginManager pf4j, String pluginId) {
        ClassLoader lader = pf4j.getPluginClassLoader(pluginId);
        List<Class<?>> klassen = new ArrayList<>();
        for (String name : pf4j.getExtensionClassNames(pluginId)) {
            klassen.add(Abschirmung.rufe(pluginId, "Laden der Erweiterungsklasse " + name,
                    () -> klasse(name, lader)));
        }
        klassen.sort(Comparator.comparingInt(Erweiterungen::ordnung).thenComparing(Class::getName));
        Map<Class<?>, List<Object>> nachPunkt = new LinkedHashMap<>();
        for (Class<?> klasse : klassen) {
            List<Class<?>> punkte = PUNKTE.stream().filter(p -> p.isAssignableFrom(klasse)).toList();
            if (punkte.isEmpty()) {
                LOG.warn("Plugin '{}': Erweiterung {} gehört zu keinem Erweiterungspunkt der Plugin-API, übergangen",
                        pluginId, klasse.getName());
                continue;
            }
            Object instanz = Abschirmung.rufe(pluginId, "Erzeugen der Erweiterung " + klasse.getSimpleName(),
                    () -> pf4j.getExtensionFactory().create(klasse));
            punkte.forEach(p -> nachPunkt.computeIfAbsent(p, k -> new ArrayList<>()).add(instanz));
        }
        nachPunkt.replaceAll((p, liste) -> List.copyOf(liste));
        return new Erweiterungen(nachPunkt);
    }

    /** The extensions of one extension point, in the plugin's order. */
    <T> List<T> von(Class<T> punkt) {
        return nachPunkt.getOrDefault(punkt, List.of()).stream().map(punkt::cast).toList();
    }

    private static Class<?> klasse(String name, ClassLoader lader) {
        try {
            return Class.forName(name, false, lader);
        } catch (ClassNotFoundException e) {
            throw new NoClassDefFoundError(name + " steht im Erweiterungsindex, fehlt aber im Archiv");
        }
    }

    private static int ordnung(Class<?> klasse) {
        Extension extension = klasse.getAnnotation(Extension.class);
        return extension == null ? 0 : extension.ordinal();
    }
}
