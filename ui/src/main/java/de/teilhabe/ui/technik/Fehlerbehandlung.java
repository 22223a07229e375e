package de.teilhabe.ui.technik;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.component.HasElement;
import de.teilhabe.platform.fehler.Art;
import de.teilhabe.platform.fehler.FachlicherFehler;
import de.teilhabe.ui.sitzung.Sitzung;
import de.teilhabe.ui.sitzung.Zugriff;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Errors no view caught: a business error — also what the database refused, translated — shows its text in the
 * user's language, anything else a general message with the request's id to quote to the operator (details only in
 * the log under that id, never in the browser).
 */
class Fehlerbehandlung implements ErrorHandler {
    private static final Logger LOG = LoggerFactory.getLogger(Fehlerbehandlung.class);

    @Override
    public void error(ErrorEvent event) {
        FachlicherFehler fachlich = fachlich(event.getThrowable());
        String kennung = UiAnfragekennung.aktuelle();
        if (fachlich == null) {
            LOG.error("Unerwarteter Fehler in der Oberfläche", event.getThrowable());
        }
        UI ui = UI.getCurrent();
        if (ui == null) {
            return;
        }
        if (fachlich != null && nichtMehr(fachlich.art())) {
            // the sign-in ended or a role was taken away meanwhile: the route guard decides again what to show
            ui.getPage().reload();
            return;
        }
        String text = fachlich != null ? fachlich.text(ui.getLocale()) : ui.getTranslation("fehler.unerwartet",
                kennung);
        Notification meldung = Notification.show(text, 6000, Notification.Position.MIDDLE);
        meldung.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    private static boolean nichtMehr(Art art) {
        return art == Art.NICHT_ANGEMELDET || art == Art.VERBOTEN && !aktuelleAnsichtErlaubt();
    }

    private static boolean aktuelleAnsichtErlaubt() {
        List<HasElement> kette = UI.getCurrent().getInternals().getActiveRouterTargetsChain();
        return kette.isEmpty() || Sitzung.nutzer().filter(n -> Zugriff.erlaubt(kette.get(0).getClass(), n))
                .isPresent();
    }

    static FachlicherFehler fachlich(Throwable fehler) {
        return FachlicherFehler.in(fehler).orElse(null);
    }
}
