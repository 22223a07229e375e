package de.teilhabe.ui.rahmen;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterListener;
import de.teilhabe.platform.sicherheit.Anmeldung;
import de.teilhabe.platform.sicherheit.Nutzer;
import de.teilhabe.ui.anmeldung.AnmeldeView;
import de.teilhabe.ui.sitzung.Sitzung;
import de.teilhabe.ui.sitzung.Zugriff;

import java.util.Objects;
import java.util.Optional;

/**
 * Route guard on every UI: not signed in → login; not allowed → access denied (URL stays).
 * At every navigation the platform confirms the account: a deactivated or deleted account (e.g. its Kreis
 * was removed) or one that now belongs to another Kreis ends the sign-in. Roles are those of the sign-in.
 */
public class Zugangskontrolle implements BeforeEnterListener {
    private final Anmeldung anmeldung;

    public Zugangskontrolle(Anmeldung anmeldung) {
        this.anmeldung = anmeldung;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Class<?> ziel = event.getNavigationTarget();
        if (Zugriff.oeffentlich(ziel)) {
            return;
        }
        Optional<Nutzer> nutzer = Sitzung.nutzer().filter(this::bestaetigt);
        if (nutzer.isEmpty()) {
            Sitzung.vergessen();
            event.forwardTo(AnmeldeView.class);
            return;
        }
        if (!Zugriff.erlaubt(ziel, nutzer.get())) {
            event.rerouteTo(KeinZugriffView.class);
        }
    }

    private boolean bestaetigt(Nutzer angemeldet) {
        return anmeldung.nutzer(angemeldet.id())
                .filter(aktuell -> Objects.equals(aktuell.kreisSlug(), angemeldet.kreisSlug()))
                .isPresent();
    }
}
