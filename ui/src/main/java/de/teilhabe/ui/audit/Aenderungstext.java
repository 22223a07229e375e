package de.teilhabe.ui.audit;

import elemental.json.Json;
import elemental.json.JsonArray;
import elemental.json.JsonObject;
import elemental.json.JsonType;
import elemental.json.JsonValue;

import java.util.ArrayList;
import java.util.List;

/**
 * Makes the audit JSON readable: {@code {"name":[null,"Neudorf"]}} becomes {@code name: – → Neudorf}; the field names
 * of an entry about a person, {@code {"felder":["vorname","nachname"],"treffer":3}}, become
 * {@code vorname, nachname; treffer: 3}. Anything of another shape is shown as it is.
 */
final class Aenderungstext {
    private static final String LEER = "–";
    /** The key under which an entry about a person names its fields (and nothing of their values). */
    private static final String FELDER = "felder";

    private Aenderungstext() {
    }

    static String lesbar(String json) {
        if (json == null || json.isBlank()) {
            return "";
        }
        try {
            JsonValue wert = Json.parse(json);
            if (wert.getType() != JsonType.OBJECT) {
                return json;
            }
            JsonObject objekt = (JsonObject) wert;
            List<String> teile = new ArrayList<>();
            for (String feld : objekt.keys()) {
                JsonValue inhalt = objekt.get(feld);
                teile.add(FELDER.equals(feld) && inhalt.getType() == JsonType.ARRAY ? namen((JsonArray) inhalt)
                        : feld + ": " + feldwert(inhalt));
            }
            return String.join("; ", teile);
        } catch (RuntimeException e) {
            return json;
        }
    }

    private static String namen(JsonArray namen) {
        List<String> liste = new ArrayList<>();
        for (int i = 0; i < namen.length(); i++) {
            liste.add(text(namen.get(i)));
        }
        return String.join(", ", liste);
    }

    private static String feldwert(JsonValue wert) {
        if (wert.getType() == JsonType.ARRAY && ((JsonArray) wert).length() == 2) {
            JsonArray paar = (JsonArray) wert;
            return text(paar.get(0)) + " → " + text(paar.get(1));
        }
        return text(wert);
    }

    private static String text(JsonValue wert) {
        if (wert == null || wert.getType() == JsonType.NULL) {
            return LEER;
        }
        return wert.getType() == JsonType.STRING ? wert.asString() : wert.toJson();
    }
}
