package de.teilhabe.ui.rahmen;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterListener;
import de.teilhabe.platform.sicherheit.Nutzer;
import de.teilhabe.ui.anmeldung.AnmeldeView;
import de.teilhabe.ui.sitzung.Sitzung;
import de.teilhabe.ui.sitzung.Zugriff;

import java.util.Optional;

/**
 * Route guard on every UI: not signed in (or the sign-in ended: {@link Sitzung#nutzer()} confirms the account at
 * every request) → login; not allowed with the account's current roles → access denied (URL stays).
 */
public class Zugangskontrolle implements BeforeEnterListener {

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Class<?> ziel = event.getNavigationTarget();
        if (Zugriff.oeffentlich(ziel)) {
            return;
        }
        Optional<Nutzer> nutzer = Sitzung.nutzer();
        if (nutzer.isEmpty()) {
            event.forwardTo(AnmeldeView.class);
            return;
        }
        if (!Zugriff.erlaubt(ziel, nutzer.get())) {
            event.rerouteTo(KeinZugriffView.class);
        }
    }
}
