package de.teilhabe.platform.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import java.util.List;
import java.util.Map;

/** A refused API request as a test sees it: the status and the problem details (RFC 9457) with the named fields. */
public final class ApiProbleme {

    private static final Argument<Map<String, Object>> JSON = Argument.mapOf(String.class, Object.class);

    private ApiProbleme() {
    }

    /** The problem of a refused request; fails the test if the request succeeds or the body is no problem. */
    public static Problem problem(BlockingHttpClient client, HttpRequest<?> anfrage) {
        try {
            client.exchange(anfrage, String.class);
        } catch (HttpClientResponseException e) {
            assertThat(e.getResponse().getContentType()).as("content type of %s", anfrage.getPath())
                    .hasValueSatisfying(t -> assertThat(t.toString()).isEqualTo("application/problem+json"));
            return new Problem(e.getStatus().getCode(), e.getResponse().getBody(JSON).orElseThrow());
        }
        return fail("%s %s was accepted", anfrage.getMethod(), anfrage.getUri());
    }

    /** Status and body of a problem. */
    public record Problem(int status, Map<String, Object> body) {

        public Object code() {
            return body.get("code");
        }

        public Object detail() {
            return body.get("detail");
        }

        @SuppressWarnings("unchecked")
        public List<Map<String, Object>> felder() {
            return (List<Map<String, Object>>) body.get("errors");
        }

        /** The one named field's error (field, code, message); fails unless exactly one field is named. */
        public Map<String, Object> feld() {
            assertThat(felder()).as("errors of %s", body).hasSize(1);
            return felder().get(0);
        }
    }
}
