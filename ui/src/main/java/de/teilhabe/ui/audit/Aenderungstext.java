package de.teilhabe.ui.audit;

import elemental.json.Json;
import elemental.json.JsonArray;
import elemental.json.JsonObject;
import elemental.json.JsonType;
import elemental.json.JsonValue;

import java.util.ArrayList;
import java.util.List;

/**
 * Makes the audit JSON readable: {@code {"name":[null,"Neudorf"]}} becomes {@code name: – → Neudorf}.
 * Anything of another shape is shown as it is.
 */
final class Aenderungstext {
    private static final String LEER = "–";

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
                teile.add(feld + ": " + feldwert(objekt.get(feld)));
            }
            return String.join("; ", teile);
        } catch (RuntimeException e) {
            return json;
        }
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
