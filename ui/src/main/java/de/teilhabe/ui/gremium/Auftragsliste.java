package de.teilhabe.ui.gremium;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import de.teilhabe.platform.gremium.AuftragZeile;
import de.teilhabe.ui.komponenten.Darstellung;

import java.util.Comparator;

/** Tasks as a table: what, who, from which meeting, due when, status; overdue ones are marked. */
class Auftragsliste extends Grid<AuftragZeile> {

    Auftragsliste(String id, boolean mitHerkunft) {
        setId(id);
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        setAllRowsVisible(true);
        addColumn(AuftragZeile::text).setHeader(getTranslation("gremien.auftrag")).setKey("text").setFlexGrow(3);
        addColumn(AuftragZeile::zustaendig).setHeader(getTranslation("gremien.zustaendig")).setKey("zustaendig")
                .setSortable(true).setComparator(AuftragZeile::zustaendig).setFlexGrow(2);
        if (mitHerkunft) {
            addComponentColumn(a -> new RouterLink(a.gremium() + ", " + Darstellung.datum(a.sitzungAm(), getLocale()),
                    SitzungView.class, new RouteParameters("id", a.sitzungId().toString())))
                    .setHeader(getTranslation("gremien.auftrag.herkunft")).setKey("herkunft").setFlexGrow(2);
        }
        addColumn(a -> Darstellung.datum(a.faelligAm(), getLocale())).setHeader(getTranslation("gremien.faellig"))
                .setKey("faellig").setSortable(true).setComparator(Comparator.comparing(AuftragZeile::faelligAm))
                .setAutoWidth(true).setFlexGrow(0);
        addColumn(a -> a.status().text(getLocale()) + (a.ueberfaellig() ? " · " + getTranslation("gremien.ueberfaellig") : ""))
                .setHeader(getTranslation("gremien.status")).setKey("status").setAutoWidth(true).setFlexGrow(0);
        setPartNameGenerator(a -> a.ueberfaellig() ? "ueberfaellig" : null);
    }
}
