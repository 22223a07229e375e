package de.teilhabe.ui.teilnehmer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextField;
import de.teilhabe.platform.kommune.Kommune;
import de.teilhabe.platform.massnahme.MassnahmeZeile;
import de.teilhabe.platform.massnahme.Status;
import de.teilhabe.platform.programm.ProgrammDienst;
import de.teilhabe.platform.sicherheit.Nutzer;
import de.teilhabe.platform.sicherheit.Rolle;
import de.teilhabe.platform.teilnehmer.Einwilligungszweck;
import de.teilhabe.platform.teilnehmer.TeilnehmerZeile;
import de.teilhabe.platform.teilnehmer.Zuweisungsergebnis;
import de.teilhabe.platform.testing.TestKreise;
import de.teilhabe.plugin.api.zielgruppe.Aufenthaltsstatus;
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
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The case workers' screens in a Kreis like the Rhein-Kreis Neuss with Gemeinsam klappt's and Durchstarten:
 * intake with the target-group verdict (in the target group; outside only as a documented exception; a birth
 * date in the future refused), assignment to a Maßnahme, drop-out without and with a reason, de-registration from
 * the program, the history, the search; the Kreis admin only reads.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TeilnehmerViewsTest extends MitProgrammen {
    private static String slug;
    private static Nutzer ki;

    @BeforeAll
    static void kreis() {
        slug = TestKreise.slug("ui-tn");
        ki = rknMitMassnahmen(slug);
        kontext.getBean(ProgrammDienst.class).aktivieren(TestKreise.admin(kontext, slug), "gemeinsam-klappts");
    }

    @AfterAll
    static void aufraeumen() {
        entfernen(slug);
    }

    @Test
    @Order(1)
    @SuppressWarnings("unchecked")
    void aufnahmeInDerZielgruppe() {
        anmelden(ki);
        oeffnen("teilnehmer/aufnahme");
        person("Amina", "Beispiel", LocalDate.of(2000, 4, 12), Aufenthaltsstatus.DULDUNG);
        _click(_get(Button.class, s -> s.withId("aufnahme-pruefen")));
        Div urteil = urteil("gemeinsam-klappts");
        assertThat(urteil.getClassNames()).contains("im-ziel");
        assertThat(urteil.getElement().getTextRecursively()).contains("primäre Zielgruppe");
        Select<String> programm = _get(Select.class, s -> s.withId("aufnahme-programm"));
        assertThat(programm.getValue()).as("ein Programm der Zielgruppe ist vorgewählt").isNotNull();
        programm.setValue("gemeinsam-klappts");
        _assertNone(TextField.class, s -> s.withId("aufnahme-ausnahme-grund"));
        CheckboxGroup<Einwilligungszweck> einwilligungen = _get(CheckboxGroup.class, s -> s.withId("aufnahme-einwilligungen"));
        einwilligungen.setValue(Set.of(Einwilligungszweck.GIB_DATENBANK, Einwilligungszweck.KLIENTENDATEI));
        _click(_get(Button.class, s -> s.withId("aufnahme-speichern")));

        assertThat(_get(H2.class, s -> s.withId("teilnehmer-titel")).getText()).isEqualTo("Beispiel, Amina");
        Grid<?> programme = _get(Grid.class, s -> s.withId("teilnehmer-programme"));
        assertThat(_getFormatted(programme, 0, "einstufung")).isEqualTo("primäre Zielgruppe");
        reiter(4);
        assertThat(_size(_get(Grid.class, s -> s.withId("einwilligungen")))).isEqualTo(2);
    }

    @Test
    @Order(2)
    void geburtsdatumInDerZukunft() {
        anmelden(ki);
        oeffnen("teilnehmer/aufnahme");
        person("Zukunft", "Fehler", LocalDate.now().plusYears(1), Aufenthaltsstatus.DULDUNG);
        _click(_get(Button.class, s -> s.withId("aufnahme-pruefen")));
        DatePicker geburt = _get(DatePicker.class, s -> s.withId("person-geburtsdatum"));
        assertThat(geburt.isInvalid()).isTrue();
        assertThat(geburt.getErrorMessage()).isNotBlank().doesNotStartWith("!");
    }

    @Test
    @Order(2)
    void stammdatenWerdenBeimAusfuellenNachDenRegelnDerApiGeprueft() {
        anmelden(ki);
        oeffnen("teilnehmer/aufnahme");
        TextField vorname = _get(TextField.class, s -> s.withId("person-vorname"));
        TextField nachname = _get(TextField.class, s -> s.withId("person-nachname"));
        vorname.setValue("Amina\tX");
        nachname.setValue("B".repeat(501));
        // at the field as soon as it is filled in, before the check is asked for: the constraints of TeilnehmerDaten
        assertThat(vorname.isInvalid()).isTrue();
        assertThat(vorname.getErrorMessage())
                .isEqualTo("Erlaubt ist eine Zeile ohne Steuerzeichen (kein Zeilenumbruch, kein Tabulator, kein Nullzeichen).");
        assertThat(nachname.getErrorMessage()).isEqualTo("Der Text ist zu lang: höchstens 500 Zeichen.");
        vorname.setValue("Amina");
        nachname.setValue("");
        assertThat(vorname.isInvalid()).isFalse();
        assertThat(nachname.getErrorMessage()).isEqualTo("Bitte ausfüllen.");
    }

    @Test
    @Order(3)
    @SuppressWarnings("unchecked")
    void ausserhalbDerZielgruppeNurAlsBegruendeteAusnahme() {
        anmelden(ki);
        oeffnen("teilnehmer/aufnahme");
        person("Karim", "Ausnahme", LocalDate.of(1999, 1, 5), Aufenthaltsstatus.AUFENTHALTSTITEL);
        _click(_get(Button.class, s -> s.withId("aufnahme-pruefen")));
        assertThat(urteil("gemeinsam-klappts").getClassNames()).contains("nicht-im-ziel");
        _get(Select.class, s -> s.withId("aufnahme-programm")).setValue("gemeinsam-klappts");
        TextField grund = _get(TextField.class, s -> s.withId("aufnahme-ausnahme-grund"));
        assertThat(grund.isVisible()).isTrue();
        _click(_get(Button.class, s -> s.withId("aufnahme-speichern")));
        assertThat(grund.isInvalid()).isTrue();

        grund.setValue("Mit Aufenthaltstitel, aber ohne andere passende Förderung");
        _get(TextField.class, s -> s.withId("aufnahme-ausnahme-genehmigt")).setValue("Leitung KI");
        _click(_get(Button.class, s -> s.withId("aufnahme-speichern")));
        assertThat(_get(H2.class, s -> s.withId("teilnehmer-titel")).getText()).isEqualTo("Ausnahme, Karim");
        Grid<?> programme = _get(Grid.class, s -> s.withId("teilnehmer-programme"));
        assertThat(_getFormatted(programme, 0, "ausnahme")).contains("ohne andere passende Förderung").contains("Leitung KI");
    }

    @Test
    @Order(4)
    @SuppressWarnings("unchecked")
    void zuweisungAbbruchUndAbmeldung() {
        anmelden(ki);
        oeffnen("teilnehmer");
        _get(TextField.class, s -> s.withId("filter-suche")).setValue("Beisp");
        Grid<TeilnehmerZeile> liste = _get(Grid.class, s -> s.withId("teilnehmer"));
        assertThat(_size(liste)).isEqualTo(1);
        oeffnen("teilnehmer/" + liste.getGenericDataView().getItems().findFirst().orElseThrow().id());
        reiter(7);

        _click(_get(Button.class, s -> s.withId("zuweisung-anlegen")));
        ComboBox<MassnahmeZeile> massnahme = _get(ComboBox.class, s -> s.withId("zuweisung-massnahme"));
        massnahme.setValue(massnahme.getGenericDataView().getItems().filter(m -> m.status() == Status.LAUFEND)
                .findFirst().orElseThrow());
        _get(DatePicker.class, s -> s.withId("zuweisung-ab")).setValue(LocalDate.of(2021, 3, 15));
        _click(_get(Button.class, s -> s.withId("zuweisung-speichern")));
        _assertNone(Dialog.class);
        Grid<?> zuweisungen = _get(Grid.class, s -> s.withId("zuweisungen"));
        assertThat(_getFormatted(zuweisungen, 0, "ergebnis")).isEqualTo("laufend");

        _click(_get(_getCellComponent(zuweisungen, 0, "aktion"), Button.class, s -> s.withClasses("zuweisung-beenden")));
        _get(Select.class, s -> s.withId("zuweisungsende-ergebnis")).setValue(Zuweisungsergebnis.ABBRUCH);
        _get(DatePicker.class, s -> s.withId("zuweisungsende-bis")).setValue(LocalDate.of(2021, 3, 25));
        _click(_get(Button.class, s -> s.withId("zuweisungsende-speichern")));
        TextField abbruchgrund = _get(TextField.class, s -> s.withId("zuweisungsende-grund"));
        assertThat(abbruchgrund.isInvalid()).as("Abbruch ohne Grund").isTrue();
        abbruchgrund.setValue("nicht mehr erschienen");
        _click(_get(Button.class, s -> s.withId("zuweisungsende-speichern")));
        zuweisungen = _get(Grid.class, s -> s.withId("zuweisungen"));
        assertThat(_getFormatted(zuweisungen, 0, "ergebnis")).isEqualTo("Abbruch");
        assertThat(_getFormatted(zuweisungen, 0, "abbruchgrund")).isEqualTo("nicht mehr erschienen");

        reiter(1);
        Grid<?> teilnahmen = _get(Grid.class, s -> s.withId("teilnahmen-gemeinsam-klappts"));
        _click(_get(_getCellComponent(teilnahmen, 0, "aktionen"), Button.class, s -> s.withClasses("teilnahme-abmelden")));
        _get(DatePicker.class, s -> s.withId("abmeldung-am")).setValue(LocalDate.of(2021, 3, 31));
        _get(Select.class, s -> s.withId("abmeldung-art")).setValue(de.teilhabe.platform.teilnehmer.Abmeldeart.NICHT_ERREICHBAR);
        _get(TextField.class, s -> s.withId("abmeldung-grund")).setValue("nicht erreichbar");
        _click(_get(Button.class, s -> s.withId("abmeldung-speichern")));
        assertThat(_get(Span.class, s -> s.withId("teilnehmer-stand")).getText()).isEqualTo("abgemeldet");
        reiter(8);
        Grid<?> verlauf = _get(Grid.class, s -> s.withId("verlauf"));
        assertThat(_getFormatted(verlauf, _size(verlauf) - 1, "ereignis"))
                .isEqualTo("Abmeldung aus Gemeinsam klappt’s: nicht erreichbar");
        reiter(1);
        teilnahmen = _get(Grid.class, s -> s.withId("teilnahmen-gemeinsam-klappts"));
        _get(_getCellComponent(teilnahmen, 0, "aktionen"), Button.class, s -> s.withClasses("teilnahme-wiederaufnehmen"));
        _assertNone(_getCellComponent(teilnahmen, 0, "aktionen"), Button.class, s -> s.withClasses("teilnahme-abmelden"));
    }

    @Test
    @Order(5)
    @SuppressWarnings("unchecked")
    void zielvereinbarungNotizUndVerweisung() {
        anmelden(ki);
        oeffnen("teilnehmer");
        _get(TextField.class, s -> s.withId("filter-suche")).setValue("Ausnahme");
        Grid<TeilnehmerZeile> liste = _get(Grid.class, s -> s.withId("teilnehmer"));
        oeffnen("teilnehmer/" + liste.getGenericDataView().getItems().findFirst().orElseThrow().id());
        reiter(5);
        _click(_get(Button.class, s -> s.withId("ziel-anlegen")));
        _get(TextField.class, s -> s.withId("ziel-bedarf")).setValue("Ausbildungsplatz");
        _get(TextField.class, s -> s.withId("ziel-ziel")).setValue("Bewerbungsmappe erstellen");
        _get(DatePicker.class, s -> s.withId("ziel-vereinbart")).setValue(LocalDate.of(2021, 2, 1));
        _click(_get(Button.class, s -> s.withId("ziel-speichern")));
        DatePicker vereinbart = _get(DatePicker.class, s -> s.withId("ziel-vereinbart"));
        assertThat(vereinbart.isInvalid()).as("vor der Aufnahme am 01.03.2021").isTrue();
        assertThat(vereinbart.getErrorMessage()).contains("01.03.2021");
        vereinbart.setValue(LocalDate.of(2021, 3, 8));
        _click(_get(Button.class, s -> s.withId("ziel-speichern")));
        Grid<?> ziele = _get(Grid.class, s -> s.withId("ziele"));
        assertThat(_getFormatted(ziele, 0, "ziel")).isEqualTo("Bewerbungsmappe erstellen");
        assertThat(_getFormatted(ziele, 0, "status")).isEqualTo("vereinbart");

        reiter(6);
        _click(_get(Button.class, s -> s.withId("notiz-anlegen")));
        _get(com.vaadin.flow.component.textfield.TextArea.class, s -> s.withId("notiz-text"))
                .setValue("Erstgespräch, Unterlagen gesichtet.");
        _click(_get(Button.class, s -> s.withId("notiz-speichern")));
        assertThat(_getFormatted(_get(Grid.class, s -> s.withId("notizen")), 0, "text"))
                .isEqualTo("Erstgespräch, Unterlagen gesichtet.");
        _click(_get(Button.class, s -> s.withId("verweisung-anlegen")));
        _get(Select.class, s -> s.withId("verweisung-stelle")).setValue(de.teilhabe.platform.fallarbeit.Hilfeangebot.JOBCENTER);
        _click(_get(Button.class, s -> s.withId("verweisung-speichern")));
        assertThat(_getFormatted(_get(Grid.class, s -> s.withId("verweisungen")), 0, "stelle")).isEqualTo("Jobcenter");
    }

    @Test
    @Order(6)
    void kreisAdminLiestNur() {
        Nutzer admin = TestKreise.admin(kontext, slug);
        anmelden(admin);
        oeffnen("teilnehmer");
        _assertNone(Button.class, s -> s.withId("teilnehmer-aufnahme"));
        assertThat(_size(_get(Grid.class, s -> s.withId("teilnehmer")))).isGreaterThanOrEqualTo(2);
        assertThat(admin.hat(Rolle.KREIS_ADMIN)).isTrue();
    }

    @Test
    @Order(7)
    @SuppressWarnings("unchecked")
    void listeImportierenErstProbelaufDannAllesOderNichts() {
        anmelden(ki);
        oeffnen("teilnehmer/import");
        ImportView ansicht = _get(ImportView.class);
        _get(Select.class, s -> s.withId("import-programm")).setValue("gemeinsam-klappts");
        String kopf = "Nachname;Vorname;Geburtsdatum;Kommune;Aufenthaltsstatus;Aufgenommen am\n";
        ansicht.datei("liste.csv", (kopf + "Import;Eins;03.03.2001;Neuss;Duldung;01.02.2021\n"
                + "Import;Zwei;04.04.2002;Kaarst;Gestattung;01.02.2021\n"
                + "Import;Drei;05.05.2099;Neuss;Duldung;01.02.2021\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        _click(_get(Button.class, s -> s.withId("import-pruefen")));
        Grid<de.teilhabe.platform.teilnehmer.Importfehler> fehler = _get(Grid.class, s -> s.withId("import-fehler"));
        assertThat(_getFormatted(fehler, 0, "zeile")).isEqualTo("4");
        _click(_get(Button.class, s -> s.withId("import-importieren")));
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, s -> s.withId("import-ergebnis")).getText())
                .startsWith("Nicht importiert");

        ansicht.datei("liste.csv", (kopf + "Import;Eins;03.03.2001;Neuss;Duldung;01.02.2021\n"
                + "Import;Zwei;04.04.2002;Kaarst;Gestattung;01.02.2021\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        _click(_get(Button.class, s -> s.withId("import-pruefen")));
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, s -> s.withId("import-ergebnis")).getText())
                .startsWith("Probelauf: 2 Zeilen gelesen, 2 können übernommen werden");
        _click(_get(Button.class, s -> s.withId("import-importieren")));
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, s -> s.withId("import-ergebnis")).getText())
                .startsWith("Importiert: 2 Personen");
        oeffnen("teilnehmer");
        _get(TextField.class, s -> s.withId("filter-suche")).setValue("Import");
        assertThat(_size(_get(Grid.class, s -> s.withId("teilnehmer")))).isEqualTo(2);
    }

    @Test
    @Order(8)
    @SuppressWarnings("unchecked")
    void auskunftUndLoeschungAufAntrag() {
        anmelden(ki);
        oeffnen("teilnehmer");
        _get(TextField.class, s -> s.withId("filter-suche")).setValue("Ausnahme");
        Grid<TeilnehmerZeile> liste = _get(Grid.class, s -> s.withId("teilnehmer"));
        oeffnen("teilnehmer/" + liste.getGenericDataView().getItems().findFirst().orElseThrow().id());
        _get(com.vaadin.flow.component.html.Anchor.class, s -> s.withId("auskunft-pdf"));
        _get(com.vaadin.flow.component.html.Anchor.class, s -> s.withId("auskunft-json"));
        _click(_get(Button.class, s -> s.withId("teilnehmer-loeschen")));
        _click(_get(Button.class, s -> s.withId("loeschen-speichern")));
        assertThat(_get(TextField.class, s -> s.withId("loeschen-grund")).isInvalid()).as("ohne Grund").isTrue();
        _get(TextField.class, s -> s.withId("loeschen-grund")).setValue("Antrag der Person vom 01.04.2021");
        _click(_get(Button.class, s -> s.withId("loeschen-speichern")));
        assertThat(com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications()).anySatisfy(n ->
                assertThat(n.getElement().getProperty("text")).startsWith("Nicht gelöscht"));
        assertThat(_get(H2.class, s -> s.withId("teilnehmer-titel")).getText()).isEqualTo("Ausnahme, Karim");

        oeffnen("teilnehmer");
        _get(TextField.class, s -> s.withId("filter-suche")).setValue("Beispiel");
        liste = _get(Grid.class, s -> s.withId("teilnehmer"));
        oeffnen("teilnehmer/" + liste.getGenericDataView().getItems().findFirst().orElseThrow().id());
        _click(_get(Button.class, s -> s.withId("teilnehmer-loeschen")));
        _get(TextField.class, s -> s.withId("loeschen-grund")).setValue("Antrag der Person vom 02.04.2021");
        _click(_get(Button.class, s -> s.withId("loeschen-speichern")));
        _get(TextField.class, s -> s.withId("filter-suche")).setValue("Beispiel");
        assertThat(_size(_get(Grid.class, s -> s.withId("teilnehmer")))).as("gelöscht").isZero();
    }

    @Test
    @Order(9)
    void aufbewahrungProbelauf() {
        anmelden(TestKreise.admin(kontext, slug));
        oeffnen("datenschutz/aufbewahrung");
        assertThat(_size(_get(Grid.class, s -> s.withId("aufbewahrung-regeln")))).isEqualTo(4);
        _get(DatePicker.class, s -> s.withId("aufbewahrung-stichtag")).setValue(LocalDate.of(2099, 1, 1));
        _click(_get(Button.class, s -> s.withId("aufbewahrung-pruefen")));
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, s -> s.withId("aufbewahrung-bericht")).getText())
                .as("a day in the future is refused").isEmpty();
        LocalDate heute = LocalDate.now(java.time.ZoneId.of("Europe/Berlin"));
        _get(DatePicker.class, s -> s.withId("aufbewahrung-stichtag")).setValue(heute);
        _click(_get(Button.class, s -> s.withId("aufbewahrung-pruefen")));
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, s -> s.withId("aufbewahrung-bericht")).getText())
                .startsWith("Probelauf zum " + java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy").format(heute))
                .contains("Es wurde nichts verändert");
    }

    @Test
    @Order(10)
    @SuppressWarnings("unchecked")
    void programmfelderDesPluginsMitSeinerPruefung() {
        anmelden(ki);
        oeffnen("teilnehmer");
        _get(TextField.class, s -> s.withId("filter-suche")).setValue("Ausnahme");
        Grid<TeilnehmerZeile> liste = _get(Grid.class, s -> s.withId("teilnehmer"));
        String pfad = "teilnehmer/" + liste.getGenericDataView().getItems().findFirst().orElseThrow().id();
        oeffnen(pfad);
        reiter(9);
        _get(Select.class, s -> s.withId("feld-abh-freigabe.status")).setValue("erteilt");
        _get(Select.class, s -> s.withId("feld-einwilligung.gib-datenbank")).setValue("ja");
        _click(_get(Button.class, s -> s.withId("programmfelder-speichern-gemeinsam-klappts")));
        DatePicker datum = _get(DatePicker.class, s -> s.withId("feld-abh-freigabe.datum"));
        assertThat(datum.isInvalid()).as("the plugin wants the date of a decided clearance").isTrue();
        datum.setValue(LocalDate.of(2021, 3, 20));
        _click(_get(Button.class, s -> s.withId("programmfelder-speichern-gemeinsam-klappts")));
        oeffnen(pfad);
        reiter(9);
        assertThat(_get(DatePicker.class, s -> s.withId("feld-abh-freigabe.datum")).getValue())
                .isEqualTo(LocalDate.of(2021, 3, 20));
    }

    @SuppressWarnings("unchecked")
    private static void person(String vorname, String nachname, LocalDate geburt, Aufenthaltsstatus status) {
        _get(TextField.class, s -> s.withId("person-vorname")).setValue(vorname);
        _get(TextField.class, s -> s.withId("person-nachname")).setValue(nachname);
        _get(DatePicker.class, s -> s.withId("person-geburtsdatum")).setValue(geburt);
        ComboBox<Kommune> kommune = _get(ComboBox.class, s -> s.withId("person-kommune"));
        kommune.setValue(kommune.getGenericDataView().getItems().filter(k -> k.name().equals("Neuss")).findFirst().orElseThrow());
        _get(Select.class, s -> s.withId("aufnahme-status")).setValue(status);
        _get(DatePicker.class, s -> s.withId("aufnahme-status-ab")).setValue(LocalDate.of(2019, 6, 1));
        _get(DatePicker.class, s -> s.withId("aufnahme-am")).setValue(LocalDate.of(2021, 3, 1));
    }

    /**
     * Opens a tab of the participant page: 0 Stammdaten, 1 Programme, 2 Wohnorte, 3 Aufenthalt, 4 Einwilligungen,
     * 5 Ziele, 6 Notizen, 7 Zuweisungen, 8 Verlauf, 9 Programmfelder.
     */
    private static void reiter(int nummer) {
        _get(TabSheet.class, s -> s.withId("teilnehmer-reiter")).setSelectedIndex(nummer);
    }

    private static Div urteil(String programm) {
        return _find(_get(Div.class, s -> s.withId("aufnahme-urteile")), Div.class, s -> s.withClasses("urteil")).stream()
                .filter(d -> programm.equals(d.getElement().getAttribute("data-programm"))).findFirst().orElseThrow();
    }
}
