package de.teilhabe.ui.anmeldung;

import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import de.teilhabe.platform.sicherheit.Anmeldekreis;
import de.teilhabe.platform.sicherheit.Kreiswahl;
import jakarta.servlet.http.Cookie;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Where the account lives, chosen on the sign-in page: one of the onboarded Kreise (by name) or the platform
 * operation. Preselected from {@code ?kreis=<slug>} (or {@code ?kreis=betrieb}), else from the choice remembered in a
 * cookie at the last successful sign-in. Left empty, the sign-in works as the API's without a Kreis: only for a name
 * that exactly one active account on the platform has.
 */
class Kreisauswahl extends Select<Kreisauswahl.Eintrag> {
    static final String COOKIE = "teilhabe-kreis";
    static final String BETRIEB = "betrieb";
    private static final int EIN_JAHR = 365 * 24 * 60 * 60;

    /** One entry: a Kreis (slug and name) or, with {@code slug} {@value #BETRIEB} and no Kreis, the platform. */
    record Eintrag(String slug, String name, boolean betrieb) {
        Kreiswahl wahl() {
            return betrieb ? Kreiswahl.betriebskonto() : Kreiswahl.kreis(slug);
        }
    }

    Kreisauswahl(List<Anmeldekreis> kreise) {
        setId("anmeldung-kreis");
        addClassName("anmeldung-kreis");
        setLabel(getTranslation("anmeldung.kreis"));
        setHelperText(getTranslation("anmeldung.kreis.hinweis"));
        // the empty entry (no Kreis chosen) is the item null: it shows the empty-selection caption
        setItemLabelGenerator(e -> e == null ? "" : e.name());
        setEmptySelectionAllowed(true);
        setEmptySelectionCaption(getTranslation("anmeldung.kreis.keiner"));
        List<Eintrag> eintraege = new ArrayList<>();
        kreise.forEach(k -> eintraege.add(new Eintrag(k.slug(), k.name(), false)));
        eintraege.add(new Eintrag(BETRIEB, getTranslation("anmeldung.kreis.betrieb"), true));
        setItems(eintraege);
        setWidthFull();
    }

    /** What the sign-in looks in: the entry chosen, or none ({@link Kreiswahl#offen()}). */
    Kreiswahl wahl() {
        return Optional.ofNullable(getValue()).map(Eintrag::wahl).orElse(Kreiswahl.offen());
    }

    /** Chooses the entry a URL parameter or the remembered cookie names, if any; a Kreis slug before the platform. */
    void vorwaehlen(Optional<String> ausAdresse) {
        ausAdresse.or(Kreisauswahl::gemerkt).flatMap(this::eintrag).ifPresent(this::setValue);
    }

    private Optional<Eintrag> eintrag(String kennung) {
        List<Eintrag> alle = getListDataView().getItems().toList();
        return alle.stream().filter(e -> !e.betrieb() && e.slug().equals(kennung)).findFirst()
                .or(() -> alle.stream().filter(e -> e.betrieb() && e.slug().equals(kennung)).findFirst());
    }

    private static Optional<String> gemerkt() {
        VaadinRequest anfrage = VaadinRequest.getCurrent();
        Cookie[] cookies = anfrage == null ? null : anfrage.getCookies();
        return cookies == null ? Optional.empty() : Arrays.stream(cookies).filter(c -> COOKIE.equals(c.getName()))
                .map(Cookie::getValue).findFirst();
    }

    /** Remembers the chosen entry for the next visit (a year; nothing secret: only which Kreis). */
    void merken() {
        VaadinResponse antwort = VaadinResponse.getCurrent();
        VaadinRequest anfrage = VaadinRequest.getCurrent();
        Eintrag gewaehlt = getValue();
        if (antwort == null || anfrage == null || gewaehlt == null) {
            return;
        }
        Cookie cookie = new Cookie(COOKIE, gewaehlt.slug());
        String pfad = anfrage.getContextPath();
        cookie.setPath(pfad == null || pfad.isEmpty() ? "/" : pfad);
        cookie.setMaxAge(EIN_JAHR);
        cookie.setHttpOnly(true);
        cookie.setSecure(anfrage.isSecure());
        cookie.setAttribute("SameSite", "Lax");
        antwort.addCookie(cookie);
    }
}
