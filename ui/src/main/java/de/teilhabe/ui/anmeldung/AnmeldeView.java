package de.teilhabe.ui.anmeldung;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Route;
import de.teilhabe.ui.sprache.Uebersetzungen;
import io.micronaut.context.annotation.Prototype;

@Route("login")
@Prototype
public class AnmeldeView extends VerticalLayout {
    public AnmeldeView(Uebersetzungen uebersetzungen) {
        add(new H1(getTranslation("anmeldung.titel") + " / " + uebersetzungen.getClass().getSimpleName()));
    }
}
