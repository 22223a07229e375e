package de.teilhabe.ui.gremium;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import de.teilhabe.platform.fehler.FachlicherFehler;
import de.teilhabe.platform.gremium.GremiumAnsicht;
import de.teilhabe.platform.gremium.Mitglied;
import de.teilhabe.platform.gremium.MitgliedschaftDaten;
import de.teilhabe.platform.gremium.Mitgliedsrolle;
import de.teilhabe.platform.gremium.Organisationsart;
import de.teilhabe.platform.gremium.Person;
import de.teilhabe.platform.gremium.PersonDaten;
import de.teilhabe.platform.gremium.SitzAnsicht;
import de.teilhabe.ui.komponenten.Darstellung;
import de.teilhabe.ui.komponenten.Fehleranzeige;
import de.teilhabe.ui.komponenten.Fehlerzuordnung;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Add or change a membership: person (or „N. N.“ for a seat held by an organisation), seat, role, function,
 * organisation, whom a Vertretung deputises, and the period.
 */
class MitgliedschaftDialog extends Dialog {
    private final Consumer<MitgliedschaftDaten> speichern;
    private final ComboBox<Person> person = new ComboBox<>();
    private final Select<SitzAnsicht> sitz = new Select<>();
    private final Select<Mitgliedsrolle> rolle = new Select<>();
    private final TextField funktion = new TextField();
    private final TextField organisation = new TextField();
    private final Select<Organisationsart> art = new Select<>();
    private final ComboBox<Mitglied> vertritt = new ComboBox<>();
    private final DatePicker von;
    private final DatePicker bis;
    private final Fehleranzeige fehler = new Fehleranzeige();
    private final List<Person> personen;

    MitgliedschaftDialog(Mitglied mitglied, GremiumAnsicht gremium, List<Person> personen,
                         Function<PersonDaten, Person> personAnlegen, Consumer<MitgliedschaftDaten> speichern) {
        this.speichern = speichern;
        this.personen = new ArrayList<>(personen);
        setHeaderTitle(getTranslation(mitglied == null ? "gremien.mitglied.neu" : "gremien.mitglied.aendern"));
        setWidth("48rem");
        person.setLabel(getTranslation("gremien.person"));
        person.setId("mitglied-person");
        person.setItems(this.personen);
        person.setItemLabelGenerator(Person::name);
        person.setClearButtonVisible(true);
        person.setHelperText(getTranslation("gremien.person.hilfe"));
        Button neuePerson = new Button(VaadinIcon.PLUS.create(), e -> new PersonDialog(daten -> {
            Person p = personAnlegen.apply(daten);
            this.personen.add(p);
            person.setItems(this.personen);
            person.setValue(p);
            return p;
        }).open());
        neuePerson.setId("mitglied-person-neu");
        neuePerson.setTooltipText(getTranslation("gremien.person.neu"));
        neuePerson.setAriaLabel(getTranslation("gremien.person.neu"));
        HorizontalLayout personZeile = new HorizontalLayout(person, neuePerson);
        personZeile.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        personZeile.expand(person);
        sitz.setLabel(getTranslation("gremien.sitz"));
        sitz.setId("mitglied-sitz");
        sitz.setItems(gremium.sitze());
        sitz.setEmptySelectionAllowed(true);
        sitz.setItemLabelGenerator(s -> s == null ? "" : s.rolle().text(getLocale()) + ": " + s.funktion());
        sitz.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                rolle.setValue(e.getValue().rolle());
                if (funktion.isEmpty()) {
                    funktion.setValue(e.getValue().funktion());
                }
            }
        });
        rolle.setLabel(getTranslation("gremien.rolle"));
        rolle.setId("mitglied-rolle");
        rolle.setItems(Mitgliedsrolle.values());
        rolle.setItemLabelGenerator(r -> r.text(getLocale()));
        rolle.setRequiredIndicatorVisible(true);
        funktion.setLabel(getTranslation("gremien.funktion"));
        funktion.setId("mitglied-funktion");
        organisation.setLabel(getTranslation("gremien.organisation"));
        organisation.setId("mitglied-organisation");
        organisation.setRequiredIndicatorVisible(true);
        art.setLabel(getTranslation("gremien.organisationsart"));
        art.setId("mitglied-art");
        art.setItems(Organisationsart.values());
        art.setItemLabelGenerator(a -> a.text(getLocale()));
        vertritt.setLabel(getTranslation("gremien.vertritt"));
        vertritt.setId("mitglied-vertritt");
        vertritt.setItems(gremium.mitglieder().stream().filter(m -> m.bis() == null
                && (mitglied == null || !m.id().equals(mitglied.id()))).toList());
        vertritt.setItemLabelGenerator(m -> m.bezeichnung() + " (" + m.rolle().text(getLocale()) + ")");
        vertritt.setClearButtonVisible(true);
        von = Darstellung.datumsfeld(getTranslation("gremien.von"), getLocale());
        von.setId("mitglied-von");
        von.setRequiredIndicatorVisible(true);
        bis = Darstellung.datumsfeld(getTranslation("gremien.bis"), getLocale());
        bis.setId("mitglied-bis");
        if (mitglied != null) {
            fuellen(mitglied, gremium);
        } else {
            rolle.setValue(Mitgliedsrolle.MITGLIED);
            von.setValue(gremium.gremium().konstituiertAm());
        }
        FormLayout formular = new FormLayout(personZeile, sitz, rolle, funktion, organisation, art, vertritt, von, bis);
        formular.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2));
        formular.setColspan(personZeile, 2);
        formular.setColspan(organisation, 2);
        add(fehler, formular);
        Button abbrechen = new Button(getTranslation("allgemein.abbrechen"), e -> close());
        Button sichern = new Button(getTranslation("allgemein.speichern"), e -> sichern());
        sichern.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        sichern.setId("mitglied-speichern");
        getFooter().add(abbrechen, sichern);
    }

    private void fuellen(Mitglied m, GremiumAnsicht gremium) {
        personen.stream().filter(p -> p.id().equals(m.personId())).findFirst().ifPresent(person::setValue);
        gremium.sitze().stream().filter(s -> s.id().equals(m.sitzId())).findFirst().ifPresent(sitz::setValue);
        rolle.setValue(m.rolle());
        funktion.setValue(Objects.requireNonNullElse(m.funktion(), ""));
        organisation.setValue(m.organisation());
        art.setValue(m.organisationsart());
        gremium.mitglieder().stream().filter(x -> x.id().equals(m.vertrittId())).findFirst().ifPresent(vertritt::setValue);
        von.setValue(m.von());
        bis.setValue(m.bis());
    }

    private void sichern() {
        fehler.leeren();
        Map<String, HasValidation> felder = Map.of("personId", person, "sitzId", sitz, "rolle", rolle,
                "funktion", funktion, "organisation", organisation, "organisationsart", art, "vertrittId", vertritt,
                "von", von, "bis", bis);
        felder.values().forEach(f -> f.setInvalid(false));
        MitgliedschaftDaten daten = new MitgliedschaftDaten(person.getValue() == null ? null : person.getValue().id(),
                sitz.getValue() == null ? null : sitz.getValue().id(), rolle.getValue(), funktion.getValue(),
                organisation.getValue(), art.getValue(), vertritt.getValue() == null ? null : vertritt.getValue().id(),
                von.getValue(), bis.getValue());
        try {
            speichern.accept(daten);
            close();
        } catch (FachlicherFehler f) {
            Fehlerzuordnung.anzeigen(f, felder, fehler, getLocale());
        }
    }
}
