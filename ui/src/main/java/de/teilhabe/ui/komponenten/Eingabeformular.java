package de.teilhabe.ui.komponenten;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.Validator;
import com.vaadin.flow.data.converter.Converter;
import de.teilhabe.platform.fehler.Eingabepruefung;
import de.teilhabe.platform.fehler.FachlicherFehler;
import de.teilhabe.platform.fehler.Feldfehler;
import de.teilhabe.ui.technik.UiKontext;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The fields of a form bound with Vaadin's {@link Binder} to the request record its service takes. Each field is
 * checked as it changes against the record's own Bean Validation constraints — the check the API and the import make
 * — so a missing name or a control character shows at the field before anything is sent. The service's own rules
 * (a name already taken, a stale version) come back as {@link FachlicherFehler} and are shown at the field they name.
 */
public final class Eingabeformular<R extends Record> {
    private final Class<R> typ;
    private final Binder<R> binder;
    private final Eingabepruefung pruefung;
    private final Map<String, HasValidation> felder = new HashMap<>();

    public Eingabeformular(Class<R> typ) {
        this.typ = typ;
        this.binder = new Binder<>(typ);
        this.pruefung = UiKontext.kontext().getBean(Eingabepruefung.class);
    }

    /** Binds {@code feld} to the record component {@code eigenschaft} of the same type. */
    public <V> Eingabeformular<R> feld(String eigenschaft, HasValue<?, V> feld) {
        return feld(eigenschaft, feld, Converter.identity());
    }

    /** Binds {@code feld} to the record component {@code eigenschaft}, its value converted by {@code umwandlung}. */
    public <V, W> Eingabeformular<R> feld(String eigenschaft, HasValue<?, V> feld, Converter<V, W> umwandlung) {
        binder.forField(feld).withConverter(umwandlung).withValidator(regeln(eigenschaft)).bind(eigenschaft);
        if (feld instanceof HasValidation pruefbar) {
            felder.put(eigenschaft, pruefbar);
        }
        return this;
    }

    /** Fills the fields from a stored record (e.g. when a dialog edits). */
    public void lesen(R daten) {
        binder.readRecord(daten);
    }

    /**
     * The record of the fields' values, also when a field breaks a constraint: the service then names every error of
     * the form together with its own rules, as the API would.
     */
    public R werte() {
        binder.setValidatorsDisabled(true);
        try {
            return binder.writeRecord();
        } catch (ValidationException e) {
            throw new IllegalStateException("Ohne Prüfregeln kann das Formular nicht ungültig sein", e);
        } finally {
            binder.setValidatorsDisabled(false);
        }
    }

    /** The bound fields by their path with {@code praefix} in front (e.g. "person." in the intake). */
    public Map<String, HasValidation> felder(String praefix) {
        Map<String, HasValidation> mitPraefix = new HashMap<>();
        felder.forEach((name, feld) -> mitPraefix.put(praefix + name, feld));
        return mitPraefix;
    }

    /** Shows a refusal of the service at the fields it names, the rest in {@code box}. */
    public void zeigen(FachlicherFehler f, Fehleranzeige box, Locale sprache) {
        Fehlerzuordnung.anzeigen(f, felder, box, sprache);
    }

    private <W> Validator<W> regeln(String eigenschaft) {
        return (wert, kontext) -> {
            List<Feldfehler> fehler = pruefung.fehler(typ, eigenschaft, wert);
            Locale sprache = kontext.getLocale().orElse(Locale.GERMAN);
            return fehler.isEmpty() ? ValidationResult.ok() : ValidationResult.error(fehler.get(0).text(sprache));
        };
    }
}
