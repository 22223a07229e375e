package de.teilhabe.ui.komponenten;

import com.vaadin.flow.component.datepicker.DatePicker;
import de.teilhabe.platform.massnahme.Status;
import de.teilhabe.ui.sprache.Uebersetzungen;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** How the configuration views write dates (31.03.2021), money (1.170.000,00 €) and percentages. */
public final class Darstellung {
    private Darstellung() {
    }

    public static boolean englisch(Locale sprache) {
        return Uebersetzungen.unterstuetzt(sprache) == Uebersetzungen.ENGLISCH;
    }

    public static String datum(LocalDate datum, Locale sprache) {
        return datum == null ? "" : DateTimeFormatter.ofPattern(englisch(sprache) ? "dd/MM/yyyy" : "dd.MM.yyyy").format(datum);
    }

    public static String geld(BigDecimal betrag, Locale sprache) {
        if (betrag == null) {
            return "";
        }
        NumberFormat f = NumberFormat.getNumberInstance(englisch(sprache) ? Locale.UK : Locale.GERMANY);
        f.setMinimumFractionDigits(2);
        f.setMaximumFractionDigits(2);
        return f.format(betrag) + " €";
    }

    public static String zahl(BigDecimal wert, Locale sprache) {
        if (wert == null) {
            return "";
        }
        NumberFormat f = NumberFormat.getNumberInstance(englisch(sprache) ? Locale.UK : Locale.GERMANY);
        f.setMinimumFractionDigits(0);
        f.setMaximumFractionDigits(3);
        return f.format(wert);
    }

    public static String prozent(BigDecimal wert, Locale sprache) {
        return wert == null ? "" : zahl(wert, sprache) + " %";
    }

    public static String statusSchluessel(Status status) {
        return "config.status." + status.name().toLowerCase(Locale.ROOT);
    }

    /** A date picker that shows and reads dates as the offices write them. */
    public static DatePicker datumsfeld(String label, Locale sprache) {
        DatePicker feld = new DatePicker(label);
        datumsformat(feld, sprache, feld.getTranslation("datum.ungueltig"));
        return feld;
    }

    /** Shows and parses dates as 31.03.2021 (English: 31/03/2021); Monday first, German month names. */
    public static void datumsformat(DatePicker feld, Locale sprache, String falscheEingabe) {
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n();
        if (englisch(sprache)) {
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
