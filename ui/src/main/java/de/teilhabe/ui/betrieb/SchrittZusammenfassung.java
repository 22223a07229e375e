package de.teilhabe.ui.betrieb;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import de.teilhabe.ui.komponenten.Angabe;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import de.teilhabe.platform.fehler.Feldfehler;
import de.teilhabe.platform.kreis.KommuneAntrag;
import de.teilhabe.platform.kreis.OnboardingAntrag;

import java.util.Locale;

/** Step 4: everything at a glance before the Kreis is created. */
class SchrittZusammenfassung implements Schritt {
    private final VerticalLayout inhalt = new VerticalLayout();

    SchrittZusammenfassung() {
        inhalt.setPadding(false);
        inhalt.setId("onboarding-zusammenfassung");
    }

    void zeigen(OnboardingAntrag antrag) {
        inhalt.removeAll();
        inhalt.add(new H3(inhalt.getTranslation("onboarding.schritt.kreis")),
                new Angabe(inhalt.getTranslation("kreis.name"), antrag.name()), new Angabe(inhalt.getTranslation("kreis.slug"), antrag.slug()));
        inhalt.add(new H3(inhalt.getTranslation("onboarding.zusammenfassung.kommunen", antrag.kommunen().size())));
        Grid<KommuneAntrag> tabelle = new Grid<>();
        tabelle.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        tabelle.addColumn(KommuneAntrag::name).setHeader(inhalt.getTranslation("kommune.name")).setFlexGrow(2);
        tabelle.addColumn(k -> jaNein(k.eigeneAuslaenderbehoerde())).setHeader(inhalt.getTranslation("kommune.abh"));
        tabelle.addColumn(k -> jaNein(k.eigenesJugendamt())).setHeader(inhalt.getTranslation("kommune.jugendamt"));
        tabelle.addColumn(k -> jaNein(k.integrationsrat())).setHeader(inhalt.getTranslation("kommune.integrationsrat"));
        tabelle.addColumn(this::zustaendig).setHeader(inhalt.getTranslation("kommune.abh.zustaendig")).setFlexGrow(2);
        tabelle.setItems(antrag.kommunen());
        tabelle.setAllRowsVisible(true);
        inhalt.add(tabelle);
        inhalt.add(new H3(inhalt.getTranslation("onboarding.schritt.admin")),
                new Angabe(inhalt.getTranslation("admin.anzeigename"), antrag.admin().anzeigename()),
                new Angabe(inhalt.getTranslation("admin.benutzername"), antrag.admin().benutzername()));
    }

    private String zustaendig(KommuneAntrag k) {
        if (k.eigeneAuslaenderbehoerde()) {
            return inhalt.getTranslation("kommune.abh.eigene");
        }
        return k.abhKommune() == null ? inhalt.getTranslation("kommune.abh.kreis")
                : inhalt.getTranslation("kommune.abh.von", k.abhKommune());
    }

    private String jaNein(boolean wert) {
        return inhalt.getTranslation(wert ? "allgemein.ja" : "allgemein.nein");
    }

    @Override
    public String titelSchluessel() {
        return "onboarding.schritt.zusammenfassung";
    }

    @Override
    public Component inhalt() {
        return inhalt;
    }

    @Override
    public boolean pruefen() {
        return true;
    }

    @Override
    public boolean fehlerZeigen(Feldfehler fehler, Locale sprache) {
        return false;
    }

    @Override
    public void fehlerLeeren() {
    }
}
