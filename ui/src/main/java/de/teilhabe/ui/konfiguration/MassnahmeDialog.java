package de.teilhabe.ui.konfiguration;

import de.teilhabe.ui.komponenten.Darstellung;
import de.teilhabe.ui.komponenten.Eingabeformular;
import de.teilhabe.ui.komponenten.Fehlerzuordnung;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.converter.Converter;
import de.teilhabe.platform.baustein.Baustein;
import de.teilhabe.platform.fehler.FachlicherFehler;
import de.teilhabe.platform.kommune.Kommune;
import de.teilhabe.platform.massnahme.MassnahmeStamm;
import de.teilhabe.platform.massnahme.MassnahmeAnsicht;
import de.teilhabe.platform.massnahme.MassnahmeDaten;
import de.teilhabe.platform.massnahme.Status;
import de.teilhabe.platform.massnahme.Statuswechsel;
import de.teilhabe.platform.traeger.Massnahmetraeger;
import de.teilhabe.ui.komponenten.Fehleranzeige;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * Create or edit one Maßnahme; a new one also gets its first status with the day it really had it (entered, not
 * assumed to be today: the Maßnahmen table of a past Stichtag depends on it). Receives data and a save function; its
 * fields are bound to {@link MassnahmeDaten} and the first {@link Statuswechsel}.
 */
class MassnahmeDialog extends Dialog {
    @FunctionalInterface
    interface Speichern {
        MassnahmeAnsicht speichern(MassnahmeAnsicht alt, MassnahmeDaten daten, Statuswechsel anfang);
    }

    private final MassnahmeAnsicht ansicht;
    private final List<Kommune> kommunen;
    private final Speichern speichern;
    private final ComboBox<Baustein> baustein = new ComboBox<>();
    private final ComboBox<Massnahmetraeger> traeger = new ComboBox<>();
    private final MultiSelectComboBox<Kommune> orte = new MultiSelectComboBox<>();
    private final TextField titel = new TextField();
    private final DatePicker start;
    private final TextField startHinweis = new TextField();
    private final IntegerField kapazitaet = new IntegerField();
    private final TextArea bemerkung = new TextArea();
    private final Select<Status> anfangsstatus = new Select<>();
    private final DatePicker anfangAb;
    private final TextField anfangGrund = new TextField();
    private final Fehleranzeige fehler = new Fehleranzeige();
    private final Eingabeformular<MassnahmeDaten> bindung = new Eingabeformular<>(MassnahmeDaten.class);
    private final Eingabeformular<Statuswechsel> anfang = new Eingabeformular<>(Statuswechsel.class);

    MassnahmeDialog(MassnahmeAnsicht ansicht, List<Baustein> bausteine, List<Massnahmetraeger> traegerListe,
                    List<Kommune> kommunen, Speichern speichern) {
        this.ansicht = ansicht;
        this.kommunen = kommunen;
        this.speichern = speichern;
        this.start = Darstellung.datumsfeld(getTranslation("config.measures.start.date"), getLocale());
        this.anfangAb = Darstellung.datumsfeld(getTranslation("config.measures.status.from"), getLocale());
        setHeaderTitle(getTranslation(ansicht == null ? "config.measures.dialog.new" : "config.measures.dialog.edit"));
        setWidth("44rem");
        felder(bausteine, traegerListe);
        add(fehler, formular());
        Button abbrechen = new Button(getTranslation("allgemein.abbrechen"), e -> close());
        Button sichern = new Button(getTranslation("allgemein.speichern"), e -> sichern());
        sichern.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        sichern.setId("massnahme-speichern");
        getFooter().add(abbrechen, sichern);
    }

    private void felder(List<Baustein> bausteine, List<Massnahmetraeger> traegerListe) {
        baustein.setLabel(getTranslation("config.measures.module"));
        baustein.setId("massnahme-baustein");
        baustein.setItems(bausteine);
        baustein.setItemLabelGenerator(b -> b.kurz() + " – " + b.name());
        baustein.setRequiredIndicatorVisible(true);
        traeger.setLabel(getTranslation("config.measures.provider"));
        traeger.setId("massnahme-traeger");
        traeger.setItems(traegerListe);
        traeger.setItemLabelGenerator(t -> t.kurzname() == null ? t.name() : t.kurzname() + " – " + t.name());
        traeger.setRequiredIndicatorVisible(true);
        orte.setLabel(getTranslation("config.measures.municipalities"));
        orte.setId("massnahme-kommunen");
        orte.setItems(kommunen);
        orte.setItemLabelGenerator(Kommune::name);
        orte.setRequiredIndicatorVisible(true);
        titel.setLabel(getTranslation("config.measures.name"));
        titel.setId("massnahme-titel");
        start.setId("massnahme-start");
        startHinweis.setLabel(getTranslation("config.measures.start.hint"));
        startHinweis.setId("massnahme-start-hinweis");
        startHinweis.setHelperText(getTranslation("config.measures.start.hint.help"));
        kapazitaet.setLabel(getTranslation("config.measures.capacity"));
        kapazitaet.setId("massnahme-kapazitaet");
        bemerkung.setLabel(getTranslation("config.measures.remark"));
        bemerkung.setId("massnahme-bemerkung");
        anfangsstatus.setLabel(getTranslation("config.measures.status.initial"));
        anfangsstatus.setId("massnahme-anfangsstatus");
        anfangsstatus.setItems(Status.GEPLANT, Status.LAUFEND, Status.ABGESAGT);
        anfangsstatus.setItemLabelGenerator(s -> getTranslation(Darstellung.statusSchluessel(s)));
        anfangsstatus.setValue(Status.GEPLANT);
        anfangAb.setId("massnahme-anfang-ab");
        anfangAb.setRequiredIndicatorVisible(true);
        anfangAb.setHelperText(getTranslation("config.measures.status.initial.help"));
        anfangGrund.setLabel(getTranslation("config.measures.status.reason"));
        anfangGrund.setId("massnahme-anfang-grund");
        bindung.feld("bausteinId", baustein, alsId(bausteine, Baustein::id))
                .feld("traegerId", traeger, alsId(traegerListe, Massnahmetraeger::id))
                .feld("kommunen", orte, Converter.from(gewaehlt -> Result.ok(inReihenfolge(gewaehlt)),
                        ids -> Set.copyOf(kommunen.stream().filter(k -> ids != null && ids.contains(k.id())).toList())))
                .feld("titel", titel).feld("geplanterStart", start).feld("startHinweis", startHinweis)
                .feld("kapazitaet", kapazitaet).feld("bemerkung", bemerkung);
        anfang.feld("status", anfangsstatus).feld("ab", anfangAb).feld("grund", anfangGrund);
        if (ansicht != null) {
            MassnahmeStamm m = ansicht.massnahme();
            bindung.lesen(new MassnahmeDaten(m.bausteinId(), m.traegerId(), ansicht.kommunen(),
                    Objects.requireNonNullElse(m.titel(), ""), m.geplanterStart(),
                    Objects.requireNonNullElse(m.startHinweis(), ""), m.kapazitaet(),
                    Objects.requireNonNullElse(m.bemerkung(), "")));
        }
    }

    private static <T> Converter<T, UUID> alsId(List<T> auswahl, Function<T, UUID> id) {
        return Converter.from(t -> Result.ok(t == null ? null : id.apply(t)),
                gesucht -> auswahl.stream().filter(t -> id.apply(t).equals(gesucht)).findFirst().orElse(null));
    }

    private FormLayout formular() {
        FormLayout formular = new FormLayout(baustein, traeger, orte, titel, start, startHinweis, kapazitaet);
        if (ansicht == null) {
            formular.add(anfangsstatus, anfangAb, anfangGrund);
            formular.setColspan(anfangGrund, 2);
        }
        formular.add(bemerkung);
        formular.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2));
        formular.setColspan(baustein, 2);
        formular.setColspan(traeger, 2);
        formular.setColspan(orte, 2);
        formular.setColspan(titel, 2);
        formular.setColspan(bemerkung, 2);
        return formular;
    }

    /** The Kommunen in the order they had (e.g. "Neuss/Kaarst"), newly chosen ones after them in the Kreis's order. */
    private List<UUID> inReihenfolge(Set<Kommune> gewaehlt) {
        List<UUID> ids = new ArrayList<>();
        if (ansicht != null) {
            ansicht.kommunen().stream().filter(id -> gewaehlt.stream().anyMatch(k -> k.id().equals(id))).forEach(ids::add);
        }
        kommunen.stream().filter(gewaehlt::contains).map(Kommune::id).filter(id -> !ids.contains(id)).forEach(ids::add);
        return ids;
    }

    private void sichern() {
        fehler.leeren();
        try {
            speichern.speichern(ansicht, bindung.werte(), ansicht != null ? null : anfang.werte());
            close();
        } catch (FachlicherFehler f) {
            Map<String, HasValidation> felder = new HashMap<>(bindung.felder(""));
            felder.putAll(anfang.felder(""));
            Fehlerzuordnung.anzeigen(f, felder, fehler, getLocale());
        }
    }
}
