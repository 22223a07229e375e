package de.teilhabe.ui.rahmen;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterListener;
import de.teilhabe.ui.anmeldung.AnmeldeView;
import de.teilhabe.ui.sitzung.Sitzung;
import de.teilhabe.ui.sitzung.Zugriff;

/** Route guard on every UI: not signed in → login; not allowed → access denied (URL stays). */
public class Zugangskontrolle implements BeforeEnterListener {
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Class<?> ziel = event.getNavigationTarget();
        if (Zugriff.oeffentlich(ziel)) {
            return;
        }
        var nutzer = Sitzung.nutzer();
        if (nutzer.isEmpty()) {
            event.forwardTo(AnmeldeView.class);
        } else if (!Zugriff.erlaubt(ziel, nutzer.get())) {
            event.rerouteTo(KeinZugriffView.class);
        }
    }
}
