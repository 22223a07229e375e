package de.teilhabe.ui.zielgruppenbasis;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import de.teilhabe.platform.programm.ProgrammDienst;
import de.teilhabe.platform.sicherheit.Nutzer;
import de.teilhabe.platform.sicherheit.Rolle;
import de.teilhabe.platform.testing.TestKreise;
import de.teilhabe.platform.zielgruppenbasis.Basisstand;
import de.teilhabe.platform.zielgruppenbasis.Zielgruppenbasis;
import de.teilhabe.platform.zielgruppenbasis.ZielgruppenbasisDemo;
import de.teilhabe.ui.komponenten.Fehleranzeige;
import de.teilhabe.ui.konfiguration.MitProgrammen;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.time.LocalDate;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The KI enters the Rhein-Kreis Neuss's Ausgangslage 31.12.2019; a committee reader sees the seed's table read-only. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ZielgruppenbasisViewTest extends MitProgrammen {
    private static String slug;
    private static Nutzer admin;
    private static Nutzer ki;

    @BeforeAll
    static void kreis() {
        slug = TestKreise.slug("ui-zgb");
        TestKreise.onboarden(kontext, slug);
        admin = TestKreise.admin(kontext, slug);
        kontext.getBean(ProgrammDienst.class).aktivieren(admin, "gemeinsam-klappts");
        ki = ki(admin);
    }

    @AfterAll
    static void aufraeumen() {
        entfernen(slug);
    }

    @SuppressWarnings("unchecked")
    private static Grid<Object> tabelle() {
        return _get(Grid.class, s -> s.withId("zgb-tabelle"));
    }

    private static IntegerField zahl(int zeile, String spalte) {
        return (IntegerField) _getCellComponent(tabelle(), zeile, spalte);
    }

    private static String text(int zeile, String spalte) {
        Component c = _getCellComponent(tabelle(), zeile, spalte);
        return c.getElement().getText();
    }

    @Test
    @Order(1)
    void dormagenEintragenSummeSehenNegativeZahlAbgelehnt() {
        anmelden(ki);
        oeffnen("zielgruppenbasis");
        Grid<Object> grid = tabelle();
        assertThat(_size(grid)).isEqualTo(9);
        assertThat(_getFormatted(grid, 0, "kommune")).isEqualTo("Dormagen");
        assertThat(_getFormatted(grid, 8, "kommune")).isEqualTo("Summe");
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, s -> s.withId("zgb-leer")).isVisible()).isTrue();

        DatePicker stichtag = _get(DatePicker.class, s -> s.withId("zgb-stichtag"));
        stichtag.setValue(LocalDate.of(2019, 12, 31));
        _get(TextField.class, s -> s.withId("zgb-quelle"))
                .setValue("Rückmeldungen der Ausländerbehörden, Stand September 2019");
        zahl(0, "geduldete").setValue(47);
        zahl(0, "gestattete").setValue(64);
        assertThat(text(0, "gesamt")).isEqualTo("111");
        assertThat(text(8, "geduldete")).isEqualTo("47");
        assertThat(text(8, "gestattete")).isEqualTo("64");
        assertThat(text(8, "gesamt")).isEqualTo("111");

        zahl(1, "gestattete").setValue(-5);
        assertThat(text(8, "gesamt")).isEqualTo("106");
        _click(_get(Button.class, s -> s.withId("zgb-speichern")));
        IntegerField falsch = zahl(1, "gestattete");
        assertThat(falsch.isInvalid()).isTrue();
        assertThat(falsch.getErrorMessage()).isEqualTo("Die Anzahl darf nicht negativ sein (eingegeben: -5).");
        assertThat(zahl(0, "geduldete").isInvalid()).isFalse();
        Zielgruppenbasis basis = kontext.getBean(Zielgruppenbasis.class);
        assertThat(basis.staende(ki, "gemeinsam-klappts")).isEmpty();

        falsch.setValue(45);
        zahl(1, "geduldete").setValue(63);
        _click(_get(Button.class, s -> s.withId("zgb-speichern")));
        assertThat(falsch.isInvalid()).isFalse();
        assertThat(basis.tabelle(ki, "gemeinsam-klappts", LocalDate.of(2019, 12, 31)).summe().gesamt()).isEqualTo(219);
        assertThat(text(8, "gesamt")).isEqualTo("219");

        // someone else changes the Stand meanwhile: saving again shows the conflict in German, nothing is overwritten
        Basisstand gespeichert = basis.staende(ki, "gemeinsam-klappts").get(0);
        basis.speichern(ki, new de.teilhabe.platform.zielgruppenbasis.ZielgruppenbasisDaten(gespeichert.id(),
                gespeichert.version(), "gemeinsam-klappts", LocalDate.of(2019, 12, 31), "anders", java.util.List.of()));
        zahl(2, "geduldete").setValue(17);
        _click(_get(Button.class, s -> s.withId("zgb-speichern")));
        assertThat(_get(Fehleranzeige.class).isVisible()).isTrue();
        assertThat(_get(Fehleranzeige.class).getElement().getTextRecursively())
                .contains("inzwischen von jemand anderem geändert");
        assertThat(basis.staende(ki, "gemeinsam-klappts").get(0).stamm().quelle()).isEqualTo("anders");
        basis.loeschen(ki, gespeichert.id(), gespeichert.version() + 1);
    }

    @Test
    @Order(2)
    void gremiumLiestDieAusgangslageNur() {
        kontext.getBean(ZielgruppenbasisDemo.class).rkn(slug);
        anmelden(new Nutzer(admin.id(), slug + ".gremium", "Gremium", slug, admin.kreisName(),
                Set.of(Rolle.GREMIUM_LESERECHT)));
        oeffnen("zielgruppenbasis");
        assertThat(text(0, "gesamt")).isEqualTo("111");
        assertThat(text(8, "geduldete")).isEqualTo("308");
        assertThat(text(8, "gestattete")).isEqualTo("304");
        assertThat(text(8, "gesamt")).isEqualTo("612");
        assertThat(zahl(0, "geduldete").isReadOnly()).isTrue();
        assertThat(_get(DatePicker.class, s -> s.withId("zgb-stichtag")).getValue()).isEqualTo(LocalDate.of(2019, 12, 31));
        _assertNone(Button.class, s -> s.withId("zgb-speichern"));
    }
}
