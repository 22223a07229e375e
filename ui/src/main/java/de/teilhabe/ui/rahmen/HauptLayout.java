package de.teilhabe.ui.rahmen;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import de.teilhabe.platform.sicherheit.Nutzer;
import de.teilhabe.ui.sitzung.Sitzung;
import de.teilhabe.ui.sprache.SprachUmschalter;
import io.micronaut.context.annotation.Prototype;

/** The frame of every signed-in view: header with Kreis and user, side navigation per role. */
@Prototype
@StyleSheet("context://styles/teilhabe.css")
public class HauptLayout extends AppLayout {

    public HauptLayout() {
        Nutzer nutzer = Sitzung.nutzer().orElse(null);
        setPrimarySection(Section.DRAWER);
        addToNavbar(new DrawerToggle(), kopfzeile(nutzer));
        addToDrawer(marke(), Navigation.fuer(nutzer));
    }

    private Div marke() {
        Span name = new Span(getTranslation("app.name"));
        name.addClassName("marke-name");
        Span zusatz = new Span(getTranslation("app.untertitel.kurz"));
        zusatz.addClassName("marke-zusatz");
        Div marke = new Div(name, zusatz);
        marke.addClassName("marke");
        return marke;
    }

    private HorizontalLayout kopfzeile(Nutzer nutzer) {
        Span mandant = new Span(nutzer == null ? "" : nutzer.kreisName() == null
                ? getTranslation("rahmen.plattformbetrieb") : nutzer.kreisName());
        mandant.addClassName("kopf-mandant");
        mandant.setId("kopf-mandant");

        Span person = new Span(VaadinIcon.USER.create(), new Span(nutzer == null ? "" : nutzer.anzeigename()));
        person.addClassName("kopf-person");
        person.setId("kopf-person");

        Button abmelden = new Button(getTranslation("rahmen.abmelden"), VaadinIcon.SIGN_OUT.create(), e -> Sitzung.abmelden());
        abmelden.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        abmelden.setId("abmelden");

        HorizontalLayout zeile = new HorizontalLayout(mandant, person, new SprachUmschalter(), abmelden);
        zeile.addClassName("kopfzeile");
        zeile.setAlignItems(Alignment.CENTER);
        zeile.expand(mandant);
        zeile.setWidthFull();
        return zeile;
    }
}
