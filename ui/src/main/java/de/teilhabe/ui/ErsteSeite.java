package de.teilhabe.ui;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Fetches the login page once: proves the UI serves and measures JVM start → first page served. */
final class ErsteSeite {
    private static final Logger LOG = LoggerFactory.getLogger(ErsteSeite.class);

    private ErsteSeite() {
    }

    static long abrufen(String uiUrl) throws InterruptedException {
        try {
            HttpResponse<Void> antwort = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(uiUrl + "/login")).timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.discarding());
            if (antwort.statusCode() != 200) {
                LOG.warn("Erste UI-Seite antwortete mit HTTP {}", antwort.statusCode());
            }
        } catch (IOException e) {
            LOG.warn("Erste UI-Seite nicht abrufbar: {}", e.toString());
        }
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }
}
