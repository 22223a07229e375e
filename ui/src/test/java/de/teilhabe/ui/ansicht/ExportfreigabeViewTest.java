package de.teilhabe.ui.ansicht;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import de.teilhabe.platform.audit.AuditEintrag;
import de.teilhabe.platform.kreis.ExportfreigabeAnsicht;
import de.teilhabe.platform.kreis.Kreis;
import de.teilhabe.platform.kreis.KreisVerwaltung;
import de.teilhabe.platform.sicherheit.Nutzer;
import de.teilhabe.platform.testing.TestKreise;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Kreis admin grants and withdraws the operator's export on the page „Export-Freigabe“; the operator's list of
 * Kreise follows: without a grant the export button is disabled and the column says that the Kreis admin must grant
 * it, with a grant it is a download; the grant stands in the Kreis's audit view.
 */
class ExportfreigabeViewTest extends OhneBrowser {

    @Test
    @SuppressWarnings("unchecked")
    void kreisAdminGibtFreiUndDerBetriebSiehtDenStand() {
        String slug = TestKreise.slug("ui-freigabe");
        TestKreise.onboarden(kontext, slug);
        Nutzer betreiber = TestKreise.betreiber(kontext);
        Nutzer admin = TestKreise.admin(kontext, slug);

        anmelden(betreiber);
        oeffnen("betrieb/kreise");
        assertThat(_get(Paragraph.class, s -> s.withId("kreise-export-hinweis")).getText())
                .contains("keine personenbezogenen Daten", "Kreis-Administration");
        assertThat(freigabeSpalte(slug)).isEqualTo("Keine Freigabe – die Kreis-Administration muss den Export freigeben.");
        Button gesperrt = exportKnopf(slug);
        assertThat(gesperrt.isEnabled()).isFalse();
        assertThat(gesperrt.getParent()).get().isNotInstanceOf(Anchor.class);

        anmelden(admin);
        oeffnen("datenschutz/exportfreigabe");
        Button erteilen = _get(Button.class, s -> s.withId("exportfreigabe-erteilen"));
        Button widerrufen = _get(Button.class, s -> s.withId("exportfreigabe-widerrufen"));
        TextField zweck = _get(TextField.class, s -> s.withId("exportfreigabe-zweck"));
        assertThat(widerrufen.isEnabled()).isFalse();
        _click(erteilen);
        assertThat(zweck.isInvalid()).as("Zweck fehlt").isTrue();
        zweck.setValue("Umzug ins neue Rechenzentrum");
        _click(erteilen);
        Grid<ExportfreigabeAnsicht> tabelle = _get(Grid.class, s -> s.withId("exportfreigaben"));
        assertThat(_size(tabelle)).isEqualTo(1);
        assertThat(_getFormatted(tabelle, 0, "status")).isEqualTo("offen");
        assertThat(_getFormatted(tabelle, 0, "erteiltVon")).isEqualTo(admin.benutzername());
        assertThat(_get(Paragraph.class, s -> s.withId("exportfreigabe-stand")).getText())
                .startsWith("Offene Freigabe bis").endsWith("Umzug ins neue Rechenzentrum");
        assertThat(erteilen.isEnabled()).isFalse();
        assertThat(widerrufen.isEnabled()).isTrue();
        oeffnen("audit");
        Grid<AuditEintrag> audit = _get(Grid.class, s -> s.withId("audit"));
        assertThat(audit.getListDataView().getItems().map(AuditEintrag::aktion)).contains("EXPORT_FREIGEGEBEN");

        anmelden(betreiber);
        oeffnen("betrieb/kreise");
        assertThat(freigabeSpalte(slug)).startsWith("Freigegeben für einen Download bis");
        Button frei = exportKnopf(slug);
        assertThat(frei.isEnabled()).isTrue();
        assertThat(frei.getParent()).get().isInstanceOf(Anchor.class);

        anmelden(admin);
        oeffnen("datenschutz/exportfreigabe");
        _click(_get(Button.class, s -> s.withId("exportfreigabe-widerrufen")));
        tabelle = _get(Grid.class, s -> s.withId("exportfreigaben"));
        assertThat(_getFormatted(tabelle, 0, "status")).isEqualTo("widerrufen");
        assertThat(_getFormatted(tabelle, 0, "abschluss")).endsWith(admin.benutzername());
        assertThat(_get(Button.class, s -> s.withId("exportfreigabe-erteilen")).isEnabled()).isTrue();

        anmelden(betreiber);
        oeffnen("betrieb/kreise");
        assertThat(exportKnopf(slug).isEnabled()).isFalse();
        assertThat(kontext.getBean(KreisVerwaltung.class).alle(betreiber)).filteredOn(k -> k.slug().equals(slug))
                .singleElement().extracting(Kreis::exportFreigegebenBis).isNull();
        entfernen(slug);
    }

    @SuppressWarnings("unchecked")
    private static Grid<Kreis> kreise(String slug) {
        _get(TextField.class, s -> s.withId("kreise-suche")).setValue(slug);
        Grid<Kreis> tabelle = _get(Grid.class, s -> s.withId("kreise"));
        assertThat(tabelle.getListDataView().getItems().map(Kreis::slug).toList()).containsExactly(slug);
        return tabelle;
    }

    private static String freigabeSpalte(String slug) {
        return _getFormatted(kreise(slug), 0, "freigabe");
    }

    private static Button exportKnopf(String slug) {
        HorizontalLayout aktionen = (HorizontalLayout) _getCellComponent(kreise(slug), 0, "aktionen");
        Component export = aktionen.getComponentAt(0);
        assertThat(((HasStyle) export).getClassNames()).contains("kreis-export");
        return export instanceof Button knopf ? knopf
                : (Button) export.getChildren().filter(Button.class::isInstance).findFirst().orElseThrow();
    }
}
