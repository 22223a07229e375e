package de.teilhabe.ui.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** What a person does on a Teilhabe page, in Playwright terms (Vaadin components by element id). */
final class Seite {
    private final Page page;
    private final String basis;

    Seite(Page page, String basis) {
        this.page = page;
        this.basis = basis;
    }

    Page page() {
        return page;
    }

    void oeffnen(String pfad) {
        page.navigate(basis + "/" + pfad);
        warten();
    }

    void anmelden(String benutzer, String passwort) {
        assertThat(page.locator("vaadin-login-form")).isVisible();
        page.locator("#vaadinLoginUsername input").fill(benutzer);
        page.locator("#vaadinLoginPassword input").fill(passwort);
        page.locator("vaadin-login-form vaadin-button").first().click();
        warten();
    }

    void eingeben(String id, String text) {
        Locator feld = page.locator("#" + id + " input");
        feld.fill(text);
        feld.press("Tab");
    }

    void ankreuzen(String id) {
        page.locator("#" + id + " input").check();
    }

    void waehlen(String id, String eintrag) {
        waehlen(page.locator("#" + id), eintrag);
    }

    void waehlen(Locator auswahl, String eintrag) {
        auswahl.click();
        page.locator("vaadin-select-overlay[opened] vaadin-select-item").filter(new Locator.FilterOptions().setHasText(eintrag)).first().click();
    }

    /** A vaadin-combo-box: type, then click the matching entry. */
    void auswaehlen(String id, String eintrag) {
        page.locator("#" + id + " input").fill(eintrag);
        page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText(eintrag)).first().click();
        warten();
    }

    /** A vaadin-date-picker, typed as the offices write dates (31.03.2021). */
    void datum(String id, String datum) {
        Locator feld = page.locator("#" + id + " input");
        feld.fill(datum);
        feld.press("Enter");
        warten();
    }

    void klicken(String id) {
        page.locator("#" + id).click();
        warten();
    }

    /** A grid cell with exactly this text (escaped by hand: Playwright hands the pattern to JavaScript, which knows no \\Q). */
    Locator zelle(String tabelle, String text) {
        return page.locator("#" + tabelle + " vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText(
                        java.util.regex.Pattern.compile("^\\s*" + text.replaceAll("[\\W&&[^ ]]", "\\\\$0") + "\\s*$")));
    }

    /**
     * Like {@link #zelle}, but only cells of rows on screen: after filtering, the grid keeps rows it no longer needs
     * hidden with their old content, so the same text can stand in a visible and a hidden cell.
     */
    Locator sichtbareZelle(String tabelle, String text) {
        return zelle(tabelle, text).filter(new Locator.FilterOptions().setVisible(true));
    }

    /** Until Vaadin has answered every pending server round trip. */
    void warten() {
        page.waitForFunction("() => window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients"
                + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive())");
    }

    void foto(String name) {
        warten();
        page.waitForTimeout(300);
        Browser.bildschirmfoto(page, name);
    }
}
