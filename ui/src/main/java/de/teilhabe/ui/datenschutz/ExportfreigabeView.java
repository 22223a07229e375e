package de.teilhabe.ui.datenschutz;

import static de.teilhabe.ui.sitzung.Sitzung.angemeldet;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import de.teilhabe.platform.fehler.FachlicherFehler;
import de.teilhabe.platform.kreis.ExportfreigabeAnsicht;
import de.teilhabe.platform.kreis.ExportfreigabeDaten;
import de.teilhabe.platform.kreis.Exportfreigaben;
import de.teilhabe.platform.kreis.Freigabestatus;
import de.teilhabe.platform.sicherheit.Rolle;
import de.teilhabe.ui.komponenten.Fehleranzeige;
import de.teilhabe.ui.rahmen.HauptLayout;
import de.teilhabe.ui.sitzung.Erlaubt;
import de.teilhabe.ui.sprache.Formate;
import io.micronaut.context.annotation.Prototype;

import java.util.List;

/**
 * The Kreis admin grants the platform operator one export of the Kreis's data (valid 24 hours, one download),
 * withdraws an open grant and sees the latest grants with how they ended. The audit log shows the same events.
 */
@Route(value = "datenschutz/exportfreigabe", layout = HauptLayout.class)
@Erlaubt(Rolle.KREIS_ADMIN)
@Prototype
public class ExportfreigabeView extends VerticalLayout implements HasDynamicTitle {
    private final Exportfreigaben freigaben;
    private final TextField zweck = new TextField();
    private final Button erteilen = new Button(getTranslation("exportfreigabe.erteilen"), VaadinIcon.UNLOCK.create());
    private final Button widerrufen = new Button(getTranslation("exportfreigabe.widerrufen"), VaadinIcon.LOCK.create());
    private final Paragraph stand = new Paragraph();
    private final Grid<ExportfreigabeAnsicht> tabelle = new Grid<>();
    private final Fehleranzeige fehler = new Fehleranzeige();

    public ExportfreigabeView(Exportfreigaben freigaben) {
        this.freigaben = freigaben;
        addClassName("seite");
        zweck.setLabel(getTranslation("exportfreigabe.zweck"));
        zweck.setHelperText(getTranslation("exportfreigabe.zweck.hilfe"));
        zweck.setId("exportfreigabe-zweck");
        zweck.setWidth("28rem");
        erteilen.setId("exportfreigabe-erteilen");
        erteilen.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        erteilen.addClickListener(e -> erteilen());
        widerrufen.setId("exportfreigabe-widerrufen");
        widerrufen.addThemeVariants(ButtonVariant.LUMO_ERROR);
        widerrufen.addClickListener(e -> widerrufen());
        stand.setId("exportfreigabe-stand");
        HorizontalLayout eingabe = new HorizontalLayout(zweck, erteilen, widerrufen);
        eingabe.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        tabelle.setId("exportfreigaben");
        tabelle.setAllRowsVisible(true);
        tabelle.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        tabelle.addColumn(f -> Formate.zeitpunkt(f.erteiltAm(), getLocale())).setKey("erteiltAm")
                .setHeader(getTranslation("exportfreigabe.erteilt.am")).setAutoWidth(true).setFlexGrow(0);
        tabelle.addColumn(ExportfreigabeAnsicht::erteiltVon).setKey("erteiltVon")
                .setHeader(getTranslation("exportfreigabe.erteilt.von")).setAutoWidth(true).setFlexGrow(0);
        tabelle.addColumn(ExportfreigabeAnsicht::zweck).setKey("zweck")
                .setHeader(getTranslation("exportfreigabe.zweck")).setFlexGrow(2);
        tabelle.addColumn(f -> Formate.zeitpunkt(f.gueltigBis(), getLocale())).setKey("gueltigBis")
                .setHeader(getTranslation("exportfreigabe.gueltig.bis")).setAutoWidth(true).setFlexGrow(0);
        tabelle.addColumn(f -> getTranslation("exportfreigabe.status." + f.status().name())).setKey("status")
                .setHeader(getTranslation("exportfreigabe.status")).setAutoWidth(true).setFlexGrow(0);
        tabelle.addColumn(this::abschluss).setKey("abschluss")
                .setHeader(getTranslation("exportfreigabe.abschluss")).setFlexGrow(2);

        add(new H2(getTranslation("exportfreigabe.titel")), new Paragraph(getTranslation("exportfreigabe.hinweis")),
                stand, fehler, eingabe, new H3(getTranslation("exportfreigabe.liste")), tabelle);
        laden();
    }

    private String abschluss(ExportfreigabeAnsicht f) {
        if (f.eingeloestAm() != null) {
            return getTranslation("exportfreigabe.abschluss.export", Formate.zeitpunkt(f.eingeloestAm(), getLocale()),
                    f.eingeloestVon(), f.bytes());
        }
        if (f.widerrufenAm() != null) {
            return getTranslation("exportfreigabe.abschluss.widerruf",
                    Formate.zeitpunkt(f.widerrufenAm(), getLocale()), f.widerrufenVon());
        }
        return "";
    }

    private void erteilen() {
        fehler.leeren();
        zweck.setInvalid(false);
        try {
            ExportfreigabeAnsicht neu = freigaben.erteilen(angemeldet(), new ExportfreigabeDaten(zweck.getValue()));
            zweck.clear();
            laden();
            Notification.show(getTranslation("exportfreigabe.erteilt", Formate.zeitpunkt(neu.gueltigBis(), getLocale())),
                    4000, Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (FachlicherFehler f) {
            if (f.feldfehler().isEmpty()) {
                fehler.zeigen(f.text(getLocale()));
            } else {
                zweck.setInvalid(true);
                zweck.setErrorMessage(f.feldfehler().get(0).text(getLocale()));
            }
        }
    }

    private void widerrufen() {
        fehler.leeren();
        try {
            freigaben.widerrufen(angemeldet());
            laden();
            Notification.show(getTranslation("exportfreigabe.widerrufen.erfolg"), 4000,
                    Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (FachlicherFehler f) {
            fehler.zeigen(f.text(getLocale()));
            laden();
        }
    }

    private void laden() {
        List<ExportfreigabeAnsicht> liste = freigaben.liste(angemeldet());
        tabelle.setItems(liste);
        ExportfreigabeAnsicht offen = liste.stream().filter(f -> f.status() == Freigabestatus.OFFEN).findFirst()
                .orElse(null);
        stand.setText(offen == null ? getTranslation("exportfreigabe.keine")
                : getTranslation("exportfreigabe.offen", Formate.zeitpunkt(offen.gueltigBis(), getLocale()),
                        offen.zweck()));
        erteilen.setEnabled(offen == null);
        zweck.setEnabled(offen == null);
        widerrufen.setEnabled(offen != null);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("exportfreigabe.titel") + " · " + getTranslation("app.name");
    }
}
