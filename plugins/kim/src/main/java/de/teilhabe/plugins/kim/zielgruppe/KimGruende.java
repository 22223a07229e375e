package de.teilhabe.plugins.kim.zielgruppe;

import de.teilhabe.plugin.api.zielgruppe.Begruendung;
import de.teilhabe.plugin.api.zielgruppe.Rechtskreis;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Set;
import java.util.stream.Collectors;

/** Reason codes and German texts of the KIM target-group rule (seed 004, sections 2.2 and 3.4). */
final class KimGruende {

    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    static final Begruendung DEUTSCH = grund("status.deutsch", "Deutsche Staatsangehörigkeit: Das Ziel von KIM, "
            + "die Einbürgerung, ist bereits erreicht.");
    static final Begruendung GEBURTSDATUM_FEHLT = grund("daten.geburtsdatum-fehlt",
            "Das Geburtsdatum fehlt; die Stufe (18 bis 35 Jahre, Kinder) kann nicht bestimmt werden.");
    static final Begruendung STATUS_FEHLT = grund("daten.status-fehlt",
            "Der Aufenthaltsstatus fehlt; Abgrenzung zur Landesinitiative und zur Einbürgerung nicht möglich.");
    static final Begruendung LANDESINITIATIVE = grund("ausschluss.landesinitiative", "Stufe 1: Geduldete und "
            + "Gestattete von 18 bis 27 Jahren bzw. Personen in der Landesinitiative „Durchstarten in Ausbildung und "
            + "Arbeit“ werden dort betreut, nicht in KIM. Aufnahme erst in Stufe 2 nach Ende der Landesinitiative.");
    static final Begruendung JMD = grund("ausschluss.jmd", "Wird vom Jugendmigrationsdienst (12 bis 27 Jahre) "
            + "betreut: Verweisberatung an den JMD. Kann der JMD einzelne Bereiche nicht abdecken, ist eine "
            + "Begleitung durch KIM als dokumentierte Ausnahme möglich.");
    static final Begruendung MBE = grund("ausschluss.mbe", "Wird von der Migrationsberatung für erwachsene "
            + "Zuwanderer (27 bis 35 Jahre) betreut: primär dort; KIM erst, wenn diese Begleitung nicht mehr besteht.");
    static final Begruendung STUFE_1A = grund("stufe.1a", "Stufe 1a: Geflüchtete bzw. (Neu-)Zugewanderte von 18 bis "
            + "35 Jahren – Kernzielgruppe (mindestens 50 % des Case-Management-Stellenanteils der Kommune).");
    static final Begruendung STUFE_1A_KIND = grund("stufe.1a-kind", "Stufe 1a: Kind einer Person der "
            + "Kernzielgruppe (18 bis 35 Jahre).");
    static final Begruendung STUFE_1B = grund("stufe.1b", "Außerhalb der Kernzielgruppe: Stufe 1b – Aufnahme nach "
            + "besonderem Bedarf im Sozialraum bis zum Case-Management-Stellenanteil der Kommune möglich "
            + "(Stufe 3 erweitert später um weitere Alters- und Zielgruppen).");
    static final Begruendung BEDARFSPRUEFUNG = grund("hinweis.bedarfspruefung", "Ob ein KIM-Case-Management "
            + "erforderlich ist, klärt die Bedarfsprüfung (z. B. Aufenthaltsdauer in der Kommune, Lebensbereiche, "
            + "Familienstand, Aufenthaltsstatus).");

    private KimGruende() {
    }

    static Begruendung grund(String code, String text) {
        return new Begruendung("kim." + code, text);
    }

    static Begruendung geburtsdatumNachStichtag(LocalDate geburt, LocalDate stichtag) {
        return grund("daten.geburtsdatum-nach-stichtag", "Das Geburtsdatum " + DATUM.format(geburt)
                + " liegt nach dem Stichtag " + DATUM.format(stichtag) + ".");
    }

    static Begruendung stufe2(LocalDate ende) {
        return grund("stufe.2", "Stufe 2: Die Landesinitiative endete am " + DATUM.format(ende)
                + "; geduldete und gestattete 18- bis 27-Jährige werden in KIM aufgenommen.");
    }

    static Begruendung subsidiaer(Set<Rechtskreis> leistungen) {
        String welche = leistungen.stream().sorted().map(Rechtskreis::bezeichnung).collect(Collectors.joining(", "));
        return grund("subsidiaritaet", "Vorrang gesetzlicher Leistungen (" + welche + "): KIM ist subsidiär und "
                + "ergänzt nur, wo das Regelsystem Lücken lässt (Verweisberatung, keine Doppelförderung).");
    }
}
