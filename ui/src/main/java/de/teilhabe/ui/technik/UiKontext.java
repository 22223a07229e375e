package de.teilhabe.ui.technik;

import io.micronaut.context.ApplicationContext;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Connects Vaadin (on its own Jetty) with the Micronaut context of the same JVM. Jetty starts while
 * Micronaut is still starting; the first UI request waits for the context. One server per JVM.
 */
public final class UiKontext {
    private static volatile CompletableFuture<ApplicationContext> kontext = new CompletableFuture<>();

    private UiKontext() {
    }

    /** A new, not yet completed context slot (called before a server starts). */
    public static CompletableFuture<ApplicationContext> neu() {
        kontext = new CompletableFuture<>();
        return kontext;
    }

    public static void setzen(ApplicationContext neuerKontext) {
        if (!kontext.complete(neuerKontext)) {
            kontext = CompletableFuture.completedFuture(neuerKontext);
        }
    }

    public static ApplicationContext kontext() {
        try {
            return kontext.get(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Warten auf den Micronaut-Kontext unterbrochen", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Micronaut-Kontext nicht verfügbar: Server über TeilhabeServer starten", e);
        }
    }
}
