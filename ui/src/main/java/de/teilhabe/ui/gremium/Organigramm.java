package de.teilhabe.ui.gremium;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import de.teilhabe.platform.gremium.GremiumKnoten;
import de.teilhabe.platform.gremium.Mitglied;
import de.teilhabe.platform.gremium.OffenerSitz;
import de.teilhabe.platform.gremium.Struktur;

import java.util.List;
import java.util.Locale;

/**
 * The organigram of a structure: one card per Gremium (name, type, rhythm, chair and office, members on the
 * day, empty seats), the Gremien below it indented under it with connecting lines.
 */
class Organigramm extends Div {

    Organigramm(Struktur struktur, Locale sprache) {
        setId("organigramm");
        addClassName("organigramm");
        struktur.wurzeln().forEach(k -> add(zweig(k, sprache)));
    }

    private Div zweig(GremiumKnoten k, Locale sprache) {
        Div zweig = new Div(karte(k, sprache));
        zweig.addClassName("organigramm-zweig");
        if (!k.untergremien().isEmpty()) {
            Div unten = new Div();
            unten.addClassName("organigramm-unten");
            k.untergremien().forEach(u -> unten.add(zweig(u, sprache)));
            zweig.add(unten);
        }
        return zweig;
    }

    private Div karte(GremiumKnoten k, Locale sprache) {
        Div karte = new Div();
        karte.addClassName("gremium-karte");
        karte.addClassName("typ-" + k.typ().name().toLowerCase(Locale.ROOT));
        karte.getElement().setAttribute("data-gremium", k.name());
        RouterLink name = new RouterLink(k.name(), GremiumView.class, new RouteParameters("id", k.id().toString()));
        name.addClassName("gremium-name");
        Span art = new Span(k.typ().text(sprache) + (k.ebene() == null ? "" : " · " + k.ebene().text(sprache)));
        art.addClassName("gremium-art");
        karte.add(name, art);
        String rhythmus = Anzeige.rhythmus(k.rhythmus());
        if (!rhythmus.isEmpty()) {
            karte.add(zeile(VaadinIcon.CALENDAR_CLOCK, rhythmus));
        }
        if (k.vorsitz() != null) {
            karte.add(zeile(VaadinIcon.USER_STAR, k.vorsitz().rolle().text(sprache) + ": " + k.vorsitz().bezeichnung()));
        }
        for (Mitglied gf : k.geschaeftsfuehrung()) {
            karte.add(zeile(VaadinIcon.OFFICE, gf.rolle().text(sprache) + ": " + gf.bezeichnung()));
        }
        karte.add(mitglieder(k.mitglieder(), k.offeneSitze(), sprache));
        return karte;
    }

    private Details mitglieder(List<Mitglied> mitglieder, List<OffenerSitz> offen, Locale sprache) {
        Div liste = new Div();
        liste.addClassName("gremium-mitglieder");
        for (Mitglied m : mitglieder) {
            Span eintrag = new Span(m.bezeichnung() + " – " + m.organisation() + " (" + m.rolle().text(sprache) + ")");
            eintrag.addClassName("gremium-mitglied");
            liste.add(eintrag);
        }
        for (OffenerSitz s : offen) {
            Span eintrag = new Span(getTranslation("gremien.sitz.offen", s.funktion()));
            eintrag.addClassNames("gremium-mitglied", "offen");
            liste.add(eintrag);
        }
        String zusammenfassung = getTranslation("gremien.mitglieder.anzahl", mitglieder.size())
                + (offen.isEmpty() ? "" : " · " + getTranslation("gremien.sitze.offen.anzahl", offen.size()));
        Details details = new Details(zusammenfassung, liste);
        details.addClassName("gremium-besetzung");
        return details;
    }

    private static Div zeile(VaadinIcon symbol, String text) {
        Div zeile = new Div(symbol.create(), new Span(text));
        zeile.addClassName("gremium-zeile");
        return zeile;
    }
}
