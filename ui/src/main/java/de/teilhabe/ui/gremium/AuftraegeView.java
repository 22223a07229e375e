package de.teilhabe.ui.gremium;

import static de.teilhabe.ui.sitzung.Sitzung.angemeldet;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import de.teilhabe.platform.fehler.FachlicherFehler;
import de.teilhabe.platform.gremium.AuftraegeDienst;
import de.teilhabe.platform.gremium.AuftragFilter;
import de.teilhabe.platform.gremium.AuftragZeile;
import de.teilhabe.platform.gremium.Auftragsstatus;
import de.teilhabe.platform.sicherheit.Rolle;
import de.teilhabe.ui.rahmen.HauptLayout;
import de.teilhabe.ui.sitzung.Erlaubt;
import io.micronaut.context.annotation.Prototype;

/**
 * The tasks (Aufträge) of all Gremien: the open ones, mine (assigned to me or to a Gremium I sit in), the overdue
 * ones, or all; KI and Kreis admin set the status here.
 */
@Route(value = "gremien/auftraege", layout = HauptLayout.class)
@Erlaubt({Rolle.KREIS_ADMIN, Rolle.KI_KOORDINATION, Rolle.CASE_MANAGEMENT, Rolle.GREMIUM_LESERECHT})
@Prototype
public class AuftraegeView extends VerticalLayout implements HasDynamicTitle {
    enum Auswahl { OFFEN, MEINE, UEBERFAELLIG, ALLE }

    private final AuftraegeDienst auftraege;
    private final RadioButtonGroup<Auswahl> auswahl = new RadioButtonGroup<>();
    private final Auftragsliste liste = new Auftragsliste("auftraege", true);

    public AuftraegeView(AuftraegeDienst auftraege) {
        this.auftraege = auftraege;
        addClassName("seite");
        setSizeFull();
        auswahl.setId("auftraege-auswahl");
        auswahl.setItems(Auswahl.values());
        auswahl.setItemLabelGenerator(a -> getTranslation("gremien.auftraege." + a.name().toLowerCase(java.util.Locale.ROOT)));
        auswahl.setValue(Auswahl.OFFEN);
        auswahl.addValueChangeListener(e -> laden());
        if (Rechte.schreiben(angemeldet())) {
            liste.addComponentColumn(this::statusAuswahl).setHeader(getTranslation("gremien.status.setzen"))
                    .setAutoWidth(true).setFlexGrow(0);
        }
        add(new H2(getTranslation("gremien.auftraege.titel")), auswahl, liste);
        laden();
    }

    private Select<Auftragsstatus> statusAuswahl(AuftragZeile a) {
        Select<Auftragsstatus> status = new Select<>();
        status.setItems(Auftragsstatus.values());
        status.setItemLabelGenerator(s -> s.text(getLocale()));
        status.setValue(a.status());
        status.addClassName("auftrag-status");
        status.addValueChangeListener(e -> {
            if (!e.isFromClient() || e.getValue() == e.getOldValue()) {
                return;
            }
            try {
                auftraege.status(angemeldet(), a.id(), a.version(), e.getValue());
                Notification.show(getTranslation("gremien.auftrag.status.gesetzt", e.getValue().text(getLocale())), 3000,
                        Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (FachlicherFehler f) {
                Notification.show(f.text(getLocale()), 5000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
            laden();
        });
        return status;
    }

    private void laden() {
        AuftragFilter filter = switch (auswahl.getValue()) {
            case OFFEN -> new AuftragFilter(false, null, null, false, true, null);
            case MEINE -> new AuftragFilter(true, null, null, false, true, null);
            case UEBERFAELLIG -> AuftragFilter.ueberfaellige();
            case ALLE -> AuftragFilter.alle();
        };
        liste.setItems(auftraege.liste(angemeldet(), filter));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("gremien.auftraege.titel") + " · " + getTranslation("app.name");
    }
}
