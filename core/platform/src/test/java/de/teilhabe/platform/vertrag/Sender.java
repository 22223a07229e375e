package de.teilhabe.platform.vertrag;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Sends a {@link Fall} byte for byte as generated — no client-side encoding, no default Content-Type — over plain
 * HTTP/1.1 to the embedded server.
 */
final class Sender {

    /** The answer: status, Content-Type, body; or the transport error when there was no answer. */
    record Antwort(int status, String contentType, byte[] rumpf, String fehler) {
    }

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final String basis;

    Sender(String basis) {
        this.basis = basis.endsWith("/") ? basis.substring(0, basis.length() - 1) : basis;
    }

    Antwort senden(Fall f, String token, String ifMatch) {
        HttpRequest.Builder anfrage;
        try {
            anfrage = HttpRequest.newBuilder(URI.create(basis + f.uri())).timeout(Duration.ofSeconds(60));
        } catch (IllegalArgumentException e) {
            return new Antwort(-1, null, new byte[0], "test could not build the URI: " + e.getMessage());
        }
        HttpRequest.BodyPublisher rumpf = f.rumpf() == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(f.rumpf());
        anfrage.method(f.vorgang().methode(), rumpf);
        f.kopf().forEach(anfrage::header);
        if (token != null) {
            anfrage.header("Authorization", "Bearer " + token);
        }
        if (ifMatch != null) {
            anfrage.header("If-Match", ifMatch);
        }
        HttpRequest fertig = anfrage.build();
        IOException fehler = null;
        // a second try on a new connection when a kept-alive one had been closed by the server
        for (int versuch = 0; versuch < 2; versuch++) {
            try {
                return antwort(fertig);
            } catch (IOException e) {
                fehler = e;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return new Antwort(-1, null, new byte[0], fehler.getClass().getSimpleName() + ": " + fehler.getMessage());
    }

    private Antwort antwort(HttpRequest anfrage) throws IOException, InterruptedException {
        HttpResponse<byte[]> antwort = client.send(anfrage, HttpResponse.BodyHandlers.ofByteArray());
        return new Antwort(antwort.statusCode(), antwort.headers().firstValue("Content-Type").orElse(null),
                antwort.body(), null);
    }
}
