package de.teilhabe.ui.audit;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import de.teilhabe.platform.audit.AuditEintrag;
import de.teilhabe.platform.audit.AuditProtokoll;
import de.teilhabe.platform.sicherheit.Nutzer;
import de.teilhabe.platform.sicherheit.Rolle;
import de.teilhabe.ui.rahmen.HauptLayout;
import de.teilhabe.ui.sitzung.Erlaubt;
import de.teilhabe.ui.sitzung.Sitzung;
import de.teilhabe.ui.sprache.Formate;
import io.micronaut.context.annotation.Prototype;

/** The newest audit entries: of the own Kreis for the Kreis-Admin, of the platform for the operator. */
@Route(value = "audit", layout = HauptLayout.class)
@Erlaubt({Rolle.KREIS_ADMIN, Rolle.BETREIBER})
@Prototype
public class AuditView extends VerticalLayout implements HasDynamicTitle {
    static final int ANZAHL = 200;

    public AuditView(AuditProtokoll protokoll) {
        Nutzer nutzer = Sitzung.angemeldet();
        addClassName("seite");
        setSizeFull();
        Grid<AuditEintrag> tabelle = new Grid<>();
        tabelle.setId("audit");
        tabelle.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        tabelle.addColumn(e -> Formate.zeitpunkt(e.zeitpunkt(), getLocale()))
                .setHeader(getTranslation("audit.zeitpunkt")).setAutoWidth(true).setFlexGrow(0);
        tabelle.addColumn(AuditEintrag::benutzer).setHeader(getTranslation("audit.benutzer")).setAutoWidth(true).setFlexGrow(0);
        tabelle.addColumn(AuditEintrag::aktion).setHeader(getTranslation("audit.aktion")).setAutoWidth(true).setFlexGrow(0);
        tabelle.addComponentColumn(AuditView::objekt).setHeader(getTranslation("audit.objekt")).setAutoWidth(true).setFlexGrow(0);
        tabelle.addComponentColumn(AuditView::aenderung).setHeader(getTranslation("audit.aenderung")).setFlexGrow(1);
        tabelle.setItems(protokoll.neueste(nutzer, ANZAHL));
        add(new H2(getTranslation("audit.titel")),
                new Paragraph(getTranslation(nutzer.kreisSlug() == null ? "audit.hinweis.plattform" : "audit.hinweis.kreis", ANZAHL)),
                tabelle);
    }

    /** Type and a short id; the full id as tooltip. */
    private static Span objekt(AuditEintrag eintrag) {
        String id = eintrag.objektId() == null ? "" : eintrag.objektId();
        Span text = new Span(eintrag.objektTyp() + (id.isEmpty() ? "" : " " + (id.length() > 8 ? id.substring(0, 8) + "…" : id)));
        text.getElement().setAttribute("title", id);
        return text;
    }

    private static Span aenderung(AuditEintrag eintrag) {
        Span text = new Span(Aenderungstext.lesbar(eintrag.aenderung()));
        text.addClassName("audit-aenderung");
        text.getElement().setAttribute("title", eintrag.aenderung() == null ? "" : eintrag.aenderung());
        return text;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.titel") + " · " + getTranslation("app.name");
    }
}
