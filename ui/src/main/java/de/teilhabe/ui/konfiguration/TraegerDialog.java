package de.teilhabe.ui.konfiguration;

import de.teilhabe.ui.komponenten.Fehlerzuordnung;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import de.teilhabe.platform.fehler.FachlicherFehler;
import de.teilhabe.platform.kommune.Kommune;
import de.teilhabe.platform.traeger.KontaktAnsicht;
import de.teilhabe.platform.traeger.KontaktDaten;
import de.teilhabe.platform.traeger.Traeger;
import de.teilhabe.platform.traeger.TraegerDaten;
import de.teilhabe.ui.komponenten.Fehleranzeige;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Create or edit one provider with its contacts and the Kommunen it serves. */
class TraegerDialog extends Dialog {
    private final Function<TraegerDaten, Traeger> speichern;
    private final TextField name = new TextField();
    private final TextField kurzname = new TextField();
    private final TextField rechtsform = new TextField();
    private final TextArea notizen = new TextArea();
    private final MultiSelectComboBox<Kommune> orte = new MultiSelectComboBox<>();
    private final VerticalLayout kontaktListe = new VerticalLayout();
    private final List<KontaktZeile> kontakte = new ArrayList<>();
    private final Fehleranzeige fehler = new Fehleranzeige();

    private final class KontaktZeile extends HorizontalLayout {
        final TextField kname = new TextField(getTranslation("config.providers.contact.name"));
        final TextField funktion = new TextField(getTranslation("config.providers.contact.role"));
        final TextField telefon = new TextField(getTranslation("config.providers.contact.phone"));
        final EmailField email = new EmailField(getTranslation("config.providers.contact.email"));

        KontaktZeile(KontaktAnsicht k) {
            kname.setValue(Objects.requireNonNullElse(k.name(), ""));
            funktion.setValue(Objects.requireNonNullElse(k.funktion(), ""));
            telefon.setValue(Objects.requireNonNullElse(k.telefon(), ""));
            email.setValue(Objects.requireNonNullElse(k.email(), ""));
            kname.addClassName("kontakt-name");
            Button weg = new Button(VaadinIcon.TRASH.create(), e -> {
                kontakte.remove(this);
                kontaktListe.remove(this);
            });
            weg.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            weg.setAriaLabel(getTranslation("config.providers.contact.remove"));
            add(kname, funktion, telefon, email, weg);
            setAlignItems(FlexComponent.Alignment.BASELINE);
            setWidthFull();
        }

        KontaktDaten kontakt() {
            return new KontaktDaten(null, null, kname.getValue(), funktion.getValue(), telefon.getValue(),
                    email.getValue());
        }
    }

    TraegerDialog(Traeger traeger, List<Kommune> kommunen, Function<TraegerDaten, Traeger> speichern) {
        this.speichern = speichern;
        setHeaderTitle(getTranslation(traeger == null ? "config.providers.dialog.new" : "config.providers.dialog.edit"));
        setWidth("56rem");
        name.setLabel(getTranslation("config.providers.name"));
        name.setId("traeger-name");
        name.setRequiredIndicatorVisible(true);
        kurzname.setLabel(getTranslation("config.providers.short"));
        kurzname.setId("traeger-kurzname");
        rechtsform.setLabel(getTranslation("config.providers.legal"));
        rechtsform.setId("traeger-rechtsform");
        notizen.setLabel(getTranslation("config.modules.notes"));
        orte.setLabel(getTranslation("config.measures.municipalities"));
        orte.setId("traeger-kommunen");
        orte.setItems(kommunen);
        orte.setItemLabelGenerator(Kommune::name);
        kontaktListe.setPadding(false);
        kontaktListe.setSpacing(false);
        if (traeger != null) {
            name.setValue(traeger.stamm().name());
            kurzname.setValue(Objects.requireNonNullElse(traeger.stamm().kurzname(), ""));
            rechtsform.setValue(Objects.requireNonNullElse(traeger.stamm().rechtsform(), ""));
            notizen.setValue(Objects.requireNonNullElse(traeger.stamm().notizen(), ""));
            orte.setValue(kommunen.stream().filter(k -> traeger.kommunen().contains(k.id())).toList());
            traeger.kontakte().forEach(this::kontaktHinzufuegen);
        }
        FormLayout formular = new FormLayout(name, kurzname, rechtsform, orte, notizen);
        formular.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2));
        formular.setColspan(name, 2);
        formular.setColspan(orte, 2);
        formular.setColspan(notizen, 2);
        Button neuerKontakt = new Button(getTranslation("config.providers.contact.add"), VaadinIcon.PLUS.create(),
                e -> kontaktHinzufuegen(new KontaktAnsicht(null, null, "", "", "", "")));
        neuerKontakt.setId("traeger-kontakt-neu");
        neuerKontakt.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(fehler, formular, new H4(getTranslation("config.providers.contacts")), kontaktListe, neuerKontakt);
        Button abbrechen = new Button(getTranslation("allgemein.abbrechen"), e -> close());
        Button sichern = new Button(getTranslation("allgemein.speichern"), e -> sichern());
        sichern.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        sichern.setId("traeger-speichern");
        getFooter().add(abbrechen, sichern);
    }

    private void kontaktHinzufuegen(KontaktAnsicht k) {
        KontaktZeile zeile = new KontaktZeile(k);
        kontakte.add(zeile);
        kontaktListe.add(zeile);
    }

    private void sichern() {
        fehler.leeren();
        Map<String, HasValidation> felder = new HashMap<>(Map.<String, HasValidation>of("name", name, "kurzname", kurzname,
                "rechtsform", rechtsform, "kommunen", orte, "notizen", notizen));
        for (int i = 0; i < kontakte.size(); i++) {
            felder.put("kontakte[" + i + "].name", kontakte.get(i).kname);
            felder.put("kontakte[" + i + "].email", kontakte.get(i).email);
        }
        felder.values().forEach(f -> f.setInvalid(false));
        TraegerDaten daten = new TraegerDaten(name.getValue(), kurzname.getValue(), rechtsform.getValue(),
                notizen.getValue(), kontakte.stream().map(KontaktZeile::kontakt).toList(),
                orte.getValue().stream().map(Kommune::id).collect(Collectors.<UUID>toSet()));
        try {
            speichern.apply(daten);
            close();
        } catch (FachlicherFehler f) {
            Fehlerzuordnung.anzeigen(f, felder, fehler, getLocale());
        }
    }
}
