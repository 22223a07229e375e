package de.teilhabe.platform.vertrag;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The application's OpenAPI document as the list of its operations. Parsed with the reference parser (with all
 * {@code $ref}s resolved); {@link #zaehlen(String)} counts the operations a second, independent way — on the
 * plain YAML tree — so an operation the first reading lost cannot go unnoticed.
 */
final class Schnittstelle {

    private static final Set<String> METHODEN = Set.of("get", "put", "post", "delete", "patch", "head", "options",
            "trace");

    private Schnittstelle() {
    }

    static List<Vorgang> vorgaenge(String yaml) {
        ParseOptions optionen = new ParseOptions();
        optionen.setResolve(true);
        optionen.setResolveFully(true);
        optionen.setResolveCombinators(false);
        SwaggerParseResult ergebnis = new OpenAPIV3Parser().readContents(yaml, null, optionen);
        OpenAPI api = ergebnis.getOpenAPI();
        if (api == null || api.getPaths() == null) {
            throw new IllegalStateException("OpenAPI-Dokument nicht lesbar: " + ergebnis.getMessages());
        }
        List<Vorgang> liste = new ArrayList<>();
        for (Map.Entry<String, PathItem> pfad : api.getPaths().entrySet()) {
            for (Map.Entry<PathItem.HttpMethod, Operation> op : pfad.getValue().readOperationsMap().entrySet()) {
                liste.add(vorgang(pfad.getKey(), pfad.getValue(), op.getKey().name(), op.getValue()));
            }
        }
        return liste;
    }

    /** The number of operations (path × HTTP method) in the document, read from the plain YAML tree. */
    static int zaehlen(String yaml) {
        try {
            JsonNode pfade = new ObjectMapper(new YAMLFactory()).readTree(yaml).path("paths");
            int anzahl = 0;
            for (Iterator<Map.Entry<String, JsonNode>> it = pfade.fields(); it.hasNext(); ) {
                for (Iterator<String> m = it.next().getValue().fieldNames(); m.hasNext(); ) {
                    anzahl += METHODEN.contains(m.next().toLowerCase(Locale.ROOT)) ? 1 : 0;
                }
            }
            return anzahl;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }


    /** The tag (the API's area, e.g. {@code Teilnehmende}) of each operation, by {@link Vorgang#name()}. */
    static Map<String, String> bereiche(String yaml) {
        try {
            JsonNode pfade = new ObjectMapper(new YAMLFactory()).readTree(yaml).path("paths");
            Map<String, String> bereiche = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = pfade.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> pfad = it.next();
                for (Iterator<Map.Entry<String, JsonNode>> m = pfad.getValue().fields(); m.hasNext(); ) {
                    Map.Entry<String, JsonNode> op = m.next();
                    if (METHODEN.contains(op.getKey().toLowerCase(Locale.ROOT))) {
                        JsonNode tags = op.getValue().path("tags");
                        bereiche.put(op.getKey().toUpperCase(Locale.ROOT) + " " + pfad.getKey(),
                                tags.isArray() && tags.size() > 0 ? tags.get(0).asText() : "");
                    }
                }
            }
            return bereiche;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The OpenAPI document as the running server publishes it. */
    static String dokument(BlockingHttpClient client) {
        return client.retrieve(HttpRequest.GET("/swagger/" + dokumentname()), String.class);
    }

    /** The generated document's file name (e.g. {@code teilhabe-api-1.yml}), as the build put it on the classpath. */
    static String dokumentname() {
        URL ordner = Schnittstelle.class.getClassLoader().getResource("META-INF/swagger");
        if (ordner == null) {
            throw new IllegalStateException("No META-INF/swagger on the classpath: the OpenAPI document was not "
                    + "generated");
        }
        try (Stream<Path> dateien = Files.list(Path.of(ordner.toURI()))) {
            List<String> namen = dateien.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yml"))
                    .toList();
            if (namen.size() != 1) {
                throw new IllegalStateException("Expected one OpenAPI document in " + ordner + ": " + namen);
            }
            return namen.get(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Vorgang vorgang(String pfad, PathItem item, String methode, Operation op) {
        List<Vorgang.Parameter> parameter = new ArrayList<>();
        List<io.swagger.v3.oas.models.parameters.Parameter> alle = new ArrayList<>();
        if (item.getParameters() != null) {
            alle.addAll(item.getParameters());
        }
        if (op.getParameters() != null) {
            alle.addAll(op.getParameters());
        }
        for (io.swagger.v3.oas.models.parameters.Parameter p : alle) {
            parameter.add(new Vorgang.Parameter(p.getIn(), p.getName(), Boolean.TRUE.equals(p.getRequired())
                    || "path".equals(p.getIn()), Schemata.aufgeloest(p.getSchema())));
        }
        return new Vorgang(methode, pfad, List.copyOf(parameter), rumpf(op.getRequestBody()));
    }

    private static Optional<Vorgang.Rumpf> rumpf(RequestBody body) {
        if (body == null || body.getContent() == null || body.getContent().isEmpty()) {
            return Optional.empty();
        }
        Content inhalt = body.getContent();
        Map.Entry<String, MediaType> erster = inhalt.entrySet().iterator().next();
        return Optional.of(new Vorgang.Rumpf(erster.getKey(), Schemata.aufgeloest(erster.getValue().getSchema()),
                Boolean.TRUE.equals(body.getRequired())));
    }
}
