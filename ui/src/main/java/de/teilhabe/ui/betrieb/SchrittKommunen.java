package de.teilhabe.ui.betrieb;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import de.teilhabe.platform.fehler.Feldfehler;
import de.teilhabe.platform.kreis.KommuneAntrag;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Step 2: the Kommunen of the Kreis, one row each. */
class SchrittKommunen implements Schritt {
    private static final Pattern KOMMUNE_FELD = Pattern.compile("kommunen\\[(\\d+)]\\.(name|abhKommune)");
    private final VerticalLayout inhalt = new VerticalLayout();
    private final VerticalLayout zeilen = new VerticalLayout();
    private final List<KommuneZeile> liste = new ArrayList<>();
    /** The rows sent with the last request, in the order of the platform's field indexes. */
    private List<KommuneZeile> gesendet = List.of();

    SchrittKommunen() {
        inhalt.setPadding(false);
        zeilen.setPadding(false);
        zeilen.setSpacing(false);
        Button hinzufuegen = new Button(inhalt.getTranslation("onboarding.kommune.hinzufuegen"),
                VaadinIcon.PLUS.create(), e -> hinzufuegen());
        hinzufuegen.setId("kommune-hinzufuegen");
        inhalt.add(new Paragraph(inhalt.getTranslation("onboarding.kommunen.hinweis")), zeilen, hinzufuegen);
        hinzufuegen();
    }

    private void hinzufuegen() {
        KommuneZeile[] zeile = new KommuneZeile[1];
        zeile[0] = new KommuneZeile(this::aktualisieren, () -> entfernen(zeile[0]));
        liste.add(zeile[0]);
        zeilen.add(zeile[0]);
        aktualisieren();
    }

    private void entfernen(KommuneZeile zeile) {
        liste.remove(zeile);
        zeilen.remove(zeile);
        aktualisieren();
    }

    private void aktualisieren() {
        List<String> mitAbh = liste.stream().filter(KommuneZeile::hatEigeneAbh).map(KommuneZeile::name)
                .filter(n -> !n.isEmpty()).toList();
        for (int i = 0; i < liste.size(); i++) {
            liste.get(i).nummerieren(i);
            liste.get(i).abhAuswahl(mitAbh);
        }
    }

    List<KommuneAntrag> kommunen() {
        gesendet = liste.stream().filter(z -> !z.leer()).toList();
        return gesendet.stream().map(KommuneZeile::antrag).toList();
    }

    @Override
    public String titelSchluessel() {
        return "onboarding.schritt.kommunen";
    }

    @Override
    public Component inhalt() {
        return inhalt;
    }

    @Override
    public boolean pruefen() {
        boolean ok = true;
        for (KommuneZeile zeile : liste) {
            if (!zeile.leer()) {
                ok &= Pflicht.ausgefuellt(zeile.nameFeld());
            }
        }
        return ok;
    }

    @Override
    public boolean fehlerZeigen(Feldfehler fehler, Locale sprache) {
        Matcher m = KOMMUNE_FELD.matcher(fehler.feld() == null ? "" : fehler.feld());
        if (!m.matches() || Integer.parseInt(m.group(1)) >= gesendet.size()) {
            return false;
        }
        KommuneZeile zeile = gesendet.get(Integer.parseInt(m.group(1)));
        String text = fehler.text(sprache);
        return "name".equals(m.group(2)) ? Pflicht.zeigen(zeile.nameFeld(), text) : Pflicht.zeigen(zeile.abhFeld(), text);
    }

    @Override
    public void fehlerLeeren() {
        liste.forEach(KommuneZeile::fehlerLeeren);
    }
}
