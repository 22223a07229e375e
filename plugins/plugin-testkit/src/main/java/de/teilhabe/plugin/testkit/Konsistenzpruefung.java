package de.teilhabe.plugin.testkit;

import de.teilhabe.plugin.api.bericht.Berichtsbeitrag;
import de.teilhabe.plugin.api.bericht.Kennzahl;
import de.teilhabe.plugin.api.feld.Felddefinition;
import de.teilhabe.plugin.api.gremium.Gremiumvorlage;
import de.teilhabe.plugin.api.migration.Migrationsquelle;
import de.teilhabe.plugin.api.migration.PluginMigrationen;
import de.teilhabe.plugin.api.programm.Programmbeschreibung;
import de.teilhabe.plugin.api.stellen.Stellenschluessel;
import de.teilhabe.plugin.api.zielgruppe.Zielgruppenregel;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Checks how a plugin declares itself, the way the host relies on it:
 * <ul>
 *   <li>exactly one program descriptor; its id equals the plugin id (manifest, or the
 *       {@code teilhabe.plugin.id} system property the plugins' parent pom sets for tests)</li>
 *   <li>Baustein numbers unique; ids of rules, formulas and report parts unique and prefixed
 *       {@code <plugin-id>.}; committee keys unique, prefixed, parents declared before children</li>
 *   <li>case-field and setting keys unique; formulas declare inputs and a rounding rule</li>
 *   <li>report parts ask only for counts the host knows ({@link Kennzahl})</li>
 *   <li>at most one migration declaration; its folder holds {@code V<n>__<name>.sql} scripts only</li>
 * </ul>
 */
final class Konsistenzpruefung {

    private static final Set<String> KENNZAHLEN = Set.of(Kennzahl.AUFGENOMMEN, Kennzahl.ABGEMELDET, Kennzahl.AKTIV,
            Kennzahl.ZUGEWIESEN, Kennzahl.ABGEBROCHEN);
    private static final Pattern SKRIPT = Pattern.compile("V\\d+(_\\d+)*__[A-Za-z0-9_]+\\.sql");

    private final Pruefstand p;
    private final List<String> maengel = new ArrayList<>();

    Konsistenzpruefung(Pruefstand pruefstand) {
        this.p = pruefstand;
    }

    List<String> maengel() {
        int beschreibungen = p.erweiterungen(Programmbeschreibung.class).size();
        if (beschreibungen != 1) {
            maengel.add("Genau eine Programmbeschreibung erwartet, gefunden: " + beschreibungen);
            return maengel;
        }
        String id = p.programm().id();
        String erwartet = p.pluginManager().isPresent() ? p.pluginId() : System.getProperty("teilhabe.plugin.id");
        if (erwartet != null && !erwartet.equals(id)) {
            maengel.add("Programm-Id „" + id + "“ weicht von der Plugin-Id „" + erwartet + "“ ab");
        }
        eindeutig("Bausteinnummer", p.bausteine(), b -> String.valueOf(b.nummer()));
        ids("Zielgruppenregel", p.erweiterungen(Zielgruppenregel.class), Zielgruppenregel::id, id);
        ids("Stellenschlüssel", p.erweiterungen(Stellenschluessel.class), Stellenschluessel::id, id);
        ids("Berichtsbeitrag", p.erweiterungen(Berichtsbeitrag.class), Berichtsbeitrag::id, id);
        ids("Gremienvorlage", p.gremien(), Gremiumvorlage::schluessel, id);
        eltern();
        eindeutig("Fallfeld", p.fallfelder(), Felddefinition::schluessel);
        eindeutig("Programmeinstellung", p.programm().einstellungen(), Felddefinition::schluessel);
        formeln();
        berichte();
        migrationen();
        return maengel;
    }

    private <T> void eindeutig(String was, List<T> liste, Function<T, String> schluessel) {
        Set<String> gesehen = new HashSet<>();
        liste.stream().map(schluessel).filter(s -> !gesehen.add(s))
                .forEach(s -> maengel.add(was + " „" + s + "“ ist doppelt"));
    }

    private <T> void ids(String was, List<T> liste, Function<T, String> id, String pluginId) {
        eindeutig(was, liste, id);
        liste.stream().map(id).filter(i -> !i.startsWith(pluginId + "."))
                .forEach(i -> maengel.add(was + " „" + i + "“ beginnt nicht mit „" + pluginId + ".“"));
    }

    private void eltern() {
        Set<String> bisher = new HashSet<>();
        for (Gremiumvorlage g : p.gremien()) {
            g.uebergeordnet().filter(e -> !bisher.contains(e)).ifPresent(e -> maengel.add("Gremium „"
                    + g.schluessel() + "“: übergeordnetes Gremium „" + e + "“ fehlt oder steht später"));
            bisher.add(g.schluessel());
        }
    }

    private void formeln() {
        for (Stellenschluessel s : p.erweiterungen(Stellenschluessel.class)) {
            if (s.eingaben().isEmpty()) {
                maengel.add("Stellenschlüssel „" + s.id() + "“ hat keine Eingaben");
            }
            if (s.rundungsregel() == null || s.rundungsregel().isBlank()) {
                maengel.add("Stellenschlüssel „" + s.id() + "“ nennt keine Rundungsregel");
            }
            s.baustein().filter(n -> p.bausteine().stream().noneMatch(b -> b.nummer() == n))
                    .ifPresent(n -> maengel.add("Stellenschlüssel „" + s.id() + "“ verweist auf unbekannten Baustein " + n));
        }
    }

    private void berichte() {
        for (Berichtsbeitrag b : p.erweiterungen(Berichtsbeitrag.class)) {
            b.benoetigteKennzahlen().stream().filter(k -> !KENNZAHLEN.contains(k)).forEach(k -> maengel.add(
                    "Berichtsbeitrag „" + b.id() + "“ verlangt unbekannte Kennzahl „" + k + "“"));
        }
    }

    private void migrationen() {
        List<PluginMigrationen> m = p.erweiterungen(PluginMigrationen.class);
        if (m.size() > 1) {
            maengel.add("Höchstens eine Migrationsangabe erwartet, gefunden: " + m.size());
        }
        if (m.isEmpty()) {
            return;
        }
        Migrationsquelle q = m.get(0).migrationen();
        List<String> dateien = Klassenpfadordner.dateien(p.klassenlader(), q.klassenpfadOrdner());
        if (dateien.isEmpty()) {
            maengel.add("Migrationsordner „" + q.klassenpfadOrdner() + "“ ist leer oder fehlt");
        }
        dateien.stream().filter(d -> !SKRIPT.matcher(d).matches()).forEach(d -> maengel.add(
                "Migrationsdatei „" + d + "“ folgt nicht dem Muster V<n>__<name>.sql"));
    }

}
