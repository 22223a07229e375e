package de.teilhabe.ui.technik;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import de.teilhabe.platform.sicherheit.Anmeldung;
import de.teilhabe.ui.rahmen.Zugangskontrolle;
import de.teilhabe.ui.sprache.Uebersetzungen;

/**
 * Per request: an id in the log context ({@link UiAnfragekennung}). Per session: German unless the user switched, idle timeout from {@code teilhabe.ui.sitzung-minuten};
 * the platform's sign-in, which confirms the account at every request ({@link de.teilhabe.ui.sitzung.Sitzung}); per UI:
 * the route guard. Registered through META-INF/services.
 */
public class SitzungsEinrichtung implements VaadinServiceInitListener {
    public static final String SITZUNG_MINUTEN = "teilhabe.ui.sitzung-minuten";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addVaadinRequestInterceptor(new UiAnfragekennung());
        event.getSource().addSessionInitListener(e -> {
            int minuten = UiKontext.kontext().getProperty(SITZUNG_MINUTEN, Integer.class).orElse(30);
            VaadinSession sitzung = e.getSession();
            sitzung.setLocale(Uebersetzungen.DEUTSCH);
            sitzung.getSession().setMaxInactiveInterval(minuten * 60);
            sitzung.setErrorHandler(new Fehlerbehandlung());
            sitzung.setAttribute(Anmeldung.class, UiKontext.kontext().getBean(Anmeldung.class));
        });
        event.getSource().addUIInitListener(e -> {
            e.getUI().setLocale(Uebersetzungen.unterstuetzt(e.getUI().getSession().getLocale()));
            e.getUI().addBeforeEnterListener(new Zugangskontrolle());
        });
    }
}
