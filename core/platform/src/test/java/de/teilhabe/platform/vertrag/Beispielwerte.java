package de.teilhabe.platform.vertrag;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.models.media.Schema;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * A plausible value for a schema, so that a request with one bad part gets past the others: real ids of the fixture
 * for properties that name an entity ({@code kommuneId}, {@code bausteine}), the enabled program for
 * {@code programm}, the first of an enum, a date in the programs' time; every other string carries the request's
 * marker ({@link #MARKER}, replaced per request), so an answer that echoes input can be recognised.
 */
final class Beispielwerte {

    /** Stands for the request's marker in a base body; {@link Faelle} puts the real marker in its place. */
    static final String MARKER = "ZQXmark000000";
    static final String DATUM = "2021-04-15";

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    /** The entity a property named {@code <wort>Id} refers to, by the last word before {@code Id}. */
    private static final Map<String, String> SAMMLUNG = Map.ofEntries(Map.entry("kommune", "kommunen"),
            Map.entry("massnahme", "massnahmen"), Map.entry("traeger", "traeger"), Map.entry("baustein", "bausteine"),
            Map.entry("gremium", "gremien"), Map.entry("person", "personen"), Map.entry("sitz", "sitze"),
            Map.entry("sitzung", "sitzungen"), Map.entry("teilnehmer", "teilnehmer"),
            Map.entry("beschluss", "beschluesse"), Map.entry("anliegen", "anliegen"),
            Map.entry("auftrag", "auftraege"), Map.entry("ziel", "ziele"), Map.entry("bescheid", "bescheide"),
            Map.entry("berechnung", "berechnungen"), Map.entry("mitgliedschaft", "mitgliedschaften"));

    private final Fixtur fixtur;
    private final Random zufall;

    Beispielwerte(Fixtur fixtur, Random zufall) {
        this.fixtur = fixtur;
        this.zufall = zufall;
    }

    JsonNode wert(String name, Schema<?> schema) {
        return wert(name, schema, 0);
    }

    private JsonNode wert(String name, Schema<?> schema, int tiefe) {
        String typ = Schemata.typ(schema);
        switch (typ) {
            case "object":
                ObjectNode o = JSON.objectNode();
                if (tiefe < 6) {
                    for (Schemata.Feld f : Schemata.felder(schema)) {
                        o.set(f.name(), wert(f.name(), f.schema(), tiefe + 1));
                    }
                }
                return o;
            case "array":
                ArrayNode a = JSON.arrayNode();
                Schema<?> elemente = Schemata.elemente(schema);
                List<String> echte = echteIds(name);
                if (!echte.isEmpty() && "uuid".equals(Schemata.format(elemente))) {
                    a.add(echte.get(0));
                } else if (tiefe < 6) {
                    a.add(wert(name, elemente, tiefe + 1));
                }
                return a;
            case "integer":
                return JSON.numberNode(ganzzahl(name));
            case "number":
                return JSON.numberNode(name.toLowerCase(Locale.ROOT).contains("prozent") ? 80 : 1000);
            case "boolean":
                return JSON.booleanNode(false);
            case "string":
                return JSON.textNode(text(name, schema));
            default:
                return JSON.textNode(MARKER);
        }
    }

    /** A text value for a string parameter or property. */
    String text(String name, Schema<?> schema) {
        List<String> aufzaehlung = Schemata.aufzaehlung(schema);
        if (!aufzaehlung.isEmpty()) {
            return aufzaehlung.get(zufall.nextInt(aufzaehlung.size()));
        }
        String format = Schemata.format(schema);
        String n = name.toLowerCase(Locale.ROOT);
        switch (format) {
            case "date":
                return DATUM;
            case "date-time":
                return DATUM + "T10:00:00Z";
            case "partial-time":
            case "time":
                return "10:00";
            case "uuid":
                List<String> echte = echteIds(name);
                return echte.isEmpty() ? uuid(zufall) : echte.get(zufall.nextInt(echte.size()));
            default:
                break;
        }
        if (n.equals("programm") || n.equals("programmid")) {
            return fixtur.echt("programm", Map.of()).get(0);
        }
        if (n.equals("stichtag") || n.equals("am")) {
            return "2021-03-31";
        }
        if (n.equals("fallverantwortung")) {
            return fixtur.kontoName;
        }
        if (n.equals("slug") || n.equals("benutzername")) {
            return MARKER.toLowerCase(Locale.ROOT);
        }
        if (n.equals("passwort")) {
            return MARKER + "-ein-langes-Passwort";
        }
        if (n.equals("sprache")) {
            return "de";
        }
        if (n.equals("format")) {
            return "pdf";
        }
        if (n.equals("art")) {
            return "aufnahme";
        }
        return MARKER + "-" + name;
    }

    /** A random UUID from the seeded generator, so a seed repeats it. */
    static String uuid(Random zufall) {
        return new UUID((zufall.nextLong() & ~0xF000L) | 0x4000L, (zufall.nextLong() & 0x3FFFFFFFFFFFFFFFL)
                | 0x8000000000000000L).toString();
    }

    private int ganzzahl(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.contains("jahr")) {
            return 2021;
        }
        if (n.equals("seite") || n.equals("position")) {
            return 0;
        }
        return n.equals("limit") || n.equals("groesse") ? 10 : 1;
    }

    private List<String> echteIds(String name) {
        String sammlung = fixtur.echt(name, Map.of()).isEmpty() ? null : name;
        if (sammlung == null && name.endsWith("Id")) {
            String stamm = name.substring(0, name.length() - 2);
            int wort = 0;
            for (int i = 0; i < stamm.length(); i++) {
                wort = Character.isUpperCase(stamm.charAt(i)) ? i : wort;
            }
            sammlung = SAMMLUNG.get(stamm.substring(wort).toLowerCase(Locale.ROOT));
        }
        return sammlung == null ? List.of() : fixtur.echt(sammlung, Map.of());
    }
}
