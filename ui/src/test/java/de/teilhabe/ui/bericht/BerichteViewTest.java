package de.teilhabe.ui.bericht;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import de.teilhabe.platform.bericht.Berichtsstand;
import de.teilhabe.ui.komponenten.Balkendiagramm;
import de.teilhabe.platform.bericht.RknStichtag31032021;
import de.teilhabe.platform.programm.ProgrammDienst;
import de.teilhabe.platform.sicherheit.Nutzer;
import de.teilhabe.platform.sicherheit.Rolle;
import de.teilhabe.platform.testing.TestKreise;
import de.teilhabe.ui.konfiguration.MitProgrammen;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.stream.IntStream;

import static com.github.mvysny.kaributesting.v10.GridKt._fetch;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Rhein-Kreis Neuss's tables of 31.03.2021 in the report view, with charts and the plugin's part; a committee
 * reader sees small counts hidden; a report frozen for a committee reopens and compares.
 */
class BerichteViewTest extends MitProgrammen {
    private static String slug;
    private static Nutzer ki;

    @BeforeAll
    static void kreis() {
        slug = TestKreise.slug("ui-bericht");
        ki = rknMitMassnahmen(slug);
        kontext.getBean(ProgrammDienst.class).aktivieren(TestKreise.admin(kontext, slug), "gemeinsam-klappts");
        kontext.getBean(RknStichtag31032021.class).anlegen(slug, slug + ".cm");
        kontext.getBean(de.teilhabe.platform.stelle.StellenDemo.class).rkn(slug);
        kontext.getBean(de.teilhabe.platform.zielgruppenbasis.ZielgruppenbasisDemo.class).rkn(slug);
    }

    @AfterAll
    static void aufraeumen() {
        entfernen(slug);
    }

    @Test
    @SuppressWarnings("unchecked")
    void tabellenWieInDerRatsvorlage() {
        anmelden(ki);
        oeffnen("berichte");
        waehlen();
        Grid<?> aufnahme = _get(Grid.class, s -> s.withId("bericht-aufnahme"));
        int summe = _size(aufnahme) - 1;
        assertThat(_getFormatted(aufnahme, summe, "duldung")).isEqualTo("122");
        assertThat(_getFormatted(aufnahme, summe, "gestattung")).isEqualTo("80");
        assertThat(_getFormatted(aufnahme, summe, "aufgenommen")).isEqualTo("204");
        assertThat(_getFormatted(aufnahme, summe, "abgemeldet")).isEqualTo("19");
        assertThat(_getFormatted(aufnahme, summe, "aktiv")).isEqualTo("185");
        Grid<?> zuweisungen = _get(Grid.class, s -> s.withId("bericht-zuweisungen"));
        assertThat(_getFormatted(zuweisungen, _size(zuweisungen) - 1, "zugewiesen")).isEqualTo("109");
        Grid<?> massnahmen = _get(Grid.class, s -> s.withId("bericht-massnahmen"));
        assertThat(_size(massnahmen)).isEqualTo(24);
        assertThat(IntStream.range(0, _size(massnahmen)).mapToObj(i -> _getFormatted(massnahmen, i, "bemerkung")))
                .filteredOn(b -> b.equals("wird nicht durchgeführt (nicht genügend TN)")).hasSize(2);
        Grid<?> stellen = _get(Grid.class, s -> s.withId("bericht-stellen"));
        assertThat(_getFormatted(stellen, 0, "anspruch-vzae")).isEqualTo("3,0");
        assertThat(_getFormatted(stellen, 0, "besetzt-vzae")).isEqualTo("3,0");
        Grid<?> basis = _get(Grid.class, s -> s.withId("bericht-zielgruppenbasis"));
        assertThat(_getFormatted(basis, _size(basis) - 1, "gesamt")).as("seed 000: 308 + 304").isEqualTo("612");
        Grid<?> beitrag = _get(Grid.class, s -> s.withId("bericht-gemeinsam-klappts.aufnahmestand"));
        assertThat(_getFormatted(beitrag, _size(beitrag) - 1, "aktiv")).isEqualTo("185");
        assertThat(_find(Balkendiagramm.class)).as("charts per Kommune, status mix, funding").hasSizeGreaterThanOrEqualTo(3);
        for (String format : new String[] {"xlsx", "csv", "pdf"}) {
            _get(Anchor.class, s -> s.withId("aufnahme-" + format));
            _get(Anchor.class, s -> s.withId("finanzierung-" + format));
            _get(Anchor.class, s -> s.withId("mappe-" + format));
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void gremiumSiehtKleineZahlenNicht() {
        anmelden(new Nutzer(ki.id(), slug + ".gremium", "Gremium", slug, ki.kreisName(), Set.of(Rolle.GREMIUM_LESERECHT)));
        oeffnen("berichte");
        waehlen();
        Grid<?> aufnahme = _get(Grid.class, s -> s.withId("bericht-aufnahme"));
        int juechen = IntStream.range(0, _size(aufnahme)).filter(i -> _getFormatted(aufnahme, i, "kommune").equals("Jüchen"))
                .findFirst().orElseThrow();
        assertThat(_getFormatted(aufnahme, juechen, "aufenthaltstitel")).isEqualTo("·");
        assertThat(_getFormatted(aufnahme, _size(aufnahme) - 1, "aufgenommen")).isEqualTo("204");
        _assertNone(Grid.class, s -> s.withId("bericht-gemeinsam-klappts.aufnahmestand"));
        _assertNone(Button.class, s -> s.withId("festschreiben-aufnahme"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void festschreibenWiederoeffnenUndVergleichen() {
        anmelden(ki);
        oeffnen("berichte");
        waehlen();
        _click(_get(Button.class, s -> s.withId("festschreiben-aufnahme")));
        _click(_get(Button.class, s -> s.withId("festschreiben-speichern")));
        TextField anlass = _get(TextField.class, s -> s.withId("festschreiben-anlass"));
        assertThat(anlass.isInvalid()).as("no occasion, nothing frozen").isTrue();
        anlass.setValue("Sozial- und Gesundheitsausschuss, 20.05.2021");
        _click(_get(Button.class, s -> s.withId("festschreiben-speichern")));

        oeffnen("berichte/staende");
        _get(Select.class, s -> s.withId("staende-programm")).setValue("gemeinsam-klappts");
        Grid<Berichtsstand> staende = _get(Grid.class, s -> s.withId("staende"));
        Berichtsstand stand = _fetch(staende, 0, 1).get(0);
        assertThat(stand.anlass()).isEqualTo("Sozial- und Gesundheitsausschuss, 20.05.2021");
        assertThat(stand.geschuetzt()).isTrue();
        staende.select(stand);
        Grid<?> inhalt = _get(Grid.class, s -> s.withId("stand"));
        assertThat(_getFormatted(inhalt, _size(inhalt) - 1, "aufgenommen")).isEqualTo("204");
        _get(DatePicker.class, s -> s.withId("vergleich-stichtag")).setValue(RknStichtag31032021.STICHTAG);
        _click(_get(Button.class, s -> s.withId("vergleichen")));
        _get(Paragraph.class, s -> s.withId("vergleich-gleich"));
        _get(Anchor.class, s -> s.withId("stand-xlsx"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void kurznamenDerTraegerAufWunsch() {
        anmelden(ki);
        oeffnen("berichte");
        waehlen();
        assertThat(traeger()).as("full names by default, as the council tables print them")
                .contains("Arbeiterwohlfahrt OV Neuss e.V.").doesNotContain("AWO Berufshilfe");
        _get(com.vaadin.flow.component.checkbox.Checkbox.class, s -> s.withId("bericht-kurznamen")).setValue(true);
        assertThat(traeger()).contains("AWO Berufshilfe").doesNotContain("Arbeiterwohlfahrt OV Neuss e.V.");
        assertThat(_getFormatted(zuweisungen(), _size(zuweisungen()) - 1, "zugewiesen")).as("same counts").isEqualTo("109");
        _get(Anchor.class, s -> s.withId("zuweisungen-xlsx"));
        _get(Anchor.class, s -> s.withId("mappe-pdf"));
    }

    @SuppressWarnings("unchecked")
    private static Grid<?> zuweisungen() {
        return _get(Grid.class, s -> s.withId("bericht-zuweisungen"));
    }

    private static java.util.List<String> traeger() {
        Grid<?> g = zuweisungen();
        return IntStream.range(0, _size(g)).mapToObj(i -> _getFormatted(g, i, "massnahmetraeger")).toList();
    }

    @SuppressWarnings("unchecked")
    private static void waehlen() {
        _get(Select.class, s -> s.withId("bericht-programm")).setValue("gemeinsam-klappts");
        _get(DatePicker.class, s -> s.withId("bericht-stichtag")).setValue(RknStichtag31032021.STICHTAG);
    }
}
