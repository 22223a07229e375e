package de.teilhabe.ui.teilnehmer;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextField;
import de.teilhabe.platform.kommune.Kommune;
import de.teilhabe.platform.kommune.KommunenDienst;
import de.teilhabe.platform.massnahme.MassnahmeZeile;
import de.teilhabe.platform.massnahme.Status;
import de.teilhabe.platform.programm.ProgrammDienst;
import de.teilhabe.platform.sicherheit.Nutzer;
import de.teilhabe.platform.sicherheit.Rolle;
import de.teilhabe.platform.teilnehmer.Abmeldeart;
import de.teilhabe.platform.teilnehmer.AufenthaltDaten;
import de.teilhabe.platform.teilnehmer.AufnahmeAntrag;
import de.teilhabe.platform.teilnehmer.Freigabe;
import de.teilhabe.platform.teilnehmer.Klaerung;
import de.teilhabe.platform.teilnehmer.Personenmerkmal;
import de.teilhabe.platform.teilnehmer.Programmteilnahme;
import de.teilhabe.platform.teilnehmer.Teilnahmen;
import de.teilhabe.platform.teilnehmer.TeilnehmerAkte;
import de.teilhabe.platform.teilnehmer.TeilnehmerAufnahme;
import de.teilhabe.platform.teilnehmer.TeilnehmerDaten;
import de.teilhabe.platform.teilnehmer.TeilnehmerDienst;
import de.teilhabe.platform.teilnehmer.Verlaufseintraege;
import de.teilhabe.platform.teilnehmer.Zuweisungsergebnis;
import de.teilhabe.platform.testing.TestKreise;
import de.teilhabe.plugin.api.zielgruppe.Aufenthaltsstatus;
import de.teilhabe.ui.konfiguration.MitProgrammen;
import de.teilhabe.ui.rahmen.KeinZugriffView;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._fetch;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dated history on the participant page (ADR 0002) in a Kreis like the Rhein-Kreis Neuss with Gemeinsam klappt's
 * and Durchstarten: a move with a past date, corrected and struck; de-registration from one program, re-admission as
 * a new episode and correction of its dates; a further program; work ban and residence status; clearances per
 * program; an assignment entered already ended. The intake with unknown birth date (an open clarification), with an
 * exclusion fact, and with a person already recorded; the list of open clarifications with moving the due date and
 * documenting the exception; who sees that list.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class VerlaufViewsTest extends MitProgrammen {
    private static final LocalDate HEUTE = LocalDate.now(ZoneId.of("Europe/Berlin"));
    private static String slug;
    private static Nutzer ki;
    private static UUID samir;
    private static UUID omar;
    private static UUID lina;

    @BeforeAll
    static void kreis() {
        slug = TestKreise.slug("ui-verlauf");
        ki = rknMitMassnahmen(slug);
        kontext.getBean(ProgrammDienst.class).aktivieren(TestKreise.admin(kontext, slug), "gemeinsam-klappts");
        TeilnehmerAufnahme aufnahme = kontext.getBean(TeilnehmerAufnahme.class);
        UUID neuss = kommune("Neuss");
        samir = aufnahme.aufnehmen(ki, new AufnahmeAntrag(new TeilnehmerDaten("Samir", "Verlauf", LocalDate.of(2000, 5, 5),
                neuss, null, null), new AufenthaltDaten(Aufenthaltsstatus.DULDUNG, LocalDate.of(2019, 1, 1), null),
                "gemeinsam-klappts", LocalDate.of(2021, 2, 1), null, null, null, null, List.of())).teilnehmer().id();
        omar = aufnahme.aufnehmen(ki, new AufnahmeAntrag(new TeilnehmerDaten("Omar", "Doppelt", LocalDate.of(2001, 2, 2),
                neuss, null, null), new AufenthaltDaten(Aufenthaltsstatus.GESTATTUNG, LocalDate.of(2020, 1, 1), null),
                "gemeinsam-klappts", LocalDate.of(2021, 1, 10), null, null, null, null, List.of())).teilnehmer().id();
        // no residence status yet: „nicht entscheidbar“, an open clarification
        lina = aufnahme.aufnehmen(ki, new AufnahmeAntrag(new TeilnehmerDaten("Lina", "Titel", LocalDate.of(1999, 9, 9),
                neuss, null, null), null, "gemeinsam-klappts", LocalDate.of(2021, 3, 1), null, null, null, null,
                List.of())).teilnehmer().id();
    }

    @AfterAll
    static void aufraeumen() {
        entfernen(slug);
    }

    @Test
    @Order(1)
    @SuppressWarnings("unchecked")
    void umzugMitVergangenemDatumKorrigierenUndStreichen() {
        anmelden(ki);
        oeffnen("teilnehmer/" + samir);
        reiter(2);
        assertThat(_size(wohnorte())).isEqualTo(1);
        assertThat(_getFormatted(wohnorte(), 0, "kommune")).isEqualTo("Neuss");

        _click(_get(Button.class, s -> s.withId("umzug-erfassen")));
        kommuneWaehlen("Kaarst");
        _get(DatePicker.class, s -> s.withId("wohnort-ab")).setValue(LocalDate.of(2021, 5, 1));
        _click(_get(Button.class, s -> s.withId("wohnort-speichern")));
        _assertNone(Dialog.class);
        assertThat(_size(wohnorte())).isEqualTo(2);
        assertThat(_getFormatted(wohnorte(), 0, "kommune")).isEqualTo("Kaarst");
        assertThat(_getFormatted(wohnorte(), 0, "ab")).isEqualTo("01.05.2021");
        assertThat(_getFormatted(wohnorte(), 1, "kommune")).isEqualTo("Neuss");
        assertThat(_getFormatted(wohnorte(), 1, "bis")).as("Neuss until the day of the move").isEqualTo("01.05.2021");
        assertThat(akte(samir).kommune()).isEqualTo("Kaarst");

        _click(_get(Button.class, s -> s.withId("umzug-erfassen")));
        kommuneWaehlen("Kaarst");
        _get(DatePicker.class, s -> s.withId("wohnort-ab")).setValue(LocalDate.of(2021, 6, 1));
        _click(_get(Button.class, s -> s.withId("wohnort-speichern")));
        ComboBox<Kommune> kommune = _get(ComboBox.class, s -> s.withId("wohnort-kommune"));
        assertThat(kommune.isInvalid()).as("a move into the Kommune she already lives in").isTrue();
        assertThat(kommune.getErrorMessage()).isNotBlank().doesNotStartWith("!");
        _get(Dialog.class).close();

        _click(zeilenknopf(wohnorte(), 0, "wohnort-korrigieren"));
        assertThat(_get(DatePicker.class, s -> s.withId("wohnort-ab")).getValue()).isEqualTo(LocalDate.of(2021, 5, 1));
        _get(DatePicker.class, s -> s.withId("wohnort-ab")).setValue(LocalDate.of(2021, 4, 15));
        _click(_get(Button.class, s -> s.withId("wohnort-speichern")));
        assertThat(_getFormatted(wohnorte(), 0, "ab")).isEqualTo("15.04.2021");
        assertThat(_size(wohnorte())).as("the correction supersedes, it does not add").isEqualTo(2);

        _click(zeilenknopf(wohnorte(), 0, "wohnort-streichen"));
        _click(_get(Button.class, s -> s.withId("streichen-speichern")));
        assertThat(_get(TextField.class, s -> s.withId("streichen-grund")).isInvalid()).as("no reason, nothing struck").isTrue();
        _get(TextField.class, s -> s.withId("streichen-grund")).setValue("Umzug war eine Verwechslung");
        _click(_get(Button.class, s -> s.withId("streichen-speichern")));
        assertThat(_size(wohnorte())).isEqualTo(1);
        assertThat(akte(samir).kommune()).isEqualTo("Neuss");
    }

    @Test
    @Order(2)
    @SuppressWarnings("unchecked")
    void ausDemProgrammAbmeldenWiederaufnehmenUndKorrigieren() {
        anmelden(ki);
        oeffnen("teilnehmer/" + samir);
        reiter(1);
        _click(zeilenknopf(teilnahmen("gemeinsam-klappts"), 0, "teilnahme-abmelden"));
        assertThat(_get(Dialog.class).getHeaderTitle()).isEqualTo("Aus Programm abmelden: Gemeinsam klappt’s");
        _get(DatePicker.class, s -> s.withId("abmeldung-am")).setValue(LocalDate.of(2021, 6, 30));
        _get(Select.class, s -> s.withId("abmeldung-art")).setValue(Abmeldeart.NICHT_ERREICHBAR);
        _click(_get(Button.class, s -> s.withId("abmeldung-speichern")));
        assertThat(_get(TextField.class, s -> s.withId("abmeldung-grund")).isInvalid()).as("reason missing").isTrue();
        _get(TextField.class, s -> s.withId("abmeldung-grund")).setValue("seit Mai kein Kontakt");
        _click(_get(Button.class, s -> s.withId("abmeldung-speichern")));
        Grid<?> episoden = teilnahmen("gemeinsam-klappts");
        assertThat(_getFormatted(episoden, 0, "abgemeldet")).isEqualTo("30.06.2021");
        assertThat(_getFormatted(episoden, 0, "abmeldung")).isEqualTo("nicht erreichbar – seit Mai kein Kontakt");
        assertThat(_get(Span.class, s -> s.withId("teilnehmer-stand")).getText()).isEqualTo("abgemeldet");

        _click(zeilenknopf(episoden, 0, "teilnahme-wiederaufnehmen"));
        DatePicker am = _get(DatePicker.class, s -> s.withId("teilnahme-am"));
        am.setValue(LocalDate.of(2021, 6, 1));
        _click(_get(Button.class, s -> s.withId("teilnahme-speichern")));
        assertThat(am.isInvalid()).as("the new episode would overlap the ended one").isTrue();
        assertThat(am.getErrorMessage()).isNotBlank().doesNotStartWith("!");
        am.setValue(LocalDate.of(2021, 8, 1));
        _click(_get(Button.class, s -> s.withId("teilnahme-speichern")));
        _assertNone(Dialog.class);
        episoden = teilnahmen("gemeinsam-klappts");
        assertThat(_size(episoden)).as("re-admission is a new episode").isEqualTo(2);
        assertThat(_getFormatted(episoden, 0, "abgemeldet")).isEqualTo("30.06.2021");
        assertThat(_getFormatted(episoden, 1, "aufgenommen")).isEqualTo("01.08.2021");
        assertThat(_getFormatted(episoden, 1, "abgemeldet")).isEmpty();
        assertThat(_get(Span.class, s -> s.withId("teilnehmer-stand")).getText()).isEqualTo("aktiv");

        _click(zeilenknopf(episoden, 1, "teilnahme-korrigieren"));
        _get(DatePicker.class, s -> s.withId("korrektur-aufgenommen")).setValue(LocalDate.of(2021, 8, 15));
        _click(_get(Button.class, s -> s.withId("korrektur-speichern")));
        episoden = teilnahmen("gemeinsam-klappts");
        assertThat(_size(episoden)).isEqualTo(2);
        assertThat(_getFormatted(episoden, 1, "aufgenommen")).isEqualTo("15.08.2021");

        reiter(8);
        Grid<?> verlauf = _get(Grid.class, s -> s.withId("verlauf"));
        List<String> ereignisse = IntStream.range(0, _size(verlauf)).mapToObj(i -> _getFormatted(verlauf, i, "ereignis")).toList();
        assertThat(ereignisse).contains("Abmeldung aus Gemeinsam klappt’s: nicht erreichbar – seit Mai kein Kontakt");
        assertThat(ereignisse).filteredOn(e -> e.startsWith("Aufnahme in Gemeinsam klappt’s")).hasSize(2);
    }

    @Test
    @Order(3)
    @SuppressWarnings("unchecked")
    void inWeiteresProgrammAufnehmen() {
        anmelden(ki);
        oeffnen("teilnehmer/" + samir);
        reiter(1);
        _assertNone(Grid.class, s -> s.withId("teilnahmen-durchstarten"));
        _click(_get(Button.class, s -> s.withId("teilnahme-aufnehmen")));
        Select<String> programm = _get(Select.class, s -> s.withId("teilnahme-programm"));
        assertThat(programm.getListDataView().getItems().toList()).as("only programs without an open episode")
                .containsExactly("durchstarten");
        programm.setValue("durchstarten");
        _get(DatePicker.class, s -> s.withId("teilnahme-am")).setValue(LocalDate.of(2021, 9, 1));
        _click(_get(Button.class, s -> s.withId("teilnahme-speichern")));
        Grid<?> durchstarten = teilnahmen("durchstarten");
        assertThat(_getFormatted(durchstarten, 0, "aufgenommen")).isEqualTo("01.09.2021");
        assertThat(_getFormatted(durchstarten, 0, "einstufung")).isEqualTo("primäre Zielgruppe");
        assertThat(_size(teilnahmen("gemeinsam-klappts"))).isEqualTo(2);
        assertThat(_get(Button.class, s -> s.withId("teilnahme-aufnehmen")).isEnabled())
                .as("open in every enabled program").isFalse();
    }

    @Test
    @Order(4)
    @SuppressWarnings("unchecked")
    void beschaeftigungsverbotUndAufenthaltsstatus() {
        anmelden(ki);
        oeffnen("teilnehmer/" + samir);
        reiter(3);
        _click(_get(Button.class, s -> s.withId("merkmal-erfassen")));
        assertThat(_get(Select.class, s -> s.withId("merkmal-art")).getValue()).isEqualTo(Personenmerkmal.BESCHAEFTIGUNGSVERBOT);
        _get(DatePicker.class, s -> s.withId("merkmal-ab")).setValue(LocalDate.of(2021, 3, 1));
        DatePicker bis = _get(DatePicker.class, s -> s.withId("merkmal-bis"));
        bis.setValue(LocalDate.of(2021, 2, 1));
        _click(_get(Button.class, s -> s.withId("merkmal-speichern")));
        assertThat(bis.isInvalid()).as("ends before it begins").isTrue();
        bis.clear();
        _click(_get(Button.class, s -> s.withId("merkmal-speichern")));
        Grid<?> merkmale = _get(Grid.class, s -> s.withId("merkmale"));
        assertThat(_getFormatted(merkmale, 0, "merkmal")).isEqualTo("Beschäftigungsverbot");
        assertThat(_getFormatted(merkmale, 0, "heute")).isEqualTo("gilt");
        assertThat(akte(samir).beschaeftigungsverbot()).isTrue();

        _click(zeilenknopf(merkmale, 0, "merkmal-beenden"));
        _get(DatePicker.class, s -> s.withId("datum-am")).setValue(LocalDate.of(2021, 12, 1));
        _click(_get(Button.class, s -> s.withId("datum-speichern")));
        merkmale = _get(Grid.class, s -> s.withId("merkmale"));
        assertThat(_getFormatted(merkmale, 0, "bis")).isEqualTo("01.12.2021");
        assertThat(_getFormatted(merkmale, 0, "heute")).isEqualTo("gilt nicht");
        assertThat(akte(samir).beschaeftigungsverbot()).isFalse();
        _assertNone(_getCellComponent(merkmale, 0, "aktionen"), Button.class, s -> s.withClasses("merkmal-beenden"));

        Grid<?> aufenthalte = _get(Grid.class, s -> s.withId("aufenthalte"));
        assertThat(_getFormatted(aufenthalte, 0, "ab")).isEqualTo("01.01.2019");
        _click(zeilenknopf(aufenthalte, 0, "aufenthalt-korrigieren"));
        assertThat(_get(Select.class, s -> s.withId("aufenthalt-status")).getValue()).isEqualTo(Aufenthaltsstatus.DULDUNG);
        _get(DatePicker.class, s -> s.withId("aufenthalt-ab")).setValue(LocalDate.of(2018, 6, 1));
        _click(_get(Button.class, s -> s.withId("aufenthalt-speichern")));
        aufenthalte = _get(Grid.class, s -> s.withId("aufenthalte"));
        assertThat(_size(aufenthalte)).isEqualTo(1);
        assertThat(_getFormatted(aufenthalte, 0, "ab")).isEqualTo("01.06.2018");
    }

    @Test
    @Order(5)
    @SuppressWarnings("unchecked")
    void freigabeJeProgrammErfassenUndKorrigieren() {
        anmelden(ki);
        oeffnen("teilnehmer/" + samir);
        reiter(1);
        _click(_get(Button.class, s -> s.withId("freigabe-erfassen-gemeinsam-klappts")));
        _get(Select.class, s -> s.withId("freigabe-status")).setValue(Freigabe.BESTAETIGT);
        _get(DatePicker.class, s -> s.withId("freigabe-am")).setValue(LocalDate.of(2021, 3, 10));
        _click(_get(Button.class, s -> s.withId("freigabe-speichern")));
        Grid<?> freigaben = _get(Grid.class, s -> s.withId("freigaben-gemeinsam-klappts"));
        assertThat(_getFormatted(freigaben, 0, "status")).isEqualTo("bestätigt");
        assertThat(_getFormatted(freigaben, 0, "ab")).isEqualTo("10.03.2021");
        _assertNone(Grid.class, s -> s.withId("freigaben-durchstarten"));

        _click(zeilenknopf(freigaben, 0, "freigabe-korrigieren"));
        _get(DatePicker.class, s -> s.withId("freigabe-am")).setValue(LocalDate.of(2021, 3, 12));
        _click(_get(Button.class, s -> s.withId("freigabe-speichern")));
        freigaben = _get(Grid.class, s -> s.withId("freigaben-gemeinsam-klappts"));
        assertThat(_size(freigaben)).isEqualTo(1);
        assertThat(_getFormatted(freigaben, 0, "ab")).isEqualTo("12.03.2021");
        assertThat(akte(samir).freigaben()).singleElement().satisfies(f -> assertThat(f.programm()).isEqualTo("gemeinsam-klappts"));
    }

    @Test
    @Order(6)
    @SuppressWarnings("unchecked")
    void zuweisungBereitsBeendetErfassenUndKorrigieren() {
        anmelden(ki);
        oeffnen("teilnehmer/" + samir);
        reiter(7);
        _click(_get(Button.class, s -> s.withId("zuweisung-anlegen")));
        ComboBox<MassnahmeZeile> massnahme = _get(ComboBox.class, s -> s.withId("zuweisung-massnahme"));
        massnahme.setValue(massnahme.getGenericDataView().getItems().filter(m -> m.status() == Status.LAUFEND)
                .findFirst().orElseThrow());
        _get(DatePicker.class, s -> s.withId("zuweisung-ab")).setValue(LocalDate.of(2021, 9, 15));
        _get(Checkbox.class, s -> s.withId("zuweisung-beendet")).setValue(true);
        _get(Select.class, s -> s.withId("zuweisung-ergebnis")).setValue(Zuweisungsergebnis.ABBRUCH);
        _get(DatePicker.class, s -> s.withId("zuweisung-bis")).setValue(LocalDate.of(2021, 10, 1));
        _click(_get(Button.class, s -> s.withId("zuweisung-speichern")));
        TextField grund = _get(TextField.class, s -> s.withId("zuweisung-grund"));
        assertThat(grund.isInvalid()).as("an Abbruch needs its reason").isTrue();
        grund.setValue("Umzug in eine andere Stadt");
        _click(_get(Button.class, s -> s.withId("zuweisung-speichern")));
        _assertNone(Dialog.class);
        Grid<?> zuweisungen = _get(Grid.class, s -> s.withId("zuweisungen"));
        assertThat(_getFormatted(zuweisungen, 0, "ergebnis")).isEqualTo("Abbruch");
        assertThat(_getFormatted(zuweisungen, 0, "bis")).isEqualTo("01.10.2021");
        assertThat(_getFormatted(zuweisungen, 0, "abbruchgrund")).isEqualTo("Umzug in eine andere Stadt");
        _assertNone(_getCellComponent(zuweisungen, 0, "aktion"), Button.class, s -> s.withClasses("zuweisung-beenden"));

        _click(zeilenknopf(zuweisungen, 0, "zuweisung-korrigieren"));
        assertThat(_get(Checkbox.class, s -> s.withId("zuweisung-beendet")).getValue()).isTrue();
        _get(DatePicker.class, s -> s.withId("zuweisung-bis")).setValue(LocalDate.of(2021, 10, 5));
        _click(_get(Button.class, s -> s.withId("zuweisung-speichern")));
        zuweisungen = _get(Grid.class, s -> s.withId("zuweisungen"));
        assertThat(_size(zuweisungen)).isEqualTo(1);
        assertThat(_getFormatted(zuweisungen, 0, "bis")).isEqualTo("05.10.2021");
    }

    @Test
    @Order(7)
    @SuppressWarnings("unchecked")
    void aufnahmeOhneGeburtsdatumWirdOffeneKlaerung() {
        anmelden(ki);
        oeffnen("teilnehmer/aufnahme");
        _get(TextField.class, s -> s.withId("person-vorname")).setValue("Noor");
        _get(TextField.class, s -> s.withId("person-nachname")).setValue("Offen");
        kommuneWaehlen("Neuss");
        _get(Select.class, s -> s.withId("aufnahme-status")).setValue(Aufenthaltsstatus.DULDUNG);
        _get(DatePicker.class, s -> s.withId("aufnahme-status-ab")).setValue(LocalDate.of(2019, 6, 1));
        _get(DatePicker.class, s -> s.withId("aufnahme-am")).setValue(LocalDate.of(2021, 3, 1));
        _click(_get(Button.class, s -> s.withId("aufnahme-pruefen")));
        Div urteil = urteil("gemeinsam-klappts");
        assertThat(urteil.getClassNames()).contains("nicht-entscheidbar");
        assertThat(urteil.getElement().getTextRecursively()).contains("nicht entscheidbar").contains("Geburtsdatum")
                .contains("offene Klärung");
        _get(Select.class, s -> s.withId("aufnahme-programm")).setValue("gemeinsam-klappts");
        DatePicker klaerung = _get(DatePicker.class, s -> s.withId("aufnahme-klaerung-bis"));
        assertThat(klaerung.isVisible()).isTrue();
        assertThat(klaerung.getValue()).as("Wiedervorlage in 14 days by default").isEqualTo(HEUTE.plusDays(14));
        _assertNone(TextField.class, s -> s.withId("aufnahme-ausnahme-grund"));
        klaerung.setValue(LocalDate.of(2021, 4, 1));
        _click(_get(Button.class, s -> s.withId("aufnahme-speichern")));

        assertThat(_get(H2.class, s -> s.withId("teilnehmer-titel")).getText()).isEqualTo("Offen, Noor");
        reiter(1);
        Grid<?> episoden = teilnahmen("gemeinsam-klappts");
        assertThat(_getFormatted(episoden, 0, "einstufung")).isEqualTo("nicht entscheidbar");
        assertThat(_getFormatted(episoden, 0, "klaerung")).isEqualTo("überfällig seit 01.04.2021");

        oeffnen("klaerungen");
        Grid<Klaerung> liste = _get(Grid.class, s -> s.withId("klaerungen"));
        int zeile = zeile(liste, "Offen, Noor");
        assertThat(_getFormatted(liste, zeile, "offen")).startsWith("nicht entscheidbar: ").contains("Geburtsdatum");
        assertThat(_find(_getCellComponent(liste, zeile, "faellig"), Span.class, s -> s.withClasses("klaerung-ueberfaellig")))
                .as("overdue is marked in words, not only by colour").hasSize(1);
        assertThat(_get(Span.class, s -> s.withId("klaerungen-anzahl")).getText()).matches("\\d+ offen, davon [1-9]\\d* überfällig");

        _click(zeilenknopf(liste, zeile, "klaerung-verschieben"));
        _get(DatePicker.class, s -> s.withId("datum-am")).setValue(HEUTE.plusDays(30));
        _click(_get(Button.class, s -> s.withId("datum-speichern")));
        liste = _get(Grid.class, s -> s.withId("klaerungen"));
        zeile = zeile(liste, "Offen, Noor");
        assertThat(_find(_getCellComponent(liste, zeile, "faellig"), Span.class, s -> s.withClasses("klaerung-ueberfaellig")))
                .isEmpty();
        assertThat(kontext.getBean(Teilnahmen.class).klaerungen(ki)).filteredOn(k -> k.name().equals("Offen, Noor"))
                .singleElement().satisfies(k -> assertThat(k.faelligAm()).isEqualTo(HEUTE.plusDays(30)));
    }

    @Test
    @Order(8)
    @SuppressWarnings("unchecked")
    void ausnahmeInDenOffenenKlaerungenDokumentieren() {
        // the status entered later says Aufenthaltstitel: „nicht Zielgruppe“, open until the exception is documented
        kontext.getBean(Verlaufseintraege.class).aufenthaltErfassen(ki, lina,
                new AufenthaltDaten(Aufenthaltsstatus.AUFENTHALTSTITEL, LocalDate.of(2019, 1, 1), null));
        anmelden(ki);
        oeffnen("klaerungen");
        Grid<Klaerung> liste = _get(Grid.class, s -> s.withId("klaerungen"));
        int zeile = zeile(liste, "Titel, Lina");
        assertThat(_getFormatted(liste, zeile, "offen")).startsWith("nicht Zielgruppe");
        _assertNone(_getCellComponent(liste, zeile(liste, "Offen, Noor"), "aktionen"), Button.class,
                s -> s.withClasses("ausnahme-dokumentieren"));
        _click(zeilenknopf(liste, zeile, "ausnahme-dokumentieren"));
        _click(_get(Button.class, s -> s.withId("ausnahme-speichern")));
        assertThat(_get(TextField.class, s -> s.withId("ausnahme-grund")).isInvalid()).isTrue();
        _get(TextField.class, s -> s.withId("ausnahme-grund")).setValue("Aufenthaltstitel, keine andere Förderung");
        _get(TextField.class, s -> s.withId("ausnahme-genehmigt")).setValue("Leitung KI");
        _click(_get(Button.class, s -> s.withId("ausnahme-speichern")));
        _assertNone(Dialog.class);
        liste = _get(Grid.class, s -> s.withId("klaerungen"));
        assertThat(_fetch(liste, 0, _size(liste))).extracting(Klaerung::name).contains("Offen, Noor")
                .doesNotContain("Titel, Lina");
        Programmteilnahme t = akte(lina).programme().get(0);
        assertThat(t.ausnahmeGrund()).isEqualTo("Aufenthaltstitel, keine andere Förderung");
        assertThat(t.klaerungOffen()).isFalse();
    }

    @Test
    @Order(9)
    @SuppressWarnings("unchecked")
    void bereitsErfasstePersonInsProgrammStattDoppelt() {
        anmelden(ki);
        oeffnen("teilnehmer/aufnahme");
        _get(TextField.class, s -> s.withId("person-vorname")).setValue("Omar");
        _get(TextField.class, s -> s.withId("person-nachname")).setValue("Doppelt");
        _get(DatePicker.class, s -> s.withId("person-geburtsdatum")).setValue(LocalDate.of(2001, 2, 2));
        kommuneWaehlen("Neuss");
        _get(Select.class, s -> s.withId("aufnahme-status")).setValue(Aufenthaltsstatus.GESTATTUNG);
        _get(DatePicker.class, s -> s.withId("aufnahme-status-ab")).setValue(LocalDate.of(2020, 1, 1));
        _get(DatePicker.class, s -> s.withId("aufnahme-am")).setValue(LocalDate.of(2021, 4, 1));
        _click(_get(Button.class, s -> s.withId("aufnahme-pruefen")));
        Div bestehende = _get(Div.class, s -> s.withId("aufnahme-bestehende"));
        assertThat(bestehende.isVisible()).isTrue();
        List<Div> personen = _find(bestehende, Div.class, s -> s.withClasses("bestehende-person"));
        assertThat(personen).singleElement().satisfies(p -> {
            assertThat(p.getElement().getAttribute("data-id")).isEqualTo(omar.toString());
            assertThat(p.getElement().getTextRecursively()).contains("Doppelt").contains("02.02.2001").contains("Neuss")
                    .contains("Gemeinsam klappt’s");
        });
        assertThat(_get(Button.class, s -> s.withId("aufnahme-speichern")).getText()).isEqualTo("Trotzdem als neue Person aufnehmen");
        _get(Select.class, s -> s.withId("aufnahme-programm")).setValue("durchstarten");
        _click(_get(personen.get(0), Button.class, s -> s.withClasses("bestehende-aufnehmen")));

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("teilnehmer/" + omar);
        reiter(1);
        assertThat(_getFormatted(teilnahmen("durchstarten"), 0, "aufgenommen")).isEqualTo("01.04.2021");
        assertThat(akte(omar).programme()).extracting(Programmteilnahme::programm)
                .containsExactly("gemeinsam-klappts", "durchstarten");
    }

    @Test
    @Order(10)
    @SuppressWarnings("unchecked")
    void ausschlussgrundBeiDerAufnahme() {
        anmelden(ki);
        oeffnen("teilnehmer/aufnahme");
        _get(TextField.class, s -> s.withId("person-vorname")).setValue("Yusuf");
        _get(TextField.class, s -> s.withId("person-nachname")).setValue("Ausschluss");
        _get(DatePicker.class, s -> s.withId("person-geburtsdatum")).setValue(LocalDate.of(2000, 1, 1));
        kommuneWaehlen("Neuss");
        _get(Select.class, s -> s.withId("aufnahme-status")).setValue(Aufenthaltsstatus.DULDUNG);
        _get(DatePicker.class, s -> s.withId("aufnahme-status-ab")).setValue(LocalDate.of(2019, 6, 1));
        _get(DatePicker.class, s -> s.withId("aufnahme-am")).setValue(LocalDate.of(2021, 3, 1));
        _click(_get(Button.class, s -> s.withId("aufnahme-merkmal-neu")));
        Select<Personenmerkmal> merkmal = _get(Select.class, s -> s.withClasses("aufnahme-merkmal-art"));
        merkmal.setValue(Personenmerkmal.GEFAEHRDER);
        _get(DatePicker.class, s -> s.withClasses("aufnahme-merkmal-ab")).setValue(LocalDate.of(2020, 1, 1));
        DatePicker bis = _get(DatePicker.class, s -> s.withClasses("aufnahme-merkmal-bis"));
        bis.setValue(LocalDate.of(2019, 1, 1));
        _click(_get(Button.class, s -> s.withId("aufnahme-pruefen")));
        _get(Select.class, s -> s.withId("aufnahme-programm")).setValue("gemeinsam-klappts");
        _click(_get(Button.class, s -> s.withId("aufnahme-speichern")));
        assertThat(bis.isInvalid()).as("merkmale[0].bis appears at the row's field").isTrue();
        assertThat(bis.getErrorMessage()).doesNotStartWith("!");

        bis.clear();
        _click(_get(Button.class, s -> s.withId("aufnahme-speichern")));
        TextField grund = _get(TextField.class, s -> s.withId("aufnahme-ausnahme-grund"));
        assertThat(grund.isVisible()).as("the platform's verdict with the exclusion fact asks for the exception").isTrue();
        assertThat(grund.isInvalid()).isTrue();
        assertThat(grund.getErrorMessage()).isNotBlank().doesNotStartWith("!");
        _assertOne(AufnahmeView.class);
    }

    @Test
    @Order(11)
    void offeneKlaerungenImMenueFuerCaseManagementNichtFuerDenKreisAdmin() {
        Nutzer admin = TestKreise.admin(kontext, slug);
        Nutzer cm = new Nutzer(ki.id(), slug + ".cm", "Case-Management", slug, ki.kreisName(), Set.of(Rolle.CASE_MANAGEMENT));
        anmelden(cm);
        oeffnen("teilnehmer");
        assertThat(_find(SideNavItem.class).stream().map(SideNavItem::getLabel)).contains("Offene Klärungen");
        oeffnen("klaerungen");
        _assertOne(KlaerungenView.class);
        vaadinBeenden();
        vaadin();
        anmelden(admin);
        oeffnen("kommunen");
        assertThat(_find(SideNavItem.class).stream().map(SideNavItem::getLabel)).doesNotContain("Offene Klärungen");
        oeffnen("klaerungen");
        _assertOne(KeinZugriffView.class);
    }

    private static UUID kommune(String name) {
        return kontext.getBean(KommunenDienst.class).liste(ki).stream().filter(k -> k.name().equals(name))
                .map(Kommune::id).findFirst().orElseThrow();
    }

    private static TeilnehmerAkte akte(UUID id) {
        return kontext.getBean(TeilnehmerDienst.class).akte(ki, id);
    }

    @SuppressWarnings("unchecked")
    private static void kommuneWaehlen(String name) {
        ComboBox<Kommune> auswahl = _find(ComboBox.class).stream()
                .filter(c -> "wohnort-kommune".equals(c.getId().orElse("")) || "person-kommune".equals(c.getId().orElse("")))
                .findFirst().orElseThrow();
        auswahl.setValue(auswahl.getGenericDataView().getItems().filter(k -> k.name().equals(name)).findFirst().orElseThrow());
    }

    private static Grid<?> wohnorte() {
        return _get(Grid.class, s -> s.withId("wohnorte"));
    }

    private static Grid<?> teilnahmen(String programm) {
        return _get(Grid.class, s -> s.withId("teilnahmen-" + programm));
    }

    private static Button zeilenknopf(Grid<?> grid, int zeile, String klasse) {
        Component zelle = _getCellComponent(grid, zeile, grid.getColumnByKey("aktionen") != null ? "aktionen" : "aktion");
        return _get(zelle, Button.class, s -> s.withClasses(klasse));
    }

    private static int zeile(Grid<Klaerung> liste, String name) {
        List<Klaerung> zeilen = _fetch(liste, 0, _size(liste));
        return IntStream.range(0, zeilen.size()).filter(i -> zeilen.get(i).name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " nicht in der Liste"));
    }

    private static void reiter(int nummer) {
        _get(TabSheet.class, s -> s.withId("teilnehmer-reiter")).setSelectedIndex(nummer);
    }

    private static Div urteil(String programm) {
        return _find(_get(Div.class, s -> s.withId("aufnahme-urteile")), Div.class, s -> s.withClasses("urteil")).stream()
                .filter(d -> programm.equals(d.getElement().getAttribute("data-programm"))).findFirst().orElseThrow();
    }
}
