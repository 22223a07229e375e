package de.teilhabe.platform.vertrag;

import io.swagger.v3.oas.models.media.ComposedSchema;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reading the parser's schema objects: the JSON type, nullability, properties and items of a (resolved) schema. */
final class Schemata {

    private Schemata() {
    }

    /** One property of an object schema. */
    record Feld(String name, Schema<?> schema, boolean nullable, boolean pflicht) {
    }

    /** The schema itself, or for {@code allOf: [X]} (how nullable references are written) the one it wraps. */
    static Schema<?> aufgeloest(Schema<?> schema) {
        Schema<?> s = schema;
        while (s instanceof ComposedSchema c) {
            List<Schema> teile = c.getAllOf() != null && !c.getAllOf().isEmpty() ? c.getAllOf()
                    : c.getOneOf() != null && !c.getOneOf().isEmpty() ? c.getOneOf() : c.getAnyOf();
            if (teile == null || teile.isEmpty() || c.getProperties() != null) {
                break;
            }
            s = teile.get(0);
        }
        return s;
    }

    static boolean nullable(Schema<?> schema) {
        return schema != null && (Boolean.TRUE.equals(schema.getNullable())
                || Boolean.TRUE.equals(aufgeloest(schema).getNullable()));
    }

    /** {@code object}, {@code array}, {@code string}, {@code integer}, {@code number}, {@code boolean} or {@code any}. */
    static String typ(Schema<?> schema) {
        if (schema == null) {
            return "any";
        }
        Schema<?> s = aufgeloest(schema);
        if (s.getType() != null) {
            return s.getType();
        }
        if (s.getEnum() != null && !s.getEnum().isEmpty()) {
            return "string";
        }
        if (s.getProperties() != null || s.getAdditionalProperties() != null) {
            return "object";
        }
        if (s.getItems() != null) {
            return "array";
        }
        return "any";
    }

    static String format(Schema<?> schema) {
        String f = schema == null ? null : aufgeloest(schema).getFormat();
        return f == null ? "" : f;
    }

    static List<String> aufzaehlung(Schema<?> schema) {
        List<String> werte = new ArrayList<>();
        if (schema != null && aufgeloest(schema).getEnum() != null) {
            aufgeloest(schema).getEnum().forEach(w -> werte.add(String.valueOf(w)));
        }
        return werte;
    }

    static List<Feld> felder(Schema<?> schema) {
        Schema<?> s = aufgeloest(schema);
        List<Feld> felder = new ArrayList<>();
        Map<String, Schema> props = s.getProperties() == null ? Map.of() : new LinkedHashMap<>(s.getProperties());
        List<String> pflicht = s.getRequired() == null ? List.of() : s.getRequired();
        props.forEach((name, p) -> felder.add(new Feld(name, p, nullable(p), pflicht.contains(name))));
        return felder;
    }

    static Schema<?> elemente(Schema<?> schema) {
        return aufgeloest(schema).getItems();
    }

    /** Whether the object accepts properties it does not name (a map, or {@code additionalProperties: true}). */
    static boolean offen(Schema<?> schema) {
        Object zusatz = aufgeloest(schema).getAdditionalProperties();
        return zusatz instanceof Schema<?> || Boolean.TRUE.equals(zusatz);
    }

    /** The schema of a map's values, if the object is a map. */
    static Schema<?> mapWerte(Schema<?> schema) {
        return aufgeloest(schema).getAdditionalProperties() instanceof Schema<?> w ? w : null;
    }

    static Object standard(Schema<?> schema) {
        return schema == null ? null : aufgeloest(schema).getDefault();
    }
}
