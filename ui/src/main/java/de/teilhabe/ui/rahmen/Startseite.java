package de.teilhabe.ui.rahmen;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import de.teilhabe.platform.sicherheit.Rolle;
import de.teilhabe.ui.betrieb.KreiseView;
import de.teilhabe.ui.kommune.KommunenView;
import de.teilhabe.ui.sitzung.Erlaubt;
import de.teilhabe.ui.sitzung.Sitzung;
import io.micronaut.context.annotation.Prototype;

/** "/" leads the operator to the Kreise, everyone else to the Kommunen of their Kreis. */
@Route(value = "", layout = HauptLayout.class)
@Erlaubt
@Prototype
public class Startseite extends Div implements BeforeEnterObserver {
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Sitzung.nutzer().ifPresent(n -> event.forwardTo(
                n.kreisSlug() == null && n.hat(Rolle.BETREIBER) ? KreiseView.class : KommunenView.class));
    }
}
