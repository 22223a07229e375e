package de.teilhabe.platform.vertrag;

import static de.teilhabe.platform.vertrag.Beispielwerte.MARKER;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.models.media.Schema;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The bad JSON bodies of an operation, derived from its schema: every property in turn (nested objects and the first
 * array element too) replaced by one bad value, and an unknown property added to every closed object. Each mutation
 * says why the body must be refused, or that it may also be accepted (a long string, control characters, an empty
 * array are not wrong by themselves).
 */
final class Rumpfmutationen {

    /** One bad body: what was done, to which property, the body, and why it must be refused ({@code null}: may pass). */
    record Mutation(String art, String ziel, JsonNode rumpf, String ablehnenWeil) {
    }

    static final String NUL = MARKER + "\u0000x";
    static final String STEUERZEICHEN = MARKER + "\u0001\u0007\b\u000b\f\u001b[31m\u007f\u0085\u2028";
    static final String UNBEKANNT = MARKER + "Unbekannt";
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final int TIEFE = 4;

    private final JsonNode basis;
    private final Random zufall;
    private final List<Mutation> mutationen = new ArrayList<>();

    private Rumpfmutationen(JsonNode basis, Random zufall) {
        this.basis = basis;
        this.zufall = zufall;
    }

    static List<Mutation> fuer(JsonNode basis, Schema<?> schema, Random zufall) {
        Rumpfmutationen m = new Rumpfmutationen(basis, zufall);
        m.objekt(new ArrayList<>(), schema, 0);
        return m.mutationen;
    }

    private void objekt(List<Object> pfad, Schema<?> schema, int tiefe) {
        if (!Schemata.offen(schema)) {
            add("unknown-property", pfad, setzen(pfad, knoten -> {
                ((ObjectNode) knoten).put(UNBEKANNT, MARKER);
                return knoten;
            }), "unknown property");
        } else if (Schemata.mapWerte(schema) != null) {
            String schluessel = MARKER + "-schluessel";
            feld(mit(pfad, schluessel), new Schemata.Feld(schluessel, Schemata.mapWerte(schema), false, false), tiefe,
                    true);
        }
        for (Schemata.Feld f : Schemata.felder(schema)) {
            feld(mit(pfad, f.name()), f, tiefe, false);
        }
    }

    private void feld(List<Object> pfad, Schemata.Feld f, int tiefe, boolean neuerEintrag) {
        String typ = Schemata.typ(f.schema());
        String format = Schemata.format(f.schema());
        boolean text = typ.equals("string");
        boolean freierText = text && format.isEmpty() && Schemata.aufzaehlung(f.schema()).isEmpty();
        wert("nul", pfad, JSON.textNode(NUL), freierText ? "NUL byte in a string" : text ? "invalid value"
                : "wrong JSON type");
        if (text) {
            wert("control-chars", pfad, JSON.textNode(STEUERZEICHEN), null);
            wert("string-empty", pfad, JSON.textNode(""), null);
            wert("string-blank", pfad, JSON.textNode(" \t "), null);
            wert("string-10k", pfad, JSON.textNode(MARKER + "x".repeat(10_000)), null);
            wert("string-100k", pfad, JSON.textNode(MARKER + "y".repeat(100_000)), null);
        }
        if (!typ.equals("number") && !typ.equals("integer")) {
            wert("number-for-" + typ, pfad, JSON.numberNode(4711), "wrong JSON type");
        } else {
            wert("string-for-" + typ, pfad, JSON.textNode(MARKER), "wrong JSON type");
        }
        if (!typ.equals("object")) {
            ObjectNode o = JSON.objectNode();
            o.put("x", MARKER);
            wert("object-for-" + typ, pfad, o, "wrong JSON type");
        } else {
            wert("array-for-object", pfad, JSON.arrayNode().add(MARKER), "wrong JSON type");
        }
        if (!typ.equals("array")) {
            if (!typ.equals("object")) {
                wert("array-for-" + typ, pfad, JSON.arrayNode().add(MARKER), "wrong JSON type");
            }
        } else {
            ObjectNode o = JSON.objectNode();
            o.put("x", MARKER);
            wert("object-for-array", pfad, o, "wrong JSON type");
        }
        if (!typ.equals("boolean")) {
            wert("boolean-for-" + typ, pfad, JSON.booleanNode(true), "wrong JSON type");
        }
        if (!neuerEintrag) {
            wert("null", pfad, JSON.nullNode(), f.nullable() ? null : "null for a property that is not nullable");
            add("missing", pfad, setzen(elternteil(pfad), knoten -> {
                Object letzter = pfad.get(pfad.size() - 1);
                if (knoten instanceof ObjectNode o) {
                    o.remove((String) letzter);
                } else if (knoten instanceof ArrayNode a) {
                    a.remove((Integer) letzter);
                }
                return knoten;
            }), f.pflicht() ? "required property missing" : null);
        }
        switch (typ) {
            case "string" -> formate(pfad, f, format);
            case "integer" -> {
                wert("integer-1.5", pfad, JSON.numberNode(new BigDecimal("1.5")), "fraction for an integer");
                wert("integer-1e20", pfad, JSON.numberNode(new BigDecimal("1E+20")), "integer out of range");
                wert("integer-negative", pfad, JSON.numberNode(-1), null);
            }
            case "number" -> {
                wert("number-1.5", pfad, JSON.numberNode(new BigDecimal("1.5")), null);
                wert("number-1e20", pfad, JSON.numberNode(new BigDecimal("1E+20")), null);
                wert("number-0.001", pfad, JSON.numberNode(new BigDecimal("0.001")), null);
            }
            case "boolean" -> {
                wert("boolean-ja", pfad, JSON.textNode("ja"), "wrong JSON type");
                wert("boolean-1", pfad, JSON.numberNode(1), "wrong JSON type");
            }
            case "array" -> {
                wert("array-empty", pfad, JSON.arrayNode(), null);
                Schema<?> elemente = Schemata.elemente(f.schema());
                if (elemente != null && tiefe < TIEFE && zeigt(pfad) instanceof ArrayNode a && !a.isEmpty()) {
                    feld(mit(pfad, 0), new Schemata.Feld("[0]", elemente, Schemata.nullable(elemente), false),
                            tiefe + 1, false);
                }
            }
            case "object" -> {
                wert("object-empty", pfad, JSON.objectNode(), null);
                if (tiefe < TIEFE && zeigt(pfad) instanceof ObjectNode) {
                    objekt(pfad, f.schema(), tiefe + 1);
                }
            }
            default -> {
            }
        }
    }

    private void formate(List<Object> pfad, Schemata.Feld f, String format) {
        if (format.equals("date")) {
            wert("date-2021-02-30", pfad, JSON.textNode("2021-02-30"), "invalid date");
            wert("date-0000-01-01", pfad, JSON.textNode("0000-01-01"), "invalid date");
            wert("date-+10000-01-01", pfad, JSON.textNode("+10000-01-01"), "invalid date");
            wert("date-text", pfad, JSON.textNode(MARKER), "invalid date");
        } else if (format.equals("uuid")) {
            wert("uuid-malformed", pfad, JSON.textNode("abc-" + MARKER), "malformed UUID");
            wert("uuid-random", pfad, JSON.textNode(Beispielwerte.uuid(zufall)), "reference to nothing");
        } else if (format.equals("date-time") || format.equals("partial-time") || format.equals("time")) {
            wert(format + "-malformed", pfad, JSON.textNode("25:61" + MARKER), "invalid time");
        }
        if (!Schemata.aufzaehlung(f.schema()).isEmpty()) {
            wert("enum-unknown", pfad, JSON.textNode(MARKER), "value not in the enum");
        }
    }

    private void wert(String art, List<Object> pfad, JsonNode wert, String ablehnenWeil) {
        add(art, pfad, setzen(elternteil(pfad), knoten -> {
            Object letzter = pfad.get(pfad.size() - 1);
            if (knoten instanceof ObjectNode o) {
                o.set((String) letzter, wert);
            } else if (knoten instanceof ArrayNode a) {
                a.set((Integer) letzter, wert);
            }
            return knoten;
        }), ablehnenWeil);
    }

    private void add(String art, List<Object> pfad, JsonNode rumpf, String ablehnenWeil) {
        if (rumpf != null) {
            mutationen.add(new Mutation("body." + art, name(pfad), rumpf, ablehnenWeil));
        }
    }

    /** A copy of the base body with the node at {@code pfad} changed; {@code null} if the path does not exist. */
    private JsonNode setzen(List<Object> pfad, java.util.function.UnaryOperator<JsonNode> aendern) {
        JsonNode kopie = basis.deepCopy();
        JsonNode knoten = kopie;
        for (Object schritt : pfad) {
            knoten = schritt instanceof Integer i ? knoten.get(i) : knoten.get((String) schritt);
            if (knoten == null) {
                return null;
            }
        }
        JsonNode neu = aendern.apply(knoten);
        return pfad.isEmpty() ? neu : kopie;
    }

    private JsonNode zeigt(List<Object> pfad) {
        JsonNode knoten = basis;
        for (Object schritt : pfad) {
            knoten = knoten == null ? null : schritt instanceof Integer i ? knoten.get(i) : knoten.get((String) schritt);
        }
        return knoten;
    }

    private static List<Object> elternteil(List<Object> pfad) {
        return pfad.subList(0, pfad.size() - 1);
    }

    private static List<Object> mit(List<Object> pfad, Object schritt) {
        List<Object> neu = new ArrayList<>(pfad);
        neu.add(schritt);
        return neu;
    }

    private static String name(List<Object> pfad) {
        StringBuilder s = new StringBuilder();
        for (Object schritt : pfad) {
            if (schritt instanceof Integer i) {
                s.append('[').append(i).append(']');
            } else {
                s.append(s.isEmpty() ? "" : ".").append(schritt);
            }
        }
        return s.isEmpty() ? "(body)" : s.toString();
    }
}
