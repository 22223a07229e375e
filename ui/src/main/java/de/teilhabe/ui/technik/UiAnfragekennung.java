package de.teilhabe.ui.technik;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinRequestInterceptor;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import java.util.UUID;
import org.slf4j.MDC;

/**
 * Gives every request of the UI an id, as the API does for its requests: in the logging context of every log line
 * written while the request runs, and shown in the notice of an unexpected error ({@link Fehlerbehandlung}) so that
 * a user can quote it to the operator.
 */
class UiAnfragekennung implements VaadinRequestInterceptor {

    static final String SCHLUESSEL = "requestId";

    @Override
    public void requestStart(VaadinRequest request, VaadinResponse response) {
        MDC.put(SCHLUESSEL, "ui-" + UUID.randomUUID().toString().substring(0, 13));
    }

    @Override
    public void handleException(VaadinRequest request, VaadinResponse response, VaadinSession session,
                                Exception exception) {
        // logged by the session's error handler with this request's id
    }

    @Override
    public void requestEnd(VaadinRequest request, VaadinResponse response, VaadinSession session) {
        MDC.remove(SCHLUESSEL);
    }

    /** The id of the request running on this thread. */
    static String aktuelle() {
        String kennung = MDC.get(SCHLUESSEL);
        return kennung == null ? "–" : kennung;
    }
}
