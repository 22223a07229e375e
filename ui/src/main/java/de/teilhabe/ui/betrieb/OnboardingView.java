package de.teilhabe.ui.betrieb;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import de.teilhabe.platform.fehler.FachlicherFehler;
import de.teilhabe.platform.fehler.Feldfehler;
import de.teilhabe.platform.kreis.Kreis;
import de.teilhabe.platform.kreis.KreisVerwaltung;
import de.teilhabe.platform.kreis.OnboardingAntrag;
import de.teilhabe.platform.sicherheit.Rolle;
import de.teilhabe.ui.komponenten.Fehleranzeige;
import de.teilhabe.ui.rahmen.HauptLayout;
import de.teilhabe.ui.sitzung.Erlaubt;
import de.teilhabe.ui.sitzung.Sitzung;
import io.micronaut.context.annotation.Prototype;

import java.util.List;

/** Operator: onboarding wizard Kreis → Kommunen → Erster Admin → Zusammenfassung/Anlegen. */
@Route(value = "betrieb/onboarding", layout = HauptLayout.class)
@Erlaubt(Rolle.BETREIBER)
@Prototype
public class OnboardingView extends VerticalLayout implements HasDynamicTitle {
    private final KreisVerwaltung verwaltung;
    private final SchrittKreis kreis = new SchrittKreis();
    private final SchrittKommunen kommunen = new SchrittKommunen();
    private final SchrittAdmin admin = new SchrittAdmin();
    private final SchrittZusammenfassung zusammenfassung = new SchrittZusammenfassung();
    private final List<Schritt> schritte = List.of(kreis, kommunen, admin, zusammenfassung);
    private final Schrittanzeige anzeige;
    private final Div inhalt = new Div();
    private final Fehleranzeige fehler = new Fehleranzeige();
    private final Button zurueck = new Button(getTranslation("onboarding.zurueck"), VaadinIcon.ARROW_LEFT.create());
    private final Button weiter = new Button(getTranslation("onboarding.weiter"), VaadinIcon.ARROW_RIGHT.create());
    private final Button anlegen = new Button(getTranslation("onboarding.anlegen"), VaadinIcon.CHECK.create());
    private int aktuell;

    public OnboardingView(KreisVerwaltung verwaltung) {
        this.verwaltung = verwaltung;
        addClassName("seite");
        anzeige = new Schrittanzeige(schritte.stream().map(s -> getTranslation(s.titelSchluessel())).toList());
        inhalt.addClassName("wizard-inhalt");
        inhalt.setWidthFull();
        zurueck.setId("onboarding-zurueck");
        zurueck.addClickListener(e -> zeigen(aktuell - 1));
        weiter.setId("onboarding-weiter");
        weiter.setIconAfterText(true);
        weiter.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        weiter.addClickListener(e -> weiter());
        anlegen.setId("onboarding-anlegen");
        anlegen.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        anlegen.addClickListener(e -> anlegen());
        HorizontalLayout knoepfe = new HorizontalLayout(zurueck, weiter, anlegen);
        knoepfe.addClassName("wizard-knoepfe");
        add(new H2(getTranslation("onboarding.titel")), anzeige, fehler, inhalt, knoepfe);
        zeigen(0);
    }

    private void zeigen(int index) {
        aktuell = index;
        Schritt schritt = schritte.get(index);
        if (schritt == zusammenfassung) {
            zusammenfassung.zeigen(antrag());
        }
        inhalt.removeAll();
        inhalt.add(schritt.inhalt());
        anzeige.aktiv(index);
        zurueck.setEnabled(index > 0);
        weiter.setVisible(index < schritte.size() - 1);
        anlegen.setVisible(index == schritte.size() - 1);
    }

    private void weiter() {
        if (schritte.get(aktuell).pruefen()) {
            fehler.leeren();
            zeigen(aktuell + 1);
        }
    }

    private OnboardingAntrag antrag() {
        return new OnboardingAntrag(kreis.slug(), kreis.name(), kommunen.kommunen(), admin.admin());
    }

    private void anlegen() {
        fehler.leeren();
        schritte.forEach(Schritt::fehlerLeeren);
        try {
            Kreis neu = verwaltung.onboarden(Sitzung.angemeldet(), antrag());
            UI.getCurrent().navigate(KreiseView.class);
            Notification.show(getTranslation("onboarding.erfolg", neu.name()), 5000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (FachlicherFehler f) {
            anzeigen(f);
        }
    }

    /** Every field error at its field; the wizard goes back to the first step that has one. */
    private void anzeigen(FachlicherFehler f) {
        int ersterSchritt = -1;
        for (Feldfehler feld : f.feldfehler()) {
            int index = zugeordnet(feld);
            if (index < 0) {
                fehler.zeigen(feld.text(getLocale()));
            } else if (ersterSchritt < 0 || index < ersterSchritt) {
                ersterSchritt = index;
            }
        }
        if (f.feldfehler().isEmpty()) {
            fehler.zeigen(f.text(getLocale()));
        } else if (ersterSchritt >= 0) {
            fehler.zeigen(getTranslation("onboarding.fehler.hinweis"));
            zeigen(ersterSchritt);
        }
    }

    private int zugeordnet(Feldfehler feld) {
        for (int i = 0; i < schritte.size(); i++) {
            if (schritte.get(i).fehlerZeigen(feld, getLocale())) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("onboarding.titel") + " · " + getTranslation("app.name");
    }
}
