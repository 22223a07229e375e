package de.teilhabe.ui.rahmen;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import de.teilhabe.platform.sicherheit.Nutzer;
import de.teilhabe.ui.audit.AuditView;
import de.teilhabe.ui.benutzer.BenutzerView;
import de.teilhabe.ui.bericht.BerichteView;
import de.teilhabe.ui.bericht.BerichtsstaendeView;
import de.teilhabe.ui.betrieb.KreiseView;
import de.teilhabe.ui.betrieb.OnboardingView;
import de.teilhabe.ui.datenschutz.AufbewahrungView;
import de.teilhabe.ui.datenschutz.ExportfreigabeView;
import de.teilhabe.ui.gremium.AuftraegeView;
import de.teilhabe.ui.gremium.StrukturView;
import de.teilhabe.ui.kommune.KommunenView;
import de.teilhabe.ui.konfiguration.BausteineView;
import de.teilhabe.ui.konfiguration.FinanzierungView;
import de.teilhabe.ui.konfiguration.MassnahmenView;
import de.teilhabe.ui.konfiguration.ProgrammuebersichtView;
import de.teilhabe.ui.konfiguration.StellenView;
import de.teilhabe.ui.konfiguration.TraegerView;
import de.teilhabe.ui.programm.ProgrammeView;
import de.teilhabe.ui.teilnehmer.ImportView;
import de.teilhabe.ui.teilnehmer.KlaerungenView;
import de.teilhabe.ui.teilnehmer.TeilnehmerListeView;
import de.teilhabe.ui.traeger.TraegerTeilnehmendeView;
import de.teilhabe.ui.programm.StellenrechnerView;
import de.teilhabe.ui.programm.ZielgruppeView;
import de.teilhabe.ui.sitzung.Zugriff;
import de.teilhabe.ui.zielgruppenbasis.ZielgruppenbasisView;

import java.util.List;

/** Side navigation: exactly the views the route guard lets this user open. */
final class Navigation {
    private record Eintrag(String text, Class<? extends Component> ansicht, VaadinIcon symbol) {
    }

    private static final List<Eintrag> EINTRAEGE = List.of(
            new Eintrag("navigation.kreise", KreiseView.class, VaadinIcon.BUILDING),
            new Eintrag("navigation.onboarding", OnboardingView.class, VaadinIcon.PLUS_CIRCLE),
            new Eintrag("navigation.kommunen", KommunenView.class, VaadinIcon.MAP_MARKER),
            new Eintrag("navigation.benutzer", BenutzerView.class, VaadinIcon.KEY),
            new Eintrag("navigation.config.overview", ProgrammuebersichtView.class, VaadinIcon.DASHBOARD),
            new Eintrag("navigation.config.modules", BausteineView.class, VaadinIcon.PACKAGE),
            new Eintrag("navigation.config.providers", TraegerView.class, VaadinIcon.OFFICE),
            new Eintrag("navigation.config.measures", MassnahmenView.class, VaadinIcon.TASKS),
            new Eintrag("navigation.config.finance", FinanzierungView.class, VaadinIcon.EURO),
            new Eintrag("navigation.config.posts", StellenView.class, VaadinIcon.USERS),
            new Eintrag("navigation.teilnehmer", TeilnehmerListeView.class, VaadinIcon.USER_CARD),
            new Eintrag("navigation.klaerungen", KlaerungenView.class, VaadinIcon.QUESTION_CIRCLE_O),
            new Eintrag("navigation.import", ImportView.class, VaadinIcon.UPLOAD),
            new Eintrag("navigation.datenschutz", AufbewahrungView.class, VaadinIcon.EYE_SLASH),
            new Eintrag("navigation.exportfreigabe", ExportfreigabeView.class, VaadinIcon.UNLOCK),
            new Eintrag("navigation.traeger.sicht", TraegerTeilnehmendeView.class, VaadinIcon.USERS),
            new Eintrag("navigation.berichte", BerichteView.class, VaadinIcon.BAR_CHART),
            new Eintrag("navigation.berichtsstaende", BerichtsstaendeView.class, VaadinIcon.LOCK),
            new Eintrag("navigation.zielgruppenbasis", ZielgruppenbasisView.class, VaadinIcon.TABLE),
            new Eintrag("navigation.gremien", StrukturView.class, VaadinIcon.SITEMAP),
            new Eintrag("navigation.auftraege", AuftraegeView.class, VaadinIcon.CHECK_SQUARE_O),
            new Eintrag("navigation.programme", ProgrammeView.class, VaadinIcon.PUZZLE_PIECE),
            new Eintrag("navigation.zielgruppe", ZielgruppeView.class, VaadinIcon.USER_CHECK),
            new Eintrag("navigation.stellenrechner", StellenrechnerView.class, VaadinIcon.CALC),
            new Eintrag("navigation.audit", AuditView.class, VaadinIcon.CLIPBOARD_TEXT));

    private Navigation() {
    }

    static SideNav fuer(Nutzer nutzer) {
        SideNav navigation = new SideNav();
        navigation.setId("navigation");
        for (Eintrag eintrag : EINTRAEGE) {
            if (Zugriff.erlaubt(eintrag.ansicht(), nutzer)) {
                navigation.addItem(new SideNavItem(navigation.getTranslation(eintrag.text()), eintrag.ansicht(),
                        eintrag.symbol().create()));
            }
        }
        return navigation;
    }
}
