package de.teilhabe.ui.anmeldung;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import de.teilhabe.platform.demo.DemoZugang;

import java.util.List;

/** The demo accounts, only shown when the platform runs with demo data. */
class DemoZugaengeListe extends Details {
    DemoZugaengeListe(List<DemoZugang> zugaenge) {
        setSummaryText(getTranslation("anmeldung.demo.titel"));
        addClassName("demo-zugaenge");
        Grid<DemoZugang> tabelle = new Grid<>();
        tabelle.addColumn(DemoZugang::benutzername).setHeader(getTranslation("anmeldung.demo.benutzername")).setAutoWidth(true);
        tabelle.addColumn(DemoZugang::passwort).setHeader(getTranslation("anmeldung.demo.passwort")).setAutoWidth(true);
        tabelle.addColumn(DemoZugang::rolle).setHeader(getTranslation("anmeldung.demo.rolle")).setAutoWidth(true);
        tabelle.addColumn(z -> z.kreis() == null ? "—" : z.kreis()).setHeader(getTranslation("anmeldung.demo.kreis")).setAutoWidth(true);
        tabelle.setItems(zugaenge);
        tabelle.setAllRowsVisible(true);
        tabelle.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        add(tabelle);
    }
}
