package de.teilhabe.ui.programm;

import com.vaadin.flow.component.datepicker.DatePicker;
import de.teilhabe.ui.sprache.Uebersetzungen;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

/** Numbers and date pickers as the offices write them: 3,0 Stellen, 31.03.2021 (English on request). */
final class Darstellung {
    private Darstellung() {
    }

    /** A number with the decimals it carries (3.0 → "3,0", 47 → "47"), German unless English is asked for. */
    static String zahl(BigDecimal wert, Locale sprache) {
        if (wert == null) {
            return "";
        }
        boolean englisch = Uebersetzungen.unterstuetzt(sprache) == Uebersetzungen.ENGLISCH;
        NumberFormat format = NumberFormat.getNumberInstance(englisch ? Locale.UK : Locale.GERMANY);
        int stellen = Math.max(wert.scale(), 0);
        format.setMinimumFractionDigits(stellen);
        format.setMaximumFractionDigits(stellen);
        return format.format(wert);
    }

    /** Shows and parses dates as 31.03.2021 (English: 31/03/2021); Monday first, German month names. */
    static void datumsformat(DatePicker feld, Locale sprache, String falscheEingabe) {
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n();
        if (Uebersetzungen.unterstuetzt(sprache) == Uebersetzungen.ENGLISCH) {
            feld.setLocale(Locale.UK);
            i18n.setDateFormats("dd/MM/yyyy", "d/M/yyyy");
        } else {
            feld.setLocale(Locale.GERMANY);
            i18n.setDateFormats("dd.MM.yyyy", "d.M.yyyy", "ddMMyyyy");
            i18n.setMonthNames(List.of("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
                    "September", "Oktober", "November", "Dezember"));
            i18n.setWeekdays(List.of("Sonntag", "Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag"));
            i18n.setWeekdaysShort(List.of("So", "Mo", "Di", "Mi", "Do", "Fr", "Sa"));
            i18n.setToday("Heute");
            i18n.setCancel("Abbrechen");
        }
        i18n.setFirstDayOfWeek(1);
        i18n.setBadInputErrorMessage(falscheEingabe);
        feld.setI18n(i18n);
    }
}
