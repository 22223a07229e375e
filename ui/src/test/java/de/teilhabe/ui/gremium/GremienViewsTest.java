package de.teilhabe.ui.gremium;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouteParameters;
import de.teilhabe.platform.gremium.AuftragZeile;
import de.teilhabe.platform.gremium.GremienDienst;
import de.teilhabe.platform.gremium.Gremium;
import de.teilhabe.platform.gremium.Mitglied;
import de.teilhabe.platform.gremium.Mitgliedsrolle;
import de.teilhabe.platform.gremium.Person;
import de.teilhabe.platform.programm.ProgrammDienst;
import de.teilhabe.platform.sicherheit.Nutzer;
import de.teilhabe.platform.sicherheit.Rolle;
import de.teilhabe.platform.testing.TestKreise;
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
import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Gremien views of a KI coordinator in a Kreis with KIM enabled: the structure from the plugin's template,
 * a chair (and the refused second one), a meeting before the Lenkungsgruppe existed, the minutes with a decision
 * and a task (refused without due date), the task list; a committee reader sees no editor.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GremienViewsTest extends MitProgrammen {
    private static final LocalDate KONSTITUIERT = LocalDate.of(2021, 3, 17);
    private static String slug;
    private static Nutzer ki;

    @BeforeAll
    static void kreis() {
        slug = TestKreise.slug("ui-grem");
        TestKreise.onboarden(kontext, slug);
        Nutzer admin = TestKreise.admin(kontext, slug);
        kontext.getBean(ProgrammDienst.class).aktivieren(admin, "kim");
        ki = ki(admin);
    }

    @AfterAll
    static void aufraeumen() {
        entfernen(slug);
    }

    @Test
    @Order(1)
    void strukturAusDerVorlageDesProgramms() {
        anmelden(ki);
        oeffnen("gremien");
        _get(Paragraph.class, s -> s.withId("struktur-leer"));
        _click(_get(Button.class, s -> s.withId("struktur-aus-vorlage")));
        _click(_get(Button.class, s -> s.withId("vorlagen-speichern")));
        DatePicker datum = _get(DatePicker.class, s -> s.withId("vorlagen-konstituiert"));
        assertThat(datum.isInvalid()).as("konstituiert am fehlt").isTrue();
        datum.setValue(KONSTITUIERT);
        _click(_get(Button.class, s -> s.withId("vorlagen-speichern")));
        _assertNone(Dialog.class);

        Div organigramm = _get(Div.class, s -> s.withId("organigramm"));
        Div lenkungsgruppe = karte(organigramm, "Lenkungsgruppe");
        Div zweig = (Div) lenkungsgruppe.getParent().orElseThrow();
        assertThat(zweig.getParent().orElseThrow()).as("Lenkungsgruppe steht oben").isSameAs(organigramm);
        assertThat(_find(zweig, Div.class, s -> s.withClasses("gremium-karte")).stream()
                .map(k -> k.getElement().getAttribute("data-gremium")))
                .contains("Arbeitsgruppe Strukturebene", "Arbeitsgruppe Fallebene");
        assertThat(karte(zweig, "Arbeitsgruppe Strukturebene").getElement().getTextRecursively())
                .contains("Arbeitsgruppe");
        assertThat(lenkungsgruppe.getElement().getTextRecursively()).contains("unbesetzt: Kreisdirektor/in");
    }

    @Test
    @Order(2)
    @SuppressWarnings("unchecked")
    void vorsitzUndZweiterVorsitzWirdAbgelehnt() {
        anmelden(ki);
        oeffnen("gremien/" + lenkungsgruppe().id());
        assertThat(_get(H2.class, s -> s.withId("gremium-titel")).getText()).isEqualTo("Lenkungsgruppe");
        _get(Anchor.class, s -> s.withId("mitgliederliste-pdf"));
        Grid<Mitglied> mitglieder = _get(Grid.class, s -> s.withId("mitglieder"));
        assertThat(_size(mitglieder)).isZero();

        mitgliedAnlegen("Dirk Brügge", Mitgliedsrolle.VORSITZ, "Kreisdirektor", "Rhein-Kreis Neuss");
        _assertNone(Dialog.class);
        assertThat(_size(mitglieder)).isEqualTo(1);
        assertThat(_getFormatted(mitglieder, 0, "person")).isEqualTo("Dirk Brügge");
        assertThat(_getFormatted(mitglieder, 0, "von")).isEqualTo("17.03.2021");

        mitgliedAnlegen("Erika Zweit", Mitgliedsrolle.VORSITZ, "Kreisdirektorin", "Rhein-Kreis Neuss");
        Select<Mitgliedsrolle> rolle = _get(Select.class, s -> s.withId("mitglied-rolle"));
        assertThat(rolle.isInvalid()).as("zweiter Vorsitz").isTrue();
        assertThat(rolle.getErrorMessage()).contains("Vorsitz");
        _click(_get(Button.class, s -> s.withText("Abbrechen")));
        assertThat(_size(mitglieder)).isEqualTo(1);
    }

    @Test
    @Order(3)
    @SuppressWarnings("unchecked")
    void sitzungMitBeschlussUndAuftrag() {
        anmelden(ki);
        Gremium lg = lenkungsgruppe();
        oeffnen("gremien/" + lg.id());
        _click(_get(Button.class, s -> s.withId("sitzung-anlegen")));
        DatePicker datum = _get(DatePicker.class, s -> s.withId("sitzung-datum"));
        datum.setValue(LocalDate.of(2021, 1, 15));
        _click(_get(Button.class, s -> s.withId("sitzung-speichern")));
        assertThat(datum.isInvalid()).as("Sitzung vor der Konstituierung").isTrue();
        assertThat(datum.getErrorMessage()).contains("17.03.2021");

        datum.setValue(LocalDate.of(2021, 6, 15));
        _get(TextField.class, s -> s.withId("sitzung-titel")).setValue("Erste Sitzung");
        _click(_get(Button.class, s -> s.withId("sitzung-speichern")));
        assertThat(_get(H2.class, s -> s.withId("sitzung-kopf")).getText())
                .isEqualTo("Lenkungsgruppe – Sitzung am 15.06.2021");

        _click(_get(Button.class, s -> s.withId("top-neu")));
        _find(TextField.class, s -> s.withClasses("top-titel")).get(0).setValue("Versorgungslücke Sprachkurse");
        _get(TextArea.class, s -> s.withId("protokoll-text")).setValue("Die AG Strukturebene berichtet.");
        _click(_get(Button.class, s -> s.withId("protokoll-speichern")));
        assertThat(_find(TextField.class, s -> s.withClasses("top-titel")).get(0).getValue())
                .isEqualTo("Versorgungslücke Sprachkurse");

        _get(TextArea.class, s -> s.withId("beschluss-text")).setValue("Die AG Strukturebene prüft ein Angebot.");
        _click(_get(Button.class, s -> s.withId("beschluss-fassen")));
        assertThat(_get(Div.class, s -> s.withId("beschluesse")).getElement().getTextRecursively())
                .contains("Beschluss 1: Die AG Strukturebene prüft ein Angebot.");

        _click(_get(Button.class, s -> s.withId("auftrag-anlegen")));
        _get(TextArea.class, s -> s.withId("auftrag-text")).setValue("Angebot für Sprachkurse ausarbeiten");
        ComboBox<Gremium> an = _get(ComboBox.class, s -> s.withId("auftrag-gremium"));
        an.setValue(an.getGenericDataView().getItems().filter(g -> g.name().equals("Arbeitsgruppe Strukturebene"))
                .findFirst().orElseThrow());
        _click(_get(Button.class, s -> s.withId("auftrag-speichern")));
        DatePicker faellig = _get(DatePicker.class, s -> s.withId("auftrag-faellig"));
        assertThat(faellig.isInvalid()).as("Auftrag ohne Fälligkeit").isTrue();
        faellig.setValue(LocalDate.of(2021, 9, 30));
        _click(_get(Button.class, s -> s.withId("auftrag-speichern")));
        _assertNone(Dialog.class);
        Grid<AuftragZeile> auftraege = _get(Grid.class, s -> s.withId("sitzung-auftraege"));
        assertThat(_size(auftraege)).isEqualTo(1);
        assertThat(_getFormatted(auftraege, 0, "zustaendig")).isEqualTo("Arbeitsgruppe Strukturebene");
        assertThat(_getFormatted(auftraege, 0, "faellig")).isEqualTo("30.09.2021");

        oeffnen("gremien/auftraege");
        Grid<AuftragZeile> liste = _get(Grid.class, s -> s.withId("auftraege"));
        assertThat(_size(liste)).isEqualTo(1);
        assertThat(_getFormatted(liste, 0, "status")).contains("überfällig");
        RadioButtonGroup<AuftraegeView.Auswahl> auswahl = _get(RadioButtonGroup.class, s -> s.withId("auftraege-auswahl"));
        auswahl.setValue(AuftraegeView.Auswahl.UEBERFAELLIG);
        assertThat(_size(liste)).isEqualTo(1);
    }

    @Test
    @Order(4)
    void gremiumNichtUnterSichSelbst() {
        anmelden(ki);
        Gremium lg = lenkungsgruppe();
        oeffnen("gremien/" + lg.id());
        _click(_get(Button.class, s -> s.withId("gremium-aendern")));
        @SuppressWarnings("unchecked")
        ComboBox<Gremium> oben = _get(ComboBox.class, s -> s.withId("gremium-uebergeordnet"));
        oben.setValue(oben.getGenericDataView().getItems().filter(g -> g.name().equals("Arbeitsgruppe Strukturebene"))
                .findFirst().orElseThrow());
        _click(_get(Button.class, s -> s.withId("gremium-speichern")));
        assertThat(oben.isInvalid()).isTrue();
        assertThat(oben.getErrorMessage()).isNotBlank().doesNotStartWith("!");
    }

    @Test
    @Order(5)
    void gremiumLeserechtSiehtKeinenEditor() {
        Nutzer leser = new Nutzer(ki.id(), slug + ".gremium", "Gremium", slug, ki.kreisName(),
                Set.of(Rolle.GREMIUM_LESERECHT));
        anmelden(leser);
        oeffnen("gremien");
        _assertNone(Button.class, s -> s.withId("struktur-anlegen"));
        _get(Div.class, s -> s.withId("organigramm"));
        String sitzung = kontext.getBean(GremienDienst.class).ansicht(ki, lenkungsgruppe().id()).sitzungen().get(0)
                .id().toString();
        UI.getCurrent().navigate(SitzungView.class, new RouteParameters("id", sitzung));
        _get(H2.class, s -> s.withId("sitzung-kopf"));
        _assertNone(TextArea.class, s -> s.withId("protokoll-text"));
        _assertNone(Button.class, s -> s.withId("auftrag-anlegen"));
        assertThat(_get(Div.class, s -> s.withId("beschluesse")).getElement().getTextRecursively())
                .contains("Beschluss 1");
    }

    private static Gremium lenkungsgruppe() {
        return kontext.getBean(GremienDienst.class).liste(ki, "kim").stream()
                .filter(g -> g.name().equals("Lenkungsgruppe")).findFirst().orElseThrow();
    }

    private static Div karte(com.vaadin.flow.component.Component in, String name) {
        return _find(in, Div.class, s -> s.withClasses("gremium-karte")).stream()
                .filter(k -> name.equals(k.getElement().getAttribute("data-gremium"))).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static void mitgliedAnlegen(String name, Mitgliedsrolle rolle, String funktion, String organisation) {
        _click(_get(Button.class, s -> s.withId("mitglied-anlegen")));
        _click(_get(Button.class, s -> s.withId("mitglied-person-neu")));
        _get(TextField.class, s -> s.withId("person-name")).setValue(name);
        _click(_get(Button.class, s -> s.withId("person-speichern")));
        ComboBox<Person> person = _get(ComboBox.class, s -> s.withId("mitglied-person"));
        assertThat(person.getValue().name()).isEqualTo(name);
        _get(Select.class, s -> s.withId("mitglied-rolle")).setValue(rolle);
        _get(TextField.class, s -> s.withId("mitglied-funktion")).setValue(funktion);
        _get(TextField.class, s -> s.withId("mitglied-organisation")).setValue(organisation);
        _get(Select.class, s -> s.withId("mitglied-art")).setValue(
                de.teilhabe.platform.gremium.Organisationsart.KREISVERWALTUNG);
        _click(_get(Button.class, s -> s.withId("mitglied-speichern")));
    }
}
