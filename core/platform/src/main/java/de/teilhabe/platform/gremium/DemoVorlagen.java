package de.teilhabe.platform.gremium;

import java.time.LocalDate;
import java.util.List;

/**
 * Demo steering structures per program, with the same template keys as the program plugins' templates (so the
 * plugin host creating from those later finds them and creates nothing twice). Dates: KIM's Lenkungsgruppe was
 * constituted on 17.03.2021 (seed 004); for Durchstarten the seeds only name the second Bündniskerngruppe
 * meeting on 29.01.2020 (seed 001), so 01.01.2020 is assumed; Gemeinsam klappt's starts with its funding period
 * on 01.05.2020.
 */
final class DemoVorlagen {

    static final String KI = "Kommunales Integrationszentrum (koordinierende Stelle)";

    private DemoVorlagen() {
    }

    static LocalDate konstituiertAm(String programm) {
        return switch (programm) {
            case "kim" -> LocalDate.of(2021, 3, 17);
            case "durchstarten" -> LocalDate.of(2020, 1, 1);
            default -> LocalDate.of(2020, 5, 1);
        };
    }

    static List<GremiumVorlage> fuer(String programm) {
        return switch (programm) {
            case "kim" -> kim();
            case "durchstarten" -> durchstarten();
            case "gemeinsam-klappts" -> List.of(vorlage("gemeinsam-klappts.besprechung-teilhabemanagement",
                    "Besprechung geschäftsführende Stelle und Teilhabemanagement", GremiumTyp.AUSTAUSCHRUNDE,
                    Ebene.FALL, programm, null, Rhythmus.nachBedarf("regelmäßig; Rhythmus legt die "
                            + "geschäftsführende Stelle fest"),
                    List.of("Einsatz der Teilhabemanagerinnen und -manager koordinieren"),
                    sitz(Mitgliedsrolle.GESCHAEFTSFUEHRUNG, "Geschäftsführende Stelle (Kommunales "
                            + "Integrationszentrum)"), thema("Teilhabemanager/in")));
            default -> List.of();
        };
    }

    private static List<GremiumVorlage> kim() {
        return List.of(
                vorlage("kim.lenkungsgruppe", "Lenkungsgruppe", GremiumTyp.LENKUNGSGRUPPE, Ebene.STEUERUNG, "kim",
                        null, Rhythmus.proJahrUndNachBedarf(2, "ca. zweimal im Jahr sowie nach Bedarf"),
                        List.of("Strategische Steuerung von KIM gewährleisten",
                                "Kreisweites Handlungskonzept weiterentwickeln",
                                "Über weitere Akteure der Arbeitsgruppen entscheiden",
                                "Über Vorschläge aus den Arbeitsgruppen entscheiden",
                                "Rückkopplung an Arbeitsgruppen und koordinierende Stelle, Aufträge formulieren",
                                "Integrierte kreisweite Steuerung der Integration aufbauen"),
                        sitz(Mitgliedsrolle.VORSITZ, "Kreisdirektor/in"),
                        sitz(Mitgliedsrolle.GESCHAEFTSFUEHRUNG, KI),
                        new Sitzvorlage(Mitgliedsrolle.MITGLIED, "Dezernent/in der kreisangehörigen Kommune "
                                + "(Integration und/oder Jugend)", true, false),
                        sitz(Mitgliedsrolle.MITGLIED, "Dezernent/in für Schule, Kultur und Jugend des Kreises"),
                        sitz(Mitgliedsrolle.MITGLIED, "Dezernent/in der Ausländerbehörde des Kreises"),
                        sitz(Mitgliedsrolle.MITGLIED, "Leitung Jobcenter"),
                        sitz(Mitgliedsrolle.MITGLIED, "Leitung Agentur für Arbeit"),
                        sitz(Mitgliedsrolle.MITGLIED, "Leitung Außenstelle des BAMF"),
                        sitz(Mitgliedsrolle.MITGLIED, "Sprecher/in der Wohlfahrtsverbände"),
                        sitz(Mitgliedsrolle.MITGLIED, "Vertretung der Wirtschaft/Unternehmerschaft")),
                vorlage("kim.koordinierende-stellen", "Austausch der koordinierenden Stellen (Baustein 1)",
                        GremiumTyp.AUSTAUSCHRUNDE, Ebene.KOORDINATION, "kim", "kim.lenkungsgruppe",
                        new Rhythmus(14, null, true, "zu Beginn alle 14 Tage, danach in bedarfsgerechten Abständen"),
                        List.of("Ideen, Maßnahmen und Entscheidungen in die Ebenen tragen und ihre Umsetzung begleiten"),
                        sitz(Mitgliedsrolle.GESCHAEFTSFUEHRUNG, KI),
                        thema("Strategische Koordinierungsstellen im KI"),
                        thema("Koordinierende Stellen der Kommunen mit eigener Stelle")),
                vorlage("kim.ag-strukturebene", "Arbeitsgruppe Strukturebene", GremiumTyp.ARBEITSGRUPPE,
                        Ebene.STRUKTUR, "kim", "kim.lenkungsgruppe", Rhythmus.nachBedarf("nach Bedarf, themenbezogen"),
                        List.of("Lücken und Bedarfe in Verfahrensabläufen identifizieren",
                                "Ansätze zur Optimierung der Verfahrens- und Verwaltungsabläufe entwickeln",
                                "Entscheidungen für die Lenkungsgruppe vorbereiten"),
                        sitz(Mitgliedsrolle.GESCHAEFTSFUEHRUNG, KI),
                        thema("Fachbereiche Integration der kreisangehörigen Kommunen"), thema("Jobcenter"),
                        thema("Ausländerbehörden")),
                vorlage("kim.ag-fallebene", "Arbeitsgruppe Fallebene", GremiumTyp.ARBEITSGRUPPE, Ebene.FALL, "kim",
                        "kim.koordinierende-stellen", Rhythmus.nachBedarf("nach Bedarf, fallbezogen"),
                        List.of("Bedarfe der Zielgruppe identifizieren", "Lösungsvorschläge erarbeiten",
                                "Einzelfälle besprechen",
                                "Themen für die Strukturebene oder Entscheidungen für die Lenkungsgruppe vorbereiten"),
                        sitz(Mitgliedsrolle.GESCHAEFTSFUEHRUNG, KI), thema("Case-Management"),
                        thema("Wohlfahrtsverbände/Träger"), thema("Ausländerbehörde")));
    }

    private static List<GremiumVorlage> durchstarten() {
        String gf = "Geschäftsführende Stelle (Kommunales Integrationszentrum)";
        Rhythmus nachBedarf = Rhythmus.nachBedarf("nach Bedarf; Termine legt die geschäftsführende Stelle fest");
        return List.of(
                vorlage("durchstarten.buendniskerngruppe", "Bündniskerngruppe", GremiumTyp.BUENDNISKERNGRUPPE,
                        Ebene.STEUERUNG, "durchstarten", null, nachBedarf,
                        List.of("Bedarfe und Maßnahmenideen der Kommunen und Akteure zusammenführen und beraten",
                                "Abstimmung des gesammelten Antrags für die Förderbausteine 1–4"),
                        sitz(Mitgliedsrolle.VORSITZ, "Federführung der Kreisverwaltung (z. B. Kreisdirektor/in)"),
                        sitz(Mitgliedsrolle.GESCHAEFTSFUEHRUNG, gf),
                        new Sitzvorlage(Mitgliedsrolle.MITGLIED, "Vertretung der kreisangehörigen Kommune", true,
                                false),
                        thema("Akteure vor Ort (z. B. Jobcenter, Agentur für Arbeit, Träger)")),
                vorlage("durchstarten.ag-massnahmentraeger", "Arbeitsgruppe Maßnahmenträger", GremiumTyp.ARBEITSGRUPPE,
                        Ebene.ARBEIT, "durchstarten", "durchstarten.buendniskerngruppe", nachBedarf,
                        List.of("Abstimmung der Maßnahmen der Förderbausteine 1–4"),
                        sitz(Mitgliedsrolle.GESCHAEFTSFUEHRUNG, gf), thema("Maßnahmeträger")),
                vorlage("durchstarten.ag-coaches-teilhabemanagement", "Arbeitsgruppe Coaches und Teilhabemanagement",
                        GremiumTyp.ARBEITSGRUPPE, Ebene.FALL, "durchstarten", "durchstarten.buendniskerngruppe",
                        nachBedarf, List.of("Austausch zu Zuweisungen in die Förderbausteine und zu Einzelfällen"),
                        sitz(Mitgliedsrolle.GESCHAEFTSFUEHRUNG, gf), thema("Coaches (Förderbaustein 1)"),
                        thema("Teilhabemanager/innen (Baustein 6)")));
    }

    private static GremiumVorlage vorlage(String schluessel, String name, GremiumTyp typ, Ebene ebene,
                                          String programm, String oben, Rhythmus rhythmus, List<String> aufgaben,
                                          Sitzvorlage... sitze) {
        return new GremiumVorlage(schluessel, name, typ, ebene, List.of(programm), oben, null, aufgaben, rhythmus,
                List.of(sitze));
    }

    private static Sitzvorlage sitz(Mitgliedsrolle rolle, String funktion) {
        return new Sitzvorlage(rolle, funktion, false, false);
    }

    private static Sitzvorlage thema(String funktion) {
        return new Sitzvorlage(Mitgliedsrolle.MITGLIED, funktion, false, true);
    }
}
