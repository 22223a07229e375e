package de.teilhabe.ui.browser;

import com.microsoft.playwright.Page;
import de.teilhabe.ui.TeilhabeServer;
import de.teilhabe.ui.TestServer;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

class SpikeBrowserTest {
    @Test
    void anmeldeseiteWirdAngezeigt() throws Exception {
        try (TeilhabeServer server = TestServer.starten(Map.of()); Browser browser = new Browser()) {
            Page seite = browser.neueSeite();
            seite.navigate(server.uiUrl() + "/login");
            assertThat(seite.locator("h1")).containsText("Anmeldung");
            Browser.bildschirmfoto(seite, "00-spike");
        }
    }
}
