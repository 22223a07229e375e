package de.teilhabe.ui.ansicht;

import com.github.mvysny.kaributesting.v10.LoginFormKt;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.server.VaadinSession;
import de.teilhabe.platform.testing.TestKreise;
import de.teilhabe.platform.sicherheit.Nutzer;
import de.teilhabe.ui.anmeldung.AnmeldeView;
import de.teilhabe.ui.betrieb.KreiseView;
import de.teilhabe.ui.betrieb.OnboardingView;
import de.teilhabe.ui.kommune.KommunenView;
import de.teilhabe.ui.rahmen.KeinZugriffView;
import de.teilhabe.ui.sitzung.Sitzung;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class ZugangskontrolleTest extends OhneBrowser {
    private static String slug;

    @BeforeAll
    static void kreis() {
        slug = TestKreise.slug("wache");
        TestKreise.onboarden(kontext, slug);
    }

    @AfterAll
    static void aufraeumen() {
        entfernen(slug);
    }

    @Test
    void ohneAnmeldungGehtEsZurAnmeldung() {
        oeffnen("kommunen");
        _assertOne(AnmeldeView.class);
        _assertNone(KommunenView.class);
    }

    @Test
    void anmeldungMitFalschemPasswortZeigtDeutschenFehler() {
        oeffnen("login");
        LoginForm formular = _get(LoginForm.class);
        LoginFormKt._login(formular, slug + ".admin", "falsch");
        assertThat(formular.isError()).isTrue();
        _assertOne(AnmeldeView.class);
        assertThat(Sitzung.nutzer()).isEmpty();
    }

    @Test
    void anmeldungFuehrtKreisAdminZuSeinenKommunen() {
        oeffnen("login");
        LoginFormKt._login(_get(LoginForm.class), slug + ".admin", TestKreise.ADMIN_PASSWORT);
        _assertOne(KommunenView.class);
        assertThat(Sitzung.nutzer()).map(Nutzer::kreisSlug).contains(slug);
        assertThat(VaadinSession.getCurrent().getSession().getMaxInactiveInterval()).isEqualTo(30 * 60);
    }

    @Test
    void kreisAdminBekommtBetriebsansichtenNicht() {
        anmelden(TestKreise.admin(kontext, slug));
        oeffnen("betrieb/kreise");
        _assertOne(KeinZugriffView.class);
        _assertNone(KreiseView.class);
        oeffnen("betrieb/onboarding");
        _assertNone(OnboardingView.class);
        assertThat(_find(SideNavItem.class).stream().map(SideNavItem::getPath))
                .contains("kommunen", "audit").noneMatch(pfad -> pfad.startsWith("betrieb"));
    }

    @Test
    void unbekannterOderGeloeschterNutzerWirdAbgemeldet() {
        Nutzer admin = TestKreise.admin(kontext, slug);
        VaadinSession.getCurrent().setAttribute(Nutzer.class, new Nutzer(java.util.UUID.randomUUID(),
                admin.benutzername(), admin.anzeigename(), admin.kreisSlug(), admin.kreisName(), admin.rollen()));
        oeffnen("kommunen");
        _assertOne(AnmeldeView.class);
        assertThat(Sitzung.nutzer()).isEmpty();
    }

    @Test
    void betreiberLandetBeiDenKreisenUndSiehtKeineKommunen() {
        anmelden(TestKreise.betreiber(kontext));
        oeffnen("");
        _assertOne(KreiseView.class);
        oeffnen("kommunen");
        _assertOne(KeinZugriffView.class);
    }
}
