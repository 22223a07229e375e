package de.teilhabe.ui.programm;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import de.teilhabe.platform.programm.ProgrammDienst;
import de.teilhabe.platform.programm.ProgrammUebersicht;
import de.teilhabe.platform.programm.Programmzustand;
import de.teilhabe.platform.sicherheit.Nutzer;
import de.teilhabe.platform.testing.TestKreise;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._getText;
import static org.assertj.core.api.Assertions.assertThat;

class ProgrammeViewTest extends ProgrammOhneBrowser {
    private static String slug;
    private Nutzer admin;

    @BeforeAll
    static void kreis() {
        slug = TestKreise.slug("programme");
        TestKreise.onboarden(kontext, slug);
    }

    @AfterAll
    static void aufraeumen() {
        entfernen(slug);
    }

    @BeforeEach
    void alsAdmin() {
        admin = TestKreise.admin(kontext, slug);
        anmelden(admin);
        oeffnen("programme");
    }

    @SuppressWarnings("unchecked")
    private static Grid<ProgrammUebersicht> tabelle() {
        return _get(Grid.class, s -> s.withId("programme"));
    }

    private static List<ProgrammUebersicht> zeilen() {
        return tabelle().getListDataView().getItems().toList();
    }

    @Test
    void zeigtDieDreiProgrammeMitZustand() {
        assertThat(_size(tabelle())).isEqualTo(3);
        assertThat(zeilen()).extracting(ProgrammUebersicht::id).containsExactlyElementsOf(PROGRAMME);
        assertThat(zeilen()).extracting(ProgrammUebersicht::zustand).containsOnly(Programmzustand.GESTARTET);
        int zeile = zeilen().stream().map(ProgrammUebersicht::id).toList().indexOf("gemeinsam-klappts");
        assertThat(_getCellComponent(tabelle(), zeile, "zustand").getElement().getTextRecursively()).contains("Bereit");
        assertThat(_getCellComponent(tabelle(), zeile, "name").getElement().getTextRecursively())
                .contains("Gemeinsam klappt");
    }

    @Test
    void aktivierenUndNachRueckfrageDeaktivieren() {
        int zeile = zeilen().stream().map(ProgrammUebersicht::id).toList().indexOf("kim");
        Button aktivieren = (Button) _getCellComponent(tabelle(), zeile, "aktion");
        assertThat(aktivieren.getText()).isEqualTo("Aktivieren");
        _click(aktivieren);
        assertThat(aktiv("kim")).isTrue();
        assertThat(zeilen().get(zeile).aktiv()).isTrue();
        assertThat(_getCellComponent(tabelle(), zeile, "aktiv").getElement().getTextRecursively()).isEqualTo("Aktiviert");

        Button deaktivieren = (Button) _getCellComponent(tabelle(), zeile, "aktion");
        assertThat(deaktivieren.getText()).isEqualTo("Deaktivieren");
        _click(deaktivieren);
        ConfirmDialog frage = _get(ConfirmDialog.class);
        assertThat(_getText(frage)).contains("Daten bleiben erhalten");
        assertThat(aktiv("kim")).as("erst nach der Bestätigung").isTrue();
        _fireConfirm(frage);
        assertThat(aktiv("kim")).isFalse();
        assertThat(zeilen().get(zeile).aktiv()).isFalse();
    }

    private boolean aktiv(String id) {
        return kontext.getBean(ProgrammDienst.class).liste(admin).stream()
                .filter(p -> p.id().equals(id)).findFirst().orElseThrow().aktiv();
    }
}
