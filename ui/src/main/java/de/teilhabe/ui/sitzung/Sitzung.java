package de.teilhabe.ui.sitzung;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import de.teilhabe.platform.fehler.Art;
import de.teilhabe.platform.fehler.FachlicherFehler;
import de.teilhabe.platform.sicherheit.Anmeldung;
import de.teilhabe.platform.sicherheit.Nutzer;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The signed-in {@link Nutzer}, kept in the Vaadin session and confirmed by the platform once per request: roles
 * taken away or given take effect at the next click, and a deactivated account, a changed password or a move to
 * another Kreis end the sign-in — without waiting for a sign-out or a navigation.
 */
public final class Sitzung {
    private static final String ANMELDESTAND = Sitzung.class.getName() + ".anmeldestand";
    private static final String BESTAETIGT = Sitzung.class.getName() + ".bestaetigt";

    private Sitzung() {
    }

    public static Optional<Nutzer> nutzer() {
        VaadinSession sitzung = VaadinSession.getCurrent();
        if (sitzung == null) {
            return Optional.empty();
        }
        // also called without the session lock, e.g. while a download is written
        sitzung.lock();
        try {
            return bestaetigt(sitzung);
        } finally {
            sitzung.unlock();
        }
    }

    private static Optional<Nutzer> bestaetigt(VaadinSession sitzung) {
        Nutzer gespeichert = sitzung.getAttribute(Nutzer.class);
        if (gespeichert == null) {
            return Optional.empty();
        }
        VaadinRequest anfrage = VaadinRequest.getCurrent();
        if (anfrage != null && anfrage.getAttribute(BESTAETIGT) == gespeichert) {
            return Optional.of(gespeichert);
        }
        Optional<Nutzer> aktuell = sitzung.getAttribute(Anmeldung.class)
                .nutzer(gespeichert.id(), (String) sitzung.getAttribute(ANMELDESTAND))
                .filter(n -> Objects.equals(n.kreisSlug(), gespeichert.kreisSlug()));
        if (aktuell.isEmpty()) {
            vergessen();
            return Optional.empty();
        }
        sitzung.setAttribute(Nutzer.class, aktuell.get());
        if (anfrage != null) {
            anfrage.setAttribute(BESTAETIGT, aktuell.get());
        }
        return aktuell;
    }

    /** The signed-in user; a sign-in that ended meanwhile is a 401 problem the error handler sends to the login. */
    public static Nutzer angemeldet() {
        return nutzer().orElseThrow(() -> new FachlicherFehler(Art.NICHT_ANGEMELDET, "anmeldung.erforderlich",
                List.of()));
    }

    /** New session id against session fixation, then the user and the idle timeout. */
    public static void anmelden(Nutzer nutzer, String anmeldestand, int sitzungMinuten) {
        VaadinRequest anfrage = VaadinRequest.getCurrent();
        if (anfrage != null) {
            VaadinService.reinitializeSession(anfrage);
        }
        VaadinSession sitzung = VaadinSession.getCurrent();
        sitzung.setAttribute(Nutzer.class, nutzer);
        sitzung.setAttribute(ANMELDESTAND, anmeldestand);
        sitzung.getSession().setMaxInactiveInterval(sitzungMinuten * 60);
    }

    /** Forgets the user without ending the HTTP session (e.g. the account no longer exists). */
    public static void vergessen() {
        VaadinSession sitzung = VaadinSession.getCurrent();
        if (sitzung != null) {
            sitzung.setAttribute(Nutzer.class, null);
            sitzung.setAttribute(ANMELDESTAND, null);
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
