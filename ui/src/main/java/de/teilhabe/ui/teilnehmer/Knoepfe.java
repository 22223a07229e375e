package de.teilhabe.ui.teilnehmer;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;

import java.util.function.Supplier;

/** The small buttons of the participant page: a labelled action in a row, or an icon with its accessible name. */
final class Knoepfe {
    private Knoepfe() {
    }

    /** A text button in a table row that opens a dialog; {@code klasse} finds it in tests. */
    static Button zeile(String schluessel, String klasse, Supplier<? extends Dialog> dialog) {
        Button knopf = new Button(Texte.text(schluessel), e -> dialog.get().open());
        knopf.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        knopf.addClassName(klasse);
        return knopf;
    }

    /** The actions of one table row, side by side with a gap, wrapping where the column is narrow. */
    static Div gruppe(Component... knoepfe) {
        Div gruppe = new Div(knoepfe);
        gruppe.addClassName("zeilenaktionen");
        return gruppe;
    }

    /** A button under a table that opens a dialog. */
    static Button neu(String id, String schluessel, VaadinIcon symbol, Supplier<? extends Dialog> dialog) {
        Button knopf = new Button(Texte.text(schluessel), symbol.create(), e -> dialog.get().open());
        knopf.setId(id);
        return knopf;
    }

    /** An icon-only button; {@code schluessel} is read out by screen readers and shown as tooltip. */
    static Button symbol(VaadinIcon symbol, String schluessel, String klasse, Runnable aktion) {
        Button knopf = new Button(symbol.create(), e -> aktion.run());
        knopf.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
        knopf.setAriaLabel(Texte.text(schluessel));
        knopf.setTooltipText(Texte.text(schluessel));
        knopf.addClassName(klasse);
        return knopf;
    }
}
