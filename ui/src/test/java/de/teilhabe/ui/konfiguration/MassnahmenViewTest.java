package de.teilhabe.ui.konfiguration;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import de.teilhabe.platform.baustein.Baustein;
import de.teilhabe.platform.kommune.Kommune;
import de.teilhabe.platform.massnahme.MassnahmeAnsicht;
import de.teilhabe.platform.massnahme.MassnahmeDaten;
import de.teilhabe.platform.massnahme.MassnahmeZeile;
import de.teilhabe.platform.massnahme.Massnahmen;
import de.teilhabe.platform.massnahme.Status;
import de.teilhabe.platform.massnahme.StatuseintragAnsicht;
import de.teilhabe.platform.massnahme.Statuswechsel;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.TextField;
import de.teilhabe.platform.sicherheit.Nutzer;
import de.teilhabe.platform.testing.TestKreise;
import de.teilhabe.platform.traeger.Massnahmetraeger;
import de.teilhabe.ui.komponenten.Fehleranzeige;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._fetch;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Maßnahmen view on the RKN table of seed 000: filters, field errors, stale save, the first status with its real
 * day, status changes also back-dated, correcting and striking steps of the history.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MassnahmenViewTest extends MitProgrammen {
    private static String slug;
    private static Nutzer ki;

    @BeforeAll
    static void kreis() {
        slug = TestKreise.slug("ui-mn");
        ki = rknMitMassnahmen(slug);
    }

    @AfterAll
    static void aufraeumen() {
        entfernen(slug);
    }

    @BeforeEach
    void alsKi() {
        anmelden(ki);
        oeffnen("konfiguration/massnahmen");
    }

    @SuppressWarnings("unchecked")
    private static Grid<MassnahmeZeile> tabelle() {
        return _get(Grid.class, s -> s.withId("massnahmen"));
    }

    @SuppressWarnings("unchecked")
    private static <T> ComboBox<T> auswahl(String id) {
        return _get(ComboBox.class, s -> s.withId(id));
    }

    @Test
    @Order(1)
    void zeigtDieTabelleWieImBericht() {
        assertThat(_size(tabelle())).isEqualTo(24);
        assertThat(_getFormatted(tabelle(), 0, "kommunen")).isEqualTo("Grevenbroich");
        assertThat(_getFormatted(tabelle(), 0, "baustein")).isEqualTo("FB 1");
        assertThat(_getFormatted(tabelle(), 0, "traeger")).isEqualTo("AWO Berufshilfe");
        assertThat(_getFormatted(tabelle(), 0, "start")).isEqualTo("01.12.2020");
        assertThat(_getFormatted(tabelle(), 15, "start")).isEqualTo("Voraussichtlich Mitte Juni 2021");
        assertThat(_getFormatted(tabelle(), 3, "kommunen")).isEqualTo("Neuss/Kaarst");
    }

    @Test
    @Order(2)
    void filterNachStatusZeigtDieBeidenAbgesagtenAngeboteImFb4() {
        ComboBox<Status> status = auswahl("filter-status");
        status.setValue(Status.ABGESAGT);
        List<MassnahmeZeile> zeilen = _fetch(tabelle(), 0, 100);
        assertThat(zeilen).hasSize(2);
        assertThat(zeilen).allSatisfy(z -> {
            assertThat(z.bausteinNummer()).isEqualTo(4);
            assertThat(z.status()).isEqualTo(Status.ABGESAGT);
        });
        assertThat(zeilen).extracting(MassnahmeZeile::kommunen).containsExactly("Grevenbroich", "Dormagen");
        assertThat(_getFormatted(tabelle(), 0, "status")).isEqualTo("abgesagt (nicht genügend TN)");
    }

    @Test
    @Order(3)
    void filterNachBausteinTraegerUndKommune() {
        ComboBox<Baustein> baustein = auswahl("filter-baustein");
        baustein.setValue(baustein.getListDataView().getItems().filter(b -> b.nummer() == 2).findFirst().orElseThrow());
        assertThat(_size(tabelle())).isEqualTo(7);
        ComboBox<Massnahmetraeger> traeger = auswahl("filter-traeger");
        traeger.setValue(traeger.getListDataView().getItems().filter(t -> "KJA".equals(t.kurzname())).findFirst().orElseThrow());
        assertThat(_size(tabelle())).isEqualTo(3);
        ComboBox<Kommune> kommune = auswahl("filter-kommune");
        kommune.setValue(kommune.getListDataView().getItems().filter(k -> k.name().equals("Neuss")).findFirst().orElseThrow());
        assertThat(_size(tabelle())).isEqualTo(1);
        baustein.clear();
        traeger.clear();
        assertThat(_fetch(tabelle(), 0, 100)).extracting(MassnahmeZeile::kommunen)
                .allMatch(k -> List.of(k.split("/")).contains("Neuss"));
    }

    @Test
    @Order(4)
    @SuppressWarnings("unchecked")
    void ohneTraegerKommtDieDeutscheFeldmeldung() {
        _click(_get(Button.class, s -> s.withId("massnahme-anlegen")));
        ComboBox<Baustein> baustein = auswahl("massnahme-baustein");
        baustein.setValue(baustein.getListDataView().getItems().findFirst().orElseThrow());
        MultiSelectComboBox<Kommune> orte = _get(MultiSelectComboBox.class, s -> s.withId("massnahme-kommunen"));
        orte.setValue(Set.of(orte.getListDataView().getItems().findFirst().orElseThrow()));
        _click(_get(Button.class, s -> s.withId("massnahme-speichern")));
        ComboBox<Massnahmetraeger> traeger = auswahl("massnahme-traeger");
        assertThat(traeger.isInvalid()).isTrue();
        assertThat(traeger.getErrorMessage()).isNotBlank().doesNotStartWith("!").isEqualTo("Bitte ausfüllen.");
        assertThat(baustein.isInvalid()).isFalse();
        _get(Dialog.class);
        assertThat(_size(tabelle())).isEqualTo(24);
    }

    @Test
    @Order(5)
    @SuppressWarnings("unchecked")
    void neueMassnahmeMitNegativerKapazitaetDannRichtig() {
        int vorher = _size(tabelle());
        _click(_get(Button.class, s -> s.withId("massnahme-anlegen")));
        ComboBox<Baustein> baustein = auswahl("massnahme-baustein");
        baustein.setValue(baustein.getListDataView().getItems().filter(b -> b.nummer() == 3).findFirst().orElseThrow());
        ComboBox<Massnahmetraeger> traeger = auswahl("massnahme-traeger");
        traeger.setValue(traeger.getListDataView().getItems().filter(t -> "TZG".equals(t.kurzname())).findFirst().orElseThrow());
        MultiSelectComboBox<Kommune> orte = _get(MultiSelectComboBox.class, s -> s.withId("massnahme-kommunen"));
        orte.setValue(Set.copyOf(orte.getListDataView().getItems().filter(k -> k.name().equals("Jüchen")
                || k.name().equals("Meerbusch")).toList()));
        IntegerField plaetze = _get(IntegerField.class, s -> s.withId("massnahme-kapazitaet"));
        plaetze.setValue(-3);
        _click(_get(Button.class, s -> s.withId("massnahme-speichern")));
        assertThat(plaetze.isInvalid()).isTrue();
        assertThat(plaetze.getErrorMessage()).doesNotStartWith("!");
        plaetze.setValue(12);
        com.vaadin.flow.component.datepicker.DatePicker anfang =
                _get(com.vaadin.flow.component.datepicker.DatePicker.class, s -> s.withId("massnahme-anfang-ab"));
        assertThat(anfang.getValue()).as("the first status's day is entered, not assumed to be today").isNull();
        _click(_get(Button.class, s -> s.withId("massnahme-speichern")));
        assertThat(anfang.isInvalid()).isTrue();
        assertThat(anfang.getErrorMessage()).isEqualTo("Bitte ausfüllen.");
        anfang.setValue(java.time.LocalDate.of(2020, 9, 1));
        _click(_get(Button.class, s -> s.withId("massnahme-speichern")));
        _assertNone(Dialog.class);
        assertThat(_size(tabelle())).isEqualTo(vorher + 1);
        MassnahmeZeile neu = _fetch(tabelle(), 0, 100).stream().filter(z -> z.bausteinNummer() == 3
                && "TZG".equals(z.traeger()) && z.kapazitaet() != null && z.kapazitaet() == 12).findFirst().orElseThrow();
        assertThat(kontext.getBean(Massnahmen.class).lesen(ki, neu.id()).verlauf()).singleElement()
                .satisfies(e -> assertThat(e.ab()).isEqualTo(java.time.LocalDate.of(2020, 9, 1)));
    }

    @Test
    @Order(6)
    @SuppressWarnings("unchecked")
    void veralteteAenderungWirdGemeldet() {
        int zeile = 1;
        MassnahmeZeile z = _fetch(tabelle(), zeile, 1).get(0);
        com.github.mvysny.kaributesting.v10.GridKt._doubleClickItem(tabelle(), zeile);
        Massnahmen dienst = kontext.getBean(Massnahmen.class);
        MassnahmeAnsicht a = dienst.lesen(ki, z.id());
        dienst.aendern(ki, z.id(), a.massnahme().version(), new MassnahmeDaten(a.massnahme().bausteinId(),
                a.massnahme().traegerId(), a.kommunen(), "anderswo geändert", a.massnahme().geplanterStart(),
                null, 10, null));
        _get(IntegerField.class, s -> s.withId("massnahme-kapazitaet")).setValue(15);
        _click(_get(Button.class, s -> s.withId("massnahme-speichern")));
        Fehleranzeige fehler = _get(Fehleranzeige.class);
        assertThat(fehler.isVisible()).isTrue();
        assertThat(fehler.getElement().getTextRecursively()).isNotBlank().doesNotContain("konflikt.veraltet");
        _get(Dialog.class);
        assertThat(dienst.lesen(ki, z.id()).massnahme().kapazitaet()).isEqualTo(10);
    }

    @Test
    @Order(7)
    @SuppressWarnings("unchecked")
    void absageOhneGrundWirdAbgewiesenMitGrundGespeichert() {
        int zeile = _fetch(tabelle(), 0, 100).stream().map(MassnahmeZeile::status).toList().indexOf(Status.GEPLANT);
        MassnahmeZeile z = _fetch(tabelle(), zeile, 1).get(0);
        _get(MassnahmenView.class).statusOeffnen(z);
        Select<Status> neu = _get(Select.class, s -> s.withId("status-neu"));
        neu.setValue(Status.ABGESAGT);
        _click(_get(Button.class, s -> s.withId("status-speichern")));
        com.vaadin.flow.component.textfield.TextField grund =
                _get(com.vaadin.flow.component.textfield.TextField.class, s -> s.withId("status-grund"));
        assertThat(grund.isInvalid()).isTrue();
        assertThat(grund.getErrorMessage()).doesNotStartWith("!");
        grund.setValue("Träger hat abgesagt");
        _click(_get(Button.class, s -> s.withId("status-speichern")));
        _assertNone(Dialog.class);
        MassnahmeAnsicht a = kontext.getBean(Massnahmen.class).lesen(ki, z.id());
        assertThat(a.massnahme().status()).isEqualTo(Status.ABGESAGT);
        assertThat(a.verlauf()).hasSize(2);
    }

    @Test
    @Order(8)
    @SuppressWarnings("unchecked")
    void statusverlaufRueckwirkendKorrigierenUndStreichen() {
        Massnahmen dienst = kontext.getBean(Massnahmen.class);
        MassnahmeAnsicht vorlage = dienst.lesen(ki, _fetch(tabelle(), 0, 1).get(0).id());
        MassnahmeAnsicht m = dienst.anlegen(ki, new MassnahmeDaten(vorlage.massnahme().bausteinId(),
                vorlage.massnahme().traegerId(), vorlage.kommunen(), "Verlaufsprobe", java.time.LocalDate.of(2020, 10, 1),
                null, 8, null), new Statuswechsel(Status.GEPLANT, java.time.LocalDate.of(2020, 9, 1), null));
        UUID id = m.massnahme().id();
        dienst.statusAendern(ki, id, m.massnahme().version(), new Statuswechsel(Status.LAUFEND,
                java.time.LocalDate.of(2020, 10, 5), null));
        _get(MassnahmenView.class).statusOeffnen(zeile(id));

        // back-dated between two steps: interrupted before it was running does not make sense
        _get(Select.class, s -> s.withId("status-neu")).setValue(Status.UNTERBROCHEN);
        _get(DatePicker.class, s -> s.withId("status-ab")).setValue(java.time.LocalDate.of(2020, 9, 15));
        _get(TextField.class, s -> s.withId("status-grund")).setValue("Pandemie");
        _click(_get(Button.class, s -> s.withId("status-speichern")));
        Select<Status> neu = _get(Select.class, s -> s.withId("status-neu"));
        assertThat(neu.isInvalid()).isTrue();
        assertThat(neu.getErrorMessage()).doesNotStartWith("!").contains("15.09.2020");
        _get(DatePicker.class, s -> s.withId("status-ab")).setValue(java.time.LocalDate.of(2020, 12, 1));
        _click(_get(Button.class, s -> s.withId("status-speichern")));
        _assertNone(Dialog.class);
        assertThat(dienst.lesen(ki, id).massnahme().status()).isEqualTo(Status.UNTERBROCHEN);

        _get(MassnahmenView.class).statusOeffnen(zeile(id));
        Grid<StatuseintragAnsicht> verlauf = _get(Grid.class, s -> s.withId("status-verlauf"));
        assertThat(_size(verlauf)).isEqualTo(3);
        assertThat(_getFormatted(verlauf, 2, "ab")).isEqualTo("01.12.2020");
        _click(zeilenknopf(verlauf, 2, "status-korrigieren"));
        _get(DatePicker.class, s -> s.withId("statuseintrag-ab")).setValue(java.time.LocalDate.of(2020, 11, 15));
        _click(_get(Button.class, s -> s.withId("statuseintrag-speichern")));
        verlauf = _get(Grid.class, s -> s.withId("status-verlauf"));
        assertThat(_size(verlauf)).isEqualTo(3);
        assertThat(_getFormatted(verlauf, 2, "ab")).as("the history shows the correction at once").isEqualTo("15.11.2020");
        assertThat(_getFormatted(verlauf, 1, "bis")).isEqualTo("15.11.2020");

        _click(zeilenknopf(verlauf, 0, "status-korrigieren"));
        _get(Select.class, s -> s.withId("statuseintrag-status")).setValue(Status.BEENDET);
        _click(_get(Button.class, s -> s.withId("statuseintrag-speichern")));
        Select<Status> korrektur = _get(Select.class, s -> s.withId("statuseintrag-status"));
        assertThat(korrektur.isInvalid()).as("a Maßnahme cannot begin finished").isTrue();
        _find(Dialog.class).stream().filter(d -> d instanceof StatuseintragDialog).findFirst().orElseThrow().close();

        _click(zeilenknopf(_get(Grid.class, s -> s.withId("status-verlauf")), 2, "status-streichen"));
        _click(_get(Button.class, s -> s.withId("statusstreichen-speichern")));
        assertThat(_get(TextField.class, s -> s.withId("statusstreichen-grund")).isInvalid()).isTrue();
        _get(TextField.class, s -> s.withId("statusstreichen-grund")).setValue("irrtümlich erfasst");
        _click(_get(Button.class, s -> s.withId("statusstreichen-speichern")));
        assertThat(_size(_get(Grid.class, s -> s.withId("status-verlauf")))).isEqualTo(2);
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, s -> s.withId("status-aktuell")).getText())
                .contains("laufend");
        MassnahmeAnsicht danach = dienst.lesen(ki, id);
        assertThat(danach.massnahme().status()).isEqualTo(Status.LAUFEND);
        assertThat(danach.verlauf()).extracting(StatuseintragAnsicht::status).containsExactly(Status.GEPLANT, Status.LAUFEND);
    }

    private static MassnahmeZeile zeile(UUID id) {
        return kontext.getBean(Massnahmen.class).tabelle(ki).stream().filter(z -> z.id().equals(id)).findFirst().orElseThrow();
    }

    private static Button zeilenknopf(Grid<?> grid, int zeile, String klasse) {
        return _get(com.github.mvysny.kaributesting.v10.GridKt._getCellComponent(grid, zeile, "aktionen"), Button.class,
                s -> s.withClasses(klasse));
    }
}
