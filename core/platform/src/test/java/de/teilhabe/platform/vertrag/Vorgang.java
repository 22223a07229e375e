package de.teilhabe.platform.vertrag;

import io.swagger.v3.oas.models.media.Schema;
import java.util.List;
import java.util.Optional;

/**
 * One operation of the OpenAPI document (path and method) with what a request to it can carry: its path,
 * query and header parameters and its request body.
 */
record Vorgang(String methode, String pfad, List<Parameter> parameter, Optional<Rumpf> rumpf) {

    /** A parameter: where it goes ({@code path}, {@code query}, {@code header}), its name and schema. */
    record Parameter(String ort, String name, boolean pflicht, Schema<?> schema) {
    }

    /** The request body: its media type (the first the document names), schema and whether it is required. */
    record Rumpf(String medientyp, Schema<?> schema, boolean pflicht) {

        boolean istJson() {
            return medientyp.startsWith("application/json");
        }

        boolean istMultipart() {
            return medientyp.startsWith("multipart/");
        }
    }

    /** {@code POST /api/kommunen}: how the operation is named in reports. */
    String name() {
        return methode + " " + pfad;
    }

    List<Parameter> im(String ort) {
        return parameter.stream().filter(p -> p.ort().equals(ort)).toList();
    }

    Optional<Parameter> kopf(String name) {
        return im("header").stream().filter(p -> p.name().equalsIgnoreCase(name)).findFirst();
    }

    boolean hatIfMatch() {
        return kopf("If-Match").isPresent();
    }

    /**
     * When a run over all operations sends it: reading first (0), then writing (1), then what may destroy fixture
     * data (2: deletions, anonymisation).
     */
    int phase() {
        if (methode.equals("DELETE") || pfad.contains("/anonymisierung")) {
            return 2;
        }
        return methode.equals("GET") ? 0 : 1;
    }
}
