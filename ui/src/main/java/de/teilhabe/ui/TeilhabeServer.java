package de.teilhabe.ui;

import com.github.mvysny.vaadinboot.VaadinBoot;
import de.teilhabe.ui.technik.Klassenpfad;
import de.teilhabe.ui.technik.UiKontext;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the whole platform in one JVM: the Micronaut context (services, REST API on Netty) and the
 * Vaadin UI on vaadin-boot's embedded Jetty on its own port. Both start in parallel.
 */
public final class TeilhabeServer implements AutoCloseable {
    public static final String UI_PORT = "teilhabe.ui.port";
    private static final Logger LOG = LoggerFactory.getLogger(TeilhabeServer.class);
    /** Atmosphere and Jetty describe every detail of their start at INFO; warnings are enough. */
    private static final Map<String, Object> LEISE = Map.of(
            "logger.levels.org.atmosphere", "WARN",
            "logger.levels.org.eclipse.jetty", "WARN",
            "logger.levels.com.github.mvysny.vaadinboot", "WARN");

    private final ApplicationContext kontext;
    private final VaadinBoot vaadin;
    private final int uiPort;
    private boolean beendet;

    private TeilhabeServer(ApplicationContext kontext, VaadinBoot vaadin, int uiPort) {
        this.kontext = kontext;
        this.vaadin = vaadin;
        this.uiPort = uiPort;
    }

    /** Starts Micronaut (with its HTTP server) and Vaadin; extra properties override configuration. */
    public static TeilhabeServer starten(Map<String, Object> eigenschaften, String... args) throws Exception {
        long beginn = System.nanoTime();
        UiKontext.neu();
        Map<String, Object> alle = new HashMap<>(LEISE);
        alle.putAll(eigenschaften);
        ApplicationContext kontext = ApplicationContext.builder()
                .mainClass(TeilhabeServer.class)
                .args(args)
                .properties(alle)
                .build();
        kontext.getEnvironment().start();
        int port = kontext.getEnvironment().getProperty(UI_PORT, Integer.class).orElse(8081);
        // heartbeats of an open tab must not keep a session alive: idle time counts user actions only
        System.setProperty("vaadin.closeIdleSessions", "true");
        VaadinBoot vaadin = new VaadinBoot().withPort(port).openBrowserInDevMode(false);
        CompletableFuture<Long> ui = CompletableFuture.supplyAsync(() -> vaadinStarten(vaadin, beginn));
        try {
            kontext.start();
            UiKontext.setzen(kontext);
            long kontextMs = ms(System.nanoTime() - beginn);
            kontext.findBean(EmbeddedServer.class).ifPresent(EmbeddedServer::start);
            long apiMs = ms(System.nanoTime() - beginn);
            long uiMs = ui.join();
            LOG.info("Start: Micronaut-Kontext nach {} ms, API nach {} ms, Vaadin/Jetty nach {} ms", kontextMs, apiMs, uiMs);
            return new TeilhabeServer(kontext, vaadin, port);
        } catch (RuntimeException | Error e) {
            ui.handle((ms, fehler) -> fehler == null ? stoppen(vaadin) : null).join();
            kontext.close();
            throw e;
        }
    }

    private static long vaadinStarten(VaadinBoot vaadin, long beginn) {
        try {
            return Klassenpfad.mitEingeschraenktemScan(() -> {
                vaadin.start();
                return ms(System.nanoTime() - beginn);
            });
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("Vaadin/Jetty konnte nicht starten", e);
        }
    }

    private static Void stoppen(VaadinBoot vaadin) {
        vaadin.stop("Start abgebrochen");
        return null;
    }

    private static long ms(long nanos) {
        return nanos / 1_000_000;
    }

    public ApplicationContext kontext() {
        return kontext;
    }

    public int uiPort() {
        return uiPort;
    }

    public String uiUrl() {
        return "http://localhost:" + uiPort;
    }

    public String apiUrl() {
        return kontext.findBean(EmbeddedServer.class)
                .map(s -> "http://localhost:" + s.getPort())
                .orElse("(keine API gestartet)");
    }

    /** Stops Jetty first (no new UI requests), then the Micronaut context. Safe to call twice. */
    @Override
    public synchronized void close() {
        if (beendet) {
            return;
        }
        beendet = true;
        long beginn = System.nanoTime();
        vaadin.stop("Teilhabe wird beendet");
        kontext.close();
        UiKontext.neu();
        // stdout, not the log: the logging system may already be stopping in a shutdown hook
        System.out.println("Teilhabe beendet: UI und API gestoppt in " + ms(System.nanoTime() - beginn) + " ms");
    }

    public static void main(String[] args) throws Exception {
        TeilhabeServer server = starten(Map.of(), args);
        long bereitMs = ErsteSeite.abrufen(server.uiUrl());
        System.out.println(Startmeldung.text(server, bereitMs));
        CountDownLatch ende = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            ende.countDown();
        }, "teilhabe-shutdown"));
        ende.await();
    }
}
