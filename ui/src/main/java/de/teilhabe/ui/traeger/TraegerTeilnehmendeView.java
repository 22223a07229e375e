package de.teilhabe.ui.traeger;

import static de.teilhabe.ui.sitzung.Sitzung.angemeldet;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import de.teilhabe.platform.fehler.FachlicherFehler;
import de.teilhabe.platform.sicherheit.Rolle;
import de.teilhabe.platform.teilnehmer.TeilnehmerFuerTraeger;
import de.teilhabe.platform.teilnehmer.TraegerTeilnahme;
import de.teilhabe.ui.komponenten.Darstellung;
import de.teilhabe.ui.rahmen.HauptLayout;
import de.teilhabe.ui.sitzung.Erlaubt;
import io.micronaut.context.annotation.Prototype;

import java.util.List;
import java.util.UUID;

/**
 * The provider's own view: the people in its Maßnahmen who consented to data exchange with providers, with name
 * and assignment only; with an id, one person's assignments — anyone else is „not found“.
 */
@Route(value = "traeger/teilnehmende/:id?", layout = HauptLayout.class)
@Erlaubt(Rolle.MASSNAHMETRAEGER)
@Prototype
public class TraegerTeilnehmendeView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    private final TeilnehmerFuerTraeger sicht;
    private final Grid<TraegerTeilnahme> tabelle = new Grid<>();
    private final Paragraph hinweis = new Paragraph();

    public TraegerTeilnehmendeView(TeilnehmerFuerTraeger sicht) {
        this.sicht = sicht;
        addClassName("seite");
        setSizeFull();
        tabelle.setId("traeger-teilnehmende");
        tabelle.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        tabelle.addColumn(TraegerTeilnahme::name).setHeader(getTranslation("teilnehmer.name")).setKey("name").setFlexGrow(2);
        tabelle.addColumn(TraegerTeilnahme::massnahme).setHeader(getTranslation("teilnehmer.massnahme")).setKey("massnahme")
                .setFlexGrow(3);
        tabelle.addColumn(t -> Darstellung.datum(t.ab(), getLocale())).setHeader(getTranslation("teilnehmer.ab")).setKey("ab")
                .setAutoWidth(true);
        tabelle.addColumn(t -> t.ergebnis().text(getLocale())).setHeader(getTranslation("teilnehmer.ergebnis"))
                .setKey("ergebnis").setAutoWidth(true);
        tabelle.addColumn(t -> Darstellung.datum(t.bis(), getLocale())).setHeader(getTranslation("teilnehmer.bis")).setKey("bis")
                .setAutoWidth(true);
        tabelle.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(TraegerTeilnehmendeView.class,
                new RouteParameters("id", e.getItem().teilnehmerId().toString()))));
        hinweis.setId("traeger-hinweis");
        hinweis.addClassName("hinweis");
        add(new H2(getTranslation("traeger.sicht.titel")), hinweis, tabelle);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            List<TraegerTeilnahme> zeilen = event.getRouteParameters().get("id")
                    .map(id -> sicht.teilnahmen(angemeldet(), UUID.fromString(id))).orElseGet(() -> sicht.liste(angemeldet()));
            tabelle.setItems(zeilen);
            hinweis.setText(getTranslation("traeger.sicht.hinweis"));
        } catch (FachlicherFehler f) {
            tabelle.setItems(List.of());
            hinweis.setText(f.text(getLocale()));
        } catch (IllegalArgumentException e) {
            tabelle.setItems(List.of());
            hinweis.setText(getTranslation("traeger.sicht.unbekannt"));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("traeger.sicht.titel") + " · " + getTranslation("app.name");
    }
}
