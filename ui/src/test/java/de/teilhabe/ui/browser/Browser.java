package de.teilhabe.ui.browser;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

/** Playwright driving Debian's Chromium (never a downloaded browser). */
final class Browser implements AutoCloseable {
    static final Path SCREENSHOTS = Paths.get("target", "screenshots");
    private final Playwright playwright;
    private final com.microsoft.playwright.Browser chromium;

    Browser() {
        if (!chromiumVorhanden()) {
            throw new IllegalStateException("Kein Chromium unter " + System.getProperty("chromium.path", "/usr/bin/chromium")
                    + ": apt-get install -y chromium (oder -Dchromium.path=..., oder -DskipBrowserTests=true)");
        }
        // onboarding creates a schema, a role and migrates it: on a busy 2-core machine that takes seconds
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        String pfad = System.getProperty("chromium.path", "/usr/bin/chromium");
        chromium = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Paths.get(pfad))
                .setHeadless(true)
                .setArgs(List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking")));
    }

    /** A fresh browser profile (own cookies, so an own Vaadin session). */
    Page neueSeite(String sprache) {
        BrowserContext kontext = chromium.newContext(new NewContextOptions()
                .setViewportSize(1400, 900).setLocale(sprache).setAcceptDownloads(true));
        Page seite = kontext.newPage();
        seite.setDefaultTimeout(20_000);
        return seite;
    }

    static void bildschirmfoto(Page seite, String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        seite.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
    }

    static boolean chromiumVorhanden() {
        return Files.isExecutable(Paths.get(System.getProperty("chromium.path", "/usr/bin/chromium")));
    }

    @Override
    public void close() {
        chromium.close();
        playwright.close();
    }
}
