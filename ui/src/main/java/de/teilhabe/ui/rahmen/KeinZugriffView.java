package de.teilhabe.ui.rahmen;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import de.teilhabe.ui.sitzung.Erlaubt;
import io.micronaut.context.annotation.Prototype;

/** Shown in place of a view the user may not open. */
@Route(value = "kein-zugriff", layout = HauptLayout.class)
@Erlaubt
@Prototype
public class KeinZugriffView extends VerticalLayout implements HasDynamicTitle {
    public KeinZugriffView() {
        addClassName("seite");
        setId("kein-zugriff");
        var symbol = VaadinIcon.BAN.create();
        symbol.addClassName("kein-zugriff-symbol");
        add(symbol, new H2(getTranslation("zugriff.verweigert.titel")),
                new Paragraph(getTranslation("zugriff.verweigert.text")),
                new RouterLink(getTranslation("zugriff.zur.startseite"), Startseite.class));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("zugriff.verweigert.titel") + " · " + getTranslation("app.name");
    }
}
