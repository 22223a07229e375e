package de.teilhabe.plugins.gemeinsamklappts.zielgruppe;

import de.teilhabe.plugin.api.zielgruppe.Begruendung;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Reason codes and German texts of the Teilhabemanagement target-group rule. */
final class Gruende {

    static final String PRAEFIX = "gemeinsam-klappts.";
    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    static final Begruendung LANDESAUFNAHME = grund("ausschluss.landesaufnahmeeinrichtung",
            "Ausgeschlossen: Die Person lebt noch in einer Landesaufnahmeeinrichtung.");
    static final Begruendung GEFAEHRDER = grund("ausschluss.gefaehrder",
            "Ausgeschlossen: Die Person ist als Gefährder eingestuft.");
    static final Begruendung STRAFTATEN = grund("ausschluss.straftaten",
            "Ausgeschlossen: Die Person ist ausreisepflichtig und hat schwere Straftaten begangen.");
    static final Begruendung FREIGABE_VERWEIGERT = grund("ausschluss.freigabe-verweigert",
            "Ausgeschlossen: Die Ausländerbehörde hat die Freigabe verweigert (Ausschlusskriterium festgestellt).");
    static final Begruendung GEBURTSDATUM_FEHLT = grund("daten.geburtsdatum-fehlt",
            "Das Geburtsdatum fehlt; das Alter (18 bis einschließlich 27 Jahre) kann nicht geprüft werden.");
    static final Begruendung STATUS_FEHLT = grund("daten.status-fehlt",
            "Der Aufenthaltsstatus fehlt; Duldung oder Gestattung kann nicht geprüft werden.");
    static final Begruendung DULDUNG = grund("status.duldung",
            "Duldung: primäre Zielgruppe der Landesinitiative.");
    static final Begruendung GESTATTUNG = grund("status.gestattung",
            "Aufenthaltsgestattung: sekundäre Zielgruppe der Landesinitiative.");
    static final Begruendung AUFENTHALTSTITEL = grund("status.aufenthaltstitel",
            "Aufenthaltstitel: nicht Zielgruppe (Zielgruppe sind Geduldete und Gestattete). Eine Aufnahme als "
                    + "dokumentierte Ausnahme mit schriftlicher Begründung ist möglich.");
    static final Begruendung FREIGABE = grund("hinweis.abh-freigabe",
            "Die Freigabebestätigung der Ausländerbehörde zu den Ausschlusskriterien ist vor oder nach der "
                    + "Aufnahme einzuholen und in der Aufnahme zu erfassen.");
    static final Begruendung SGB = grund("hinweis.sgb-leistungen",
            "Die Person bezieht Leistungen nach dem SGB. Die Initiative richtet sich an Geflüchtete ohne Zugang zu "
                    + "SGB-Leistungen; bitte die Zuständigkeit des Regelsystems prüfen (Verweisberatung).");

    private Gruende() {
    }

    static Begruendung grund(String code, String text) {
        return new Begruendung(PRAEFIX + code, text);
    }

    static Begruendung geburtsdatumNachStichtag(LocalDate geburtsdatum, LocalDate stichtag) {
        return grund("daten.geburtsdatum-nach-stichtag", "Das Geburtsdatum " + DATUM.format(geburtsdatum)
                + " liegt nach dem Stichtag " + DATUM.format(stichtag) + ".");
    }

    static Begruendung alterPasst(int alter, LocalDate stichtag) {
        return grund("alter.passt", "Am " + DATUM.format(stichtag) + " " + alter
                + " Jahre alt: innerhalb von 18 bis einschließlich 27 Jahren.");
    }

    static Begruendung alterAusserhalb(int alter, LocalDate stichtag) {
        return grund("alter.ausserhalb", "Am " + DATUM.format(stichtag) + " " + alter
                + " Jahre alt: außerhalb der Zielgruppe von 18 bis einschließlich 27 Jahren.");
    }

    static Begruendung andererStatus(String status) {
        return grund("status.anderer", status + ": nicht Zielgruppe (Zielgruppe sind Geduldete und Gestattete).");
    }
}
