package de.teilhabe.ui.programm;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import de.teilhabe.platform.finanzierung.Programmumgebung;
import de.teilhabe.platform.sicherheit.Nutzer;
import de.teilhabe.plugin.api.zielgruppe.Aufenthaltsstatus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class ZielgruppeViewTest extends ProgrammOhneBrowser {
    private static Nutzer admin;

    @BeforeAll
    static void kreis() {
        admin = Programmumgebung.kreisMit(kontext, "zgui", "gemeinsam-klappts", "kim");
    }

    @AfterAll
    static void aufraeumen() {
        entfernen(admin.kreisSlug());
    }

    @BeforeEach
    void alsAdmin() {
        anmelden(admin);
        oeffnen("zielgruppe");
    }

    private static DatePicker geburtsdatum() {
        return _get(DatePicker.class, s -> s.withId("zg-geburtsdatum"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void geduldeter23JaehrigerIstPrimaereZielgruppeVonGemeinsamKlappts() {
        assertThat(_get(DatePicker.class, s -> s.withId("zg-stichtag")).getValue()).isEqualTo(LocalDate.now());
        _get(DatePicker.class, s -> s.withId("zg-stichtag")).setValue(LocalDate.of(2021, 3, 31));
        geburtsdatum().setValue(LocalDate.of(1998, 1, 15));
        Select<Aufenthaltsstatus> status = _get(Select.class, s -> s.withId("zg-aufenthaltsstatus"));
        status.setValue(Aufenthaltsstatus.DULDUNG);
        _click(_get(Button.class, s -> s.withId("zg-pruefen")));

        Div karte = _get(Div.class, s -> s.withId("urteil-gemeinsam-klappts"));
        assertThat(karte.getClassNames()).contains("urteil-primaer");
        String text = karte.getElement().getTextRecursively();
        assertThat(text).contains("Gemeinsam klappt").contains("primäre Zielgruppe").contains("Begründung");
        assertThat(geburtsdatum().isInvalid()).isFalse();
        _get(Div.class, s -> s.withId("urteil-kim"));
    }

    @Test
    void fehlendesGeburtsdatumIstNichtEntscheidbar() {
        _click(_get(Button.class, s -> s.withId("zg-pruefen")));
        assertThat(geburtsdatum().isInvalid()).as("an unknown birth date is allowed (ADR 0002)").isFalse();
        Div karte = _get(Div.class, s -> s.withId("urteil-gemeinsam-klappts"));
        assertThat(karte.getClassNames()).contains("urteil-nicht_entscheidbar");
        assertThat(karte.getElement().getTextRecursively()).contains("nicht entscheidbar").contains("Geburtsdatum");
    }

    @Test
    void geburtNachDemStichtagStehtAmFeld() {
        _get(DatePicker.class, s -> s.withId("zg-stichtag")).setValue(LocalDate.of(2021, 3, 31));
        geburtsdatum().setValue(LocalDate.of(2022, 1, 1));
        _click(_get(Button.class, s -> s.withId("zg-pruefen")));
        assertThat(geburtsdatum().isInvalid()).isTrue();
        assertThat(geburtsdatum().getErrorMessage()).contains("nach dem Stichtag");
    }
}
