package de.teilhabe.ui.ansicht;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import de.teilhabe.platform.kreis.Kreis;
import de.teilhabe.platform.testing.TestKreise;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class KreiseViewTest extends OhneBrowser {
    @Test
    @SuppressWarnings("unchecked")
    void sucheFiltertNachKurzname() {
        String slug = TestKreise.slug("karibu");
        TestKreise.onboarden(kontext, slug);
        anmelden(TestKreise.betreiber(kontext));
        oeffnen("betrieb/kreise");
        Grid<Kreis> tabelle = _get(Grid.class, s -> s.withId("kreise"));
        _get(TextField.class, s -> s.withId("kreise-suche")).setValue(slug);
        assertThat(tabelle.getListDataView().getItems().map(Kreis::slug).toList()).containsExactly(slug);
        entfernen(slug);
    }
}
