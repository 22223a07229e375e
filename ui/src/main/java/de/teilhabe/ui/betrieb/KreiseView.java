package de.teilhabe.ui.betrieb;

import static de.teilhabe.ui.sitzung.Sitzung.angemeldet;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import de.teilhabe.platform.fehler.FachlicherFehler;
import de.teilhabe.platform.kreis.Kreis;
import de.teilhabe.platform.kreis.KreisVerwaltung;
import de.teilhabe.platform.sicherheit.Rolle;
import de.teilhabe.ui.komponenten.Fehleranzeige;
import de.teilhabe.ui.rahmen.HauptLayout;
import de.teilhabe.ui.sitzung.Erlaubt;
import de.teilhabe.ui.sprache.Formate;
import io.micronaut.context.annotation.Prototype;

import java.io.ByteArrayInputStream;

/**
 * Operator: all Kreise (metadata only, no personal data) with offboarding, and the export (ZIP) where the Kreis's
 * admin granted one: the button is disabled, and the column says why, until then.
 */
@Route(value = "betrieb/kreise", layout = HauptLayout.class)
@Erlaubt(Rolle.BETREIBER)
@Prototype
public class KreiseView extends VerticalLayout implements HasDynamicTitle {
    private final KreisVerwaltung verwaltung;
    private final Grid<Kreis> tabelle = new Grid<>();
    private final TextField suche = new TextField();
    private final Fehleranzeige fehler = new Fehleranzeige();

    public KreiseView(KreisVerwaltung verwaltung) {
        this.verwaltung = verwaltung;
        addClassName("seite");
        setSizeFull();
        H2 titel = new H2(getTranslation("kreise.titel"));
        Button neu = new Button(getTranslation("kreise.onboarding"), VaadinIcon.PLUS.create(),
                e -> UI.getCurrent().navigate(OnboardingView.class));
        neu.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        neu.setId("kreis-onboarding");
        suche.setPlaceholder(getTranslation("kreise.suche"));
        suche.setPrefixComponent(VaadinIcon.SEARCH.create());
        suche.setClearButtonVisible(true);
        suche.setValueChangeMode(ValueChangeMode.EAGER);
        suche.setId("kreise-suche");
        suche.setWidth("20rem");
        suche.addValueChangeListener(e -> tabelle.getListDataView().setFilter(this::passt));
        Button aktualisieren = new Button(getTranslation("kreise.aktualisieren"), VaadinIcon.REFRESH.create(),
                e -> laden());
        aktualisieren.setId("kreise-aktualisieren");
        HorizontalLayout kopf = new HorizontalLayout(titel, suche, aktualisieren, neu);
        kopf.addClassName("seitenkopf");
        kopf.setWidthFull();
        kopf.expand(titel);

        tabelle.setId("kreise");
        tabelle.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        tabelle.addColumn(Kreis::name).setHeader(getTranslation("kreis.name")).setSortable(true).setFlexGrow(3);
        tabelle.addColumn(Kreis::slug).setHeader(getTranslation("kreis.slug")).setSortable(true).setFlexGrow(2);
        tabelle.addColumn(k -> Formate.datum(k.angelegtAm(), getLocale()))
                .setHeader(getTranslation("kreis.angelegt")).setAutoWidth(true).setFlexGrow(0);
        tabelle.addColumn(this::freigabe).setHeader(getTranslation("kreise.freigabe")).setKey("freigabe")
                .setFlexGrow(2);
        tabelle.addComponentColumn(this::aktionen).setHeader("").setKey("aktionen").setAutoWidth(true).setFlexGrow(0);
        Paragraph hinweis = new Paragraph(getTranslation("kreise.export.hinweis"));
        hinweis.setId("kreise-export-hinweis");
        fehler.setId("kreise-fehler");
        add(kopf, hinweis, fehler, tabelle);
        laden();
    }

    private String freigabe(Kreis kreis) {
        return kreis.exportFreigegebenBis() == null ? getTranslation("kreise.freigabe.keine")
                : getTranslation("kreise.freigabe.bis", Formate.zeitpunkt(kreis.exportFreigegebenBis(), getLocale()));
    }

    private HorizontalLayout aktionen(Kreis kreis) {
        Button exportKnopf = new Button(getTranslation("kreise.export"), VaadinIcon.DOWNLOAD.create());
        exportKnopf.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        Component export = exportKnopf;
        if (kreis.exportFreigegebenBis() == null) {
            // no grant: no download handler at all, only the disabled button with the reason
            exportKnopf.setEnabled(false);
            exportKnopf.setTooltipText(getTranslation("kreise.freigabe.keine"));
            exportKnopf.getElement().setAttribute("data-slug", kreis.slug());
            exportKnopf.addClassName("kreis-export");
        } else {
            Anchor link = new Anchor(DownloadHandler.fromInputStream(e -> {
                try {
                    byte[] zip = verwaltung.exportieren(angemeldet(), kreis.slug());
                    // the grant is used up: the list shows it at the next round trip
                    e.getUI().access(this::laden);
                    return new DownloadResponse(new ByteArrayInputStream(zip), kreis.slug() + "-export.zip",
                            "application/zip", zip.length);
                } catch (FachlicherFehler f) {
                    // withdrawn, expired or used up since the list was loaded: no archive, the reason on the page
                    String text = f.text(e.getUI().getLocale());
                    e.getUI().access(() -> {
                        laden();
                        fehler.zeigen(text);
                    });
                    return DownloadResponse.error(f.art().status(), text);
                }
            }), AttachmentType.DOWNLOAD, "");
            link.add(exportKnopf);
            link.getElement().setAttribute("data-slug", kreis.slug());
            link.addClassName("kreis-export");
            export = link;
        }

        Button offboarding = new Button(getTranslation("kreise.offboarding"), VaadinIcon.TRASH.create(),
                e -> new OffboardingDialog(kreis, this::offboarden).open());
        offboarding.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        offboarding.getElement().setAttribute("data-slug", kreis.slug());
        offboarding.addClassName("kreis-offboarding");
        HorizontalLayout aktionen = new HorizontalLayout(export, offboarding);
        aktionen.setSpacing(false);
        return aktionen;
    }

    private void offboarden(Kreis kreis, String bestaetigung) {
        verwaltung.offboarden(angemeldet(), kreis.slug(), bestaetigung);
        laden();
        Notification.show(getTranslation("kreise.offboarding.erfolg", kreis.name()), 4000,
                Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    private void laden() {
        fehler.leeren();
        tabelle.setItems(verwaltung.alle(angemeldet())).setFilter(this::passt);
    }

    private boolean passt(Kreis kreis) {
        String begriff = suche.getValue().trim().toLowerCase(getLocale());
        return begriff.isEmpty() || kreis.slug().toLowerCase(getLocale()).contains(begriff)
                || kreis.name().toLowerCase(getLocale()).contains(begriff);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("kreise.titel") + " · " + getTranslation("app.name");
    }
}
