package de.teilhabe.platform.vertrag;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * What a valid request of an operation sets beyond the schema's example values ({@link Beispielwerte}): domain rules
 * a generated body cannot know — an e-mail address, a Kommune served by the Kreis's Ausländerbehörde, a provider
 * whose contacts are new ones (not ids of contacts it does not have). Only the role table's valid requests use it ({@link Faelle#gueltig}), so that an
 * audited write gets through and its audit entry is checked; the fuzz test's bases stay as generated.
 */
final class GueltigeRuempfe {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final Map<String, JsonNode> KOMMUNE = Map.of("abhKommuneId", JSON.nullNode());
    private static final Map<String, JsonNode> PERSON = Map.of("email",
            JSON.textNode(Beispielwerte.MARKER.toLowerCase(java.util.Locale.ROOT) + "@example.org"));
    private static final Map<String, JsonNode> TRAEGER = Map.of("kontakte", JSON.arrayNode());

    private static final Map<String, Map<String, JsonNode>> VORGABEN = Map.of(
            "POST /api/kommunen", KOMMUNE, "PUT /api/kommunen/{id}", KOMMUNE,
            "POST /api/gremien/personen", PERSON, "PUT /api/gremien/personen/{id}", PERSON,
            "POST /api/traeger", TRAEGER, "PUT /api/traeger/{id}", TRAEGER);

    private GueltigeRuempfe() {
    }

    /** The base body of {@code vorgang} with the values its rules need set. */
    static JsonNode anpassen(String vorgang, JsonNode basis) {
        Map<String, JsonNode> vorgaben = VORGABEN.getOrDefault(vorgang, Map.of());
        if (vorgaben.isEmpty() || !(basis instanceof ObjectNode objekt)) {
            return basis;
        }
        ObjectNode kopie = objekt.deepCopy();
        vorgaben.forEach(kopie::set);
        return kopie;
    }
}
