package de.teilhabe.ui.anmeldung;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.AbstractLogin.LoginEvent;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.FlexComponent.JustifyContentMode;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import de.teilhabe.platform.demo.DemoZugaenge;
import de.teilhabe.platform.fehler.FachlicherFehler;
import de.teilhabe.platform.proxy.Proxyvertrauen;
import de.teilhabe.platform.sicherheit.Anmeldung;
import de.teilhabe.platform.sicherheit.Nutzer;
import de.teilhabe.ui.sitzung.Oeffentlich;
import de.teilhabe.ui.sitzung.Sitzung;
import de.teilhabe.ui.sprache.SprachUmschalter;
import io.micronaut.context.annotation.Prototype;
import io.micronaut.context.annotation.Value;

import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

/**
 * Sign-in page: the Kreis (account names are unique per Kreis only), user name and password; German error texts from
 * the platform — for too many failures with the wait —, demo logins when demo data is on. The client's address for
 * the rate limit comes through {@link Proxyvertrauen}, as in the API.
 */
@Route("login")
@Oeffentlich
@Prototype
@StyleSheet("context://styles/teilhabe.css")
public class AnmeldeView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    private final Anmeldung anmeldung;
    private final Proxyvertrauen proxies;
    private final int sitzungMinuten;
    private final LoginForm formular = new LoginForm();
    private final Kreisauswahl kreis;

    public AnmeldeView(Anmeldung anmeldung, Proxyvertrauen proxies, DemoZugaenge demo,
                       @Value("${teilhabe.ui.sitzung-minuten:30}") int sitzungMinuten) {
        this.anmeldung = anmeldung;
        this.proxies = proxies;
        this.sitzungMinuten = sitzungMinuten;
        this.kreis = new Kreisauswahl(anmeldung.kreise());
        addClassName("anmeldung");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        formular.setI18n(texte());
        formular.setForgotPasswordButtonVisible(false);
        formular.addLoginListener(this::anmelden);

        Div karte = new Div(kopf(), kreis, formular);
        karte.addClassName("anmeldung-karte");
        add(karte);
        if (!demo.zugaenge().isEmpty()) {
            add(new DemoZugaengeListe(demo.zugaenge()));
        }
        add(new SprachUmschalter());
    }

    private Div kopf() {
        H1 titel = new H1(getTranslation("app.name"));
        Paragraph untertitel = new Paragraph(getTranslation("app.untertitel"));
        Div kopf = new Div(titel, untertitel);
        kopf.addClassName("anmeldung-kopf");
        return kopf;
    }

    private LoginI18n texte() {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("anmeldung.titel"));
        i18n.getForm().setUsername(getTranslation("anmeldung.benutzername"));
        i18n.getForm().setPassword(getTranslation("anmeldung.passwort"));
        i18n.getForm().setSubmit(getTranslation("anmeldung.anmelden"));
        i18n.getErrorMessage().setTitle(getTranslation("anmeldung.fehler.titel"));
        i18n.getErrorMessage().setUsername(getTranslation("anmeldung.fehler.benutzername"));
        i18n.getErrorMessage().setPassword(getTranslation("anmeldung.fehler.passwort"));
        return i18n;
    }

    private void anmelden(LoginEvent event) {
        try {
            Nutzer nutzer = anmeldung.anmelden(kreis.wahl(), event.getUsername(), event.getPassword(), quelle());
            kreis.merken();
            Sitzung.anmelden(nutzer, anmeldung.anmeldestand(nutzer.id()), sitzungMinuten);
            UI.getCurrent().navigate("");
        } catch (FachlicherFehler fehler) {
            LoginI18n i18n = texte();
            i18n.getErrorMessage().setMessage(fehler.text(getLocale()));
            formular.setI18n(i18n);
            formular.setError(true);
        }
    }

    private String quelle() {
        VaadinRequest anfrage = VaadinRequest.getCurrent();
        if (anfrage == null) {
            return Proxyvertrauen.UNBEKANNT;
        }
        Enumeration<String> weitergeleitet = anfrage.getHeaders("X-Forwarded-For");
        return proxies.clientAdresse(anfrage.getRemoteAddr(),
                weitergeleitet == null ? List.of() : Collections.list(weitergeleitet));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (Sitzung.nutzer().isPresent()) {
            event.forwardTo("");
            return;
        }
        kreis.vorwaehlen(event.getLocation().getQueryParameters().getSingleParameter("kreis"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("anmeldung.titel") + " · " + getTranslation("app.name");
    }
}
