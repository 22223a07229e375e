package de.teilhabe.ui.ansicht;

import de.teilhabe.ui.TestAnmeldung;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.UI;
import de.teilhabe.platform.kreis.KreisVerwaltung;
import de.teilhabe.platform.sicherheit.Nutzer;
import de.teilhabe.platform.testing.TestKreise;
import de.teilhabe.ui.TestServer;
import de.teilhabe.ui.technik.UiKontext;
import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

import java.util.HashMap;
import java.util.Map;

/**
 * Browserless view tests (Karibu): the real Micronaut context against the test database without
 * HTTP servers, views created through the same Micronaut instantiator as in production.
 */
abstract class OhneBrowser {
    static ApplicationContext kontext;
    private static final Routes ROUTEN = new Routes().autoDiscoverViews("de.teilhabe.ui");

    /** One context for all view tests of this JVM (starting it migrates every Kreis: seconds). */
    @BeforeAll
    static synchronized void kontextStarten() {
        if (kontext == null) {
            Map<String, Object> p = new HashMap<>(TestServer.grundlage());
            p.put("teilhabe.betreiber.passwort", TestKreise.BETREIBER_PASSWORT);
            kontext = ApplicationContext.builder().properties(p).start();
            Runtime.getRuntime().addShutdownHook(new Thread(kontext::close));
        }
        UiKontext.neu();
        UiKontext.setzen(kontext);
    }

    @AfterAll
    static void kontextFreigeben() {
        UiKontext.neu();
    }

    @BeforeEach
    void vaadin() {
        MockVaadin.setup(ROUTEN);
    }

    @AfterEach
    void vaadinBeenden() {
        MockVaadin.tearDown();
    }

    static void anmelden(Nutzer nutzer) {
        TestAnmeldung.anmelden(kontext, nutzer);
    }

    static void oeffnen(String pfad) {
        UI.getCurrent().navigate(pfad);
    }

    static void entfernen(String slug) {
        kontext.getBean(KreisVerwaltung.class).offboarden(TestKreise.betreiber(kontext), slug, slug);
    }
}
