package de.teilhabe.ui.teilnehmer;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import de.teilhabe.platform.fehler.FachlicherFehler;
import de.teilhabe.platform.teilnehmer.Programmfeld;
import de.teilhabe.ui.komponenten.Darstellung;
import de.teilhabe.ui.komponenten.Fehleranzeige;
import de.teilhabe.ui.komponenten.Fehlerzuordnung;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The extra case fields one program plugin declares, rendered by their type (text, number, date, yes/no, choice)
 * and saved together; the plugin's validation errors appear at the fields.
 */
class ProgrammfelderFormular extends VerticalLayout {
    private final Map<String, Supplier<String>> werte = new LinkedHashMap<>();
    private final Map<String, HasValidation> felder = new LinkedHashMap<>();
    private final Fehleranzeige fehler = new Fehleranzeige();

    ProgrammfelderFormular(String programm, List<Programmfeld> definitionen, boolean schreiben,
                           Function<Map<String, String>, ?> speichern, Consumer<Object> fertig) {
        setPadding(false);
        FormLayout formular = new FormLayout();
        formular.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2));
        definitionen.forEach(d -> formular.add(feld(d, schreiben)));
        add(new H4(Texte.programm(programm)), fehler, formular);
        if (schreiben) {
            Button sichern = new Button(getTranslation("allgemein.speichern"), VaadinIcon.CHECK.create(), e -> {
                fehler.leeren();
                felder.values().forEach(f -> f.setInvalid(false));
                Map<String, String> eingaben = new LinkedHashMap<>();
                werte.forEach((k, v) -> eingaben.put(k, v.get()));
                try {
                    fertig.accept(speichern.apply(eingaben));
                } catch (FachlicherFehler f) {
                    Fehlerzuordnung.anzeigen(f, felder, fehler, getLocale());
                }
            });
            sichern.setId("programmfelder-speichern-" + programm);
            add(sichern);
        }
    }

    private Component feld(Programmfeld d, boolean schreiben) {
        String label = d.bezeichnung() + (d.pflicht() ? " *" : "");
        Component feld = switch (d.typ()) {
            case "DATUM" -> {
                DatePicker datum = Darstellung.datumsfeld(label, getLocale());
                datum.setValue(d.wert() == null ? null : LocalDate.parse(d.wert()));
                werte.put(d.schluessel(), () -> datum.getValue() == null ? "" : datum.getValue().toString());
                felder.put(d.schluessel(), datum);
                yield datum;
            }
            case "JA_NEIN" -> {
                Select<String> jaNein = auswahl(label, List.of("ja", "nein"), ja(d.wert()));
                werte.put(d.schluessel(), () -> jaNein.getValue() == null ? "" : jaNein.getValue());
                felder.put(d.schluessel(), jaNein);
                yield jaNein;
            }
            case "AUSWAHL" -> {
                Select<String> wahl = auswahl(label, d.auswahlwerte(), d.wert());
                werte.put(d.schluessel(), () -> wahl.getValue() == null ? "" : wahl.getValue());
                felder.put(d.schluessel(), wahl);
                yield wahl;
            }
            default -> {
                TextField text = new TextField(label);
                text.setValue(d.wert() == null ? "" : d.wert());
                werte.put(d.schluessel(), text::getValue);
                felder.put(d.schluessel(), text);
                yield text;
            }
        };
        feld.setId("feld-" + d.schluessel());
        if (feld instanceof HasValue<?, ?> wert) {
            wert.setReadOnly(!schreiben);
        }
        if (!d.hilfetext().isBlank() && feld instanceof com.vaadin.flow.component.HasHelper hilfe) {
            hilfe.setHelperText(d.hilfetext());
        }
        return feld;
    }

    private static Select<String> auswahl(String label, List<String> werte, String wert) {
        Select<String> auswahl = new Select<>();
        auswahl.setLabel(label);
        auswahl.setItems(werte);
        auswahl.setEmptySelectionAllowed(true);
        if (wert != null && werte.contains(wert)) {
            auswahl.setValue(wert);
        }
        return auswahl;
    }

    /** Stored yes/no values may be true/false or ja/nein. */
    private static String ja(String wert) {
        if (wert == null) {
            return null;
        }
        return wert.equalsIgnoreCase("true") || wert.equalsIgnoreCase("ja") ? "ja" : "nein";
    }
}
