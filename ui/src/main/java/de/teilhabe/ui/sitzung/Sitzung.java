package de.teilhabe.ui.sitzung;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import de.teilhabe.platform.sicherheit.Nutzer;

import java.util.Optional;

/** The signed-in {@link Nutzer}, kept in the Vaadin session. */
public final class Sitzung {
    private Sitzung() {
    }

    public static Optional<Nutzer> nutzer() {
        VaadinSession sitzung = VaadinSession.getCurrent();
        return sitzung == null ? Optional.empty() : Optional.ofNullable(sitzung.getAttribute(Nutzer.class));
    }

    public static Nutzer angemeldet() {
        return nutzer().orElseThrow(() -> new IllegalStateException("Niemand angemeldet"));
    }

    /** New session id against session fixation, then the user and the idle timeout. */
    public static void anmelden(Nutzer nutzer, int sitzungMinuten) {
        VaadinRequest anfrage = VaadinRequest.getCurrent();
        if (anfrage != null) {
            VaadinService.reinitializeSession(anfrage);
        }
        VaadinSession sitzung = VaadinSession.getCurrent();
        sitzung.setAttribute(Nutzer.class, nutzer);
        sitzung.getSession().setMaxInactiveInterval(sitzungMinuten * 60);
    }

    /** Forgets the user without ending the HTTP session (e.g. the account no longer exists). */
    public static void vergessen() {
        VaadinSession sitzung = VaadinSession.getCurrent();
        if (sitzung != null) {
            sitzung.setAttribute(Nutzer.class, null);
        }
    }

    public static void abmelden() {
        UI ui = UI.getCurrent();
        VaadinSession sitzung = VaadinSession.getCurrent();
        sitzung.setAttribute(Nutzer.class, null);
        sitzung.getSession().invalidate();
        ui.getPage().setLocation("login");
    }
}
