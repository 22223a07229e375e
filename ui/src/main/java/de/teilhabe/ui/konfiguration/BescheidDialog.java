package de.teilhabe.ui.konfiguration;

import de.teilhabe.ui.komponenten.Fehlerzuordnung;
import de.teilhabe.ui.komponenten.Darstellung;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import de.teilhabe.platform.baustein.Baustein;
import de.teilhabe.platform.fehler.FachlicherFehler;
import de.teilhabe.platform.finanzierung.Bescheid;
import de.teilhabe.platform.finanzierung.BescheidDaten;
import de.teilhabe.platform.finanzierung.Finanzierungsart;
import de.teilhabe.ui.komponenten.Fehleranzeige;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/** Create or edit one Zuwendungsbescheid: date, file number, period, amount, the Bausteine, amounts per Baustein and year. */
class BescheidDialog extends Dialog {
    private final Function<BescheidDaten, Bescheid> speichern;
    private final String programmId;
    private final List<Baustein> alleBausteine;
    private final Select<Finanzierungsart> art = new Select<>();
    private final DatePicker datum;
    private final TextField aktenzeichen = new TextField();
    private final DatePicker beginn;
    private final DatePicker ende;
    private final BigDecimalField betrag = new BigDecimalField();
    private final MultiSelectComboBox<Baustein> bausteine = new MultiSelectComboBox<>();
    private final TextArea bemerkung = new TextArea();
    private final VerticalLayout postenListe = new VerticalLayout();
    private final List<PostenZeile> posten = new ArrayList<>();
    private final Fehleranzeige fehler = new Fehleranzeige();

    private final class PostenZeile extends HorizontalLayout {
        final ComboBox<Baustein> baustein = new ComboBox<>(getTranslation("config.finance.module"));
        final IntegerField jahr = new IntegerField(getTranslation("config.finance.year"));
        final BigDecimalField betrag = new BigDecimalField(getTranslation("config.finance.amount"));

        PostenZeile(BescheidDaten.Posten p) {
            baustein.setItems(alleBausteine);
            baustein.setItemLabelGenerator(b -> b.kurz() + " " + b.name());
            alleBausteine.stream().filter(b -> b.id().equals(p.bausteinId())).findFirst().ifPresent(baustein::setValue);
            jahr.setValue(p.jahr());
            betrag.setValue(p.betrag());
            betrag.setSuffixComponent(new Span("€"));
            Button weg = new Button(VaadinIcon.TRASH.create(), e -> {
                posten.remove(this);
                postenListe.remove(this);
            });
            weg.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            weg.setAriaLabel(getTranslation("config.finance.item.remove"));
            add(baustein, jahr, betrag, weg);
            setAlignItems(FlexComponent.Alignment.BASELINE);
            setWidthFull();
        }

        BescheidDaten.Posten posten() {
            return new BescheidDaten.Posten(baustein.getValue() == null ? null : baustein.getValue().id(), jahr.getValue(),
                    betrag.getValue());
        }
    }

    BescheidDialog(Bescheid bescheid, String programmId, List<Baustein> alleBausteine,
                   Function<BescheidDaten, Bescheid> speichern) {
        this.speichern = speichern;
        this.programmId = programmId;
        this.alleBausteine = alleBausteine;
        setHeaderTitle(getTranslation(bescheid == null ? "config.finance.grant.new" : "config.finance.grant.edit"));
        setWidth("56rem");
        art.setLabel(getTranslation("config.finance.kind"));
        art.setId("bescheid-art");
        art.setItems(Finanzierungsart.values());
        art.setItemLabelGenerator(a -> getTranslation("config.finance.kind." + a.name().toLowerCase(Locale.ROOT)));
        art.setValue(Finanzierungsart.BESCHEID);
        datum = Darstellung.datumsfeld(getTranslation("config.finance.date"), getLocale());
        datum.setId("bescheid-datum");
        aktenzeichen.setLabel(getTranslation("config.finance.file"));
        aktenzeichen.setId("bescheid-aktenzeichen");
        beginn = Darstellung.datumsfeld(getTranslation("config.finance.start"), getLocale());
        beginn.setId("bescheid-beginn");
        beginn.setRequiredIndicatorVisible(true);
        ende = Darstellung.datumsfeld(getTranslation("config.finance.end"), getLocale());
        ende.setId("bescheid-ende");
        ende.setRequiredIndicatorVisible(true);
        betrag.setLabel(getTranslation("config.finance.amount"));
        betrag.setId("bescheid-betrag");
        betrag.setSuffixComponent(new Span("€"));
        betrag.setRequiredIndicatorVisible(true);
        bausteine.setLabel(getTranslation("config.finance.modules"));
        bausteine.setId("bescheid-bausteine");
        bausteine.setItems(alleBausteine);
        bausteine.setItemLabelGenerator(Baustein::kurz);
        bemerkung.setLabel(getTranslation("config.modules.notes"));
        bemerkung.setId("bescheid-bemerkung");
        postenListe.setPadding(false);
        postenListe.setSpacing(false);
        if (bescheid != null) {
            art.setValue(bescheid.stamm().art());
            datum.setValue(bescheid.stamm().datum());
            aktenzeichen.setValue(Objects.requireNonNullElse(bescheid.stamm().aktenzeichen(), ""));
            beginn.setValue(bescheid.stamm().beginn());
            ende.setValue(bescheid.stamm().ende());
            betrag.setValue(bescheid.stamm().betrag());
            bausteine.setValue(alleBausteine.stream().filter(b -> bescheid.bausteine().contains(b.id())).toList());
            bemerkung.setValue(Objects.requireNonNullElse(bescheid.stamm().bemerkung(), ""));
            bescheid.posten().forEach(p -> postenHinzufuegen(new BescheidDaten.Posten(p.bausteinId(), p.jahr(), p.betrag())));
        }
        FormLayout formular = new FormLayout(art, datum, aktenzeichen, beginn, ende, betrag, bausteine, bemerkung);
        formular.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 3));
        formular.setColspan(bausteine, 3);
        formular.setColspan(bemerkung, 3);
        Button neuerPosten = new Button(getTranslation("config.finance.item.add"), VaadinIcon.PLUS.create(),
                e -> postenHinzufuegen(new BescheidDaten.Posten(null, null, null)));
        neuerPosten.setId("bescheid-posten-neu");
        neuerPosten.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(fehler, formular, new H4(getTranslation("config.finance.items")), postenListe, neuerPosten);
        Button abbrechen = new Button(getTranslation("allgemein.abbrechen"), e -> close());
        Button sichern = new Button(getTranslation("allgemein.speichern"), e -> sichern());
        sichern.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        sichern.setId("bescheid-speichern");
        getFooter().add(abbrechen, sichern);
    }

    private void postenHinzufuegen(BescheidDaten.Posten p) {
        PostenZeile zeile = new PostenZeile(p);
        posten.add(zeile);
        postenListe.add(zeile);
    }

    private void sichern() {
        fehler.leeren();
        Map<String, HasValidation> felder = new HashMap<>(Map.<String, HasValidation>of("art", art, "datum", datum,
                "aktenzeichen", aktenzeichen, "beginn", beginn, "ende", ende, "betrag", betrag, "bausteine", bausteine,
                "posten", bausteine, "bemerkung", bemerkung));
        List<Baustein> gewaehlt = alleBausteine.stream().filter(bausteine.getValue()::contains).toList();
        for (int i = 0; i < gewaehlt.size(); i++) {
            felder.put("bausteine[" + i + "]", bausteine);
        }
        for (int i = 0; i < posten.size(); i++) {
            felder.put("posten[" + i + "].bausteinId", posten.get(i).baustein);
            felder.put("posten[" + i + "].jahr", posten.get(i).jahr);
            felder.put("posten[" + i + "].betrag", posten.get(i).betrag);
        }
        felder.values().forEach(f -> f.setInvalid(false));
        BescheidDaten daten = new BescheidDaten(programmId, art.getValue(), datum.getValue(), aktenzeichen.getValue(),
                beginn.getValue(), ende.getValue(), betrag.getValue(), gewaehlt.stream().map(Baustein::id).toList(),
                posten.stream().map(PostenZeile::posten).toList(), bemerkung.getValue());
        try {
            speichern.apply(daten);
            close();
        } catch (FachlicherFehler f) {
            Fehlerzuordnung.anzeigen(f, felder, fehler, getLocale());
        }
    }
}
