package de.teilhabe.ui.konfiguration;

import de.teilhabe.ui.komponenten.Fehlerzuordnung;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import de.teilhabe.platform.baustein.Baustein;
import de.teilhabe.platform.fehler.FachlicherFehler;
import de.teilhabe.platform.finanzierung.Eigenanteil;
import de.teilhabe.platform.finanzierung.EigenanteilDaten;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/** Create or edit one own share (Eigenanteil): Baustein (optional), year, amount, source. */
class EigenanteilDialog extends Dialog {
    private final Function<EigenanteilDaten, Eigenanteil> speichern;
    private final String programmId;
    private final ComboBox<Baustein> baustein = new ComboBox<>();
    private final IntegerField jahr = new IntegerField();
    private final BigDecimalField betrag = new BigDecimalField();
    private final TextField quelle = new TextField();
    private final TextArea bemerkung = new TextArea();
    private final de.teilhabe.ui.komponenten.Fehleranzeige fehler = new de.teilhabe.ui.komponenten.Fehleranzeige();

    EigenanteilDialog(Eigenanteil anteil, String programmId, List<Baustein> bausteine,
                      Function<EigenanteilDaten, Eigenanteil> speichern) {
        this.speichern = speichern;
        this.programmId = programmId;
        setHeaderTitle(getTranslation(anteil == null ? "config.finance.share.new" : "config.finance.share.edit"));
        setWidth("40rem");
        baustein.setLabel(getTranslation("config.finance.module"));
        baustein.setPlaceholder(getTranslation("config.finance.module.all"));
        baustein.setId("eigenanteil-baustein");
        baustein.setItems(bausteine);
        baustein.setItemLabelGenerator(b -> b.kurz() + " " + b.name());
        baustein.setClearButtonVisible(true);
        jahr.setLabel(getTranslation("config.finance.year"));
        jahr.setId("eigenanteil-jahr");
        jahr.setRequiredIndicatorVisible(true);
        betrag.setLabel(getTranslation("config.finance.amount"));
        betrag.setId("eigenanteil-betrag");
        betrag.setSuffixComponent(new com.vaadin.flow.component.html.Span("€"));
        betrag.setRequiredIndicatorVisible(true);
        quelle.setLabel(getTranslation("config.finance.source"));
        quelle.setId("eigenanteil-quelle");
        quelle.setRequiredIndicatorVisible(true);
        bemerkung.setLabel(getTranslation("config.modules.notes"));
        bemerkung.setId("eigenanteil-bemerkung");
        if (anteil != null) {
            bausteine.stream().filter(b -> b.id().equals(anteil.bausteinId())).findFirst().ifPresent(baustein::setValue);
            jahr.setValue(anteil.jahr());
            betrag.setValue(anteil.betrag());
            quelle.setValue(anteil.quelle());
            bemerkung.setValue(Objects.requireNonNullElse(anteil.bemerkung(), ""));
        }
        FormLayout formular = new FormLayout(baustein, jahr, betrag, quelle, bemerkung);
        formular.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2));
        formular.setColspan(baustein, 2);
        formular.setColspan(quelle, 2);
        formular.setColspan(bemerkung, 2);
        add(fehler, formular);
        Button abbrechen = new Button(getTranslation("allgemein.abbrechen"), e -> close());
        Button sichern = new Button(getTranslation("allgemein.speichern"), e -> sichern());
        sichern.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        sichern.setId("eigenanteil-speichern");
        getFooter().add(abbrechen, sichern);
    }

    private void sichern() {
        fehler.leeren();
        Map<String, HasValidation> felder = Map.of("bausteinId", baustein, "jahr", jahr, "betrag", betrag,
                "quelle", quelle, "bemerkung", bemerkung);
        felder.values().forEach(f -> f.setInvalid(false));
        EigenanteilDaten daten = new EigenanteilDaten(programmId, baustein.getValue() == null ? null : baustein.getValue().id(),
                jahr.getValue(), betrag.getValue(), quelle.getValue(), bemerkung.getValue());
        try {
            speichern.apply(daten);
            close();
        } catch (FachlicherFehler f) {
            Fehlerzuordnung.anzeigen(f, felder, fehler, getLocale());
        }
    }
}
