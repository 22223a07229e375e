package de.teilhabe.platform.demo;

import de.teilhabe.platform.baustein.Baustein;
import de.teilhabe.platform.baustein.BausteinDaten;
import de.teilhabe.platform.baustein.Bausteine;
import de.teilhabe.platform.kommune.Kommune;
import de.teilhabe.platform.kommune.KommunenDienst;
import de.teilhabe.platform.massnahme.MassnahmeAnsicht;
import de.teilhabe.platform.massnahme.MassnahmeDaten;
import de.teilhabe.platform.massnahme.Massnahmen;
import de.teilhabe.platform.massnahme.Status;
import de.teilhabe.platform.massnahme.Statuswechsel;
import de.teilhabe.platform.sicherheit.Nutzer;
import de.teilhabe.platform.traeger.Traeger;
import de.teilhabe.platform.traeger.TraegerDaten;
import de.teilhabe.platform.traeger.TraegerVerzeichnis;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The providers and the Maßnahmen table of the Rhein-Kreis Neuss as of 31.03.2021 (seed 000), entered
 * through the same services the KI uses. Budgets are not in the report; they stay 0,00 €.
 */
@Singleton
public class RknMassnahmen {

    private static final LocalDate PLANUNG = LocalDate.of(2020, 10, 2); // Zuwendungsbescheid vom 02.10.2020
    private static final String NICHT_GENUEGEND_TN = "nicht genügend TN";

    private final Bausteine bausteine;
    private final TraegerVerzeichnis traeger;
    private final Massnahmen massnahmen;
    private final KommunenDienst kommunen;

    RknMassnahmen(Bausteine bausteine, TraegerVerzeichnis traeger, Massnahmen massnahmen, KommunenDienst kommunen) {
        this.bausteine = bausteine;
        this.traeger = traeger;
        this.massnahmen = massnahmen;
        this.kommunen = kommunen;
    }

    /** Enters it all unless the Kreis has Maßnahmen already; "durchstarten" must be enabled. */
    public void anlegen(Nutzer ki) {
        if (!massnahmen.tabelle(ki).isEmpty()) {
            return;
        }
        Map<String, UUID> kommune = kommunen.liste(ki).stream().collect(Collectors.toMap(Kommune::name, Kommune::id));
        Map<Integer, UUID> fb = new HashMap<>();
        for (int nummer = 1; nummer <= 4; nummer++) {
            BausteinDaten v = bausteine.vorschlag(ki, "durchstarten", nummer);
            Baustein b = bausteine.anlegen(ki, new BausteinDaten("durchstarten", nummer, null, v.beginn(), v.ende(),
                    BigDecimal.ZERO.setScale(2), v.landesanteilProzent(), "Beantragt in der Sammelantragstellung des Kreises"));
            fb.put(nummer, b.id());
        }
        Map<String, UUID> t = List.of(
                traeger(ki, "Arbeiterwohlfahrt OV Neuss e.V.", "AWO Berufshilfe", "e.V.", kommune, "Grevenbroich"),
                traeger(ki, "Caritas Sozialdienste Rhein-Kreis Neuss GmbH", "Caritas", "GmbH", kommune, "Dormagen", "Neuss", "Kaarst"),
                traeger(ki, "Katholische Jugendagentur Düsseldorf gGmbH", "KJA", "gGmbH", kommune, "Dormagen", "Grevenbroich", "Neuss"),
                traeger(ki, "Technologiezentrum Glehn GmbH", "TZG", "GmbH", kommune, "Jüchen", "Korschenbroich", "Meerbusch", "Rommerskirchen"),
                traeger(ki, "Berufsförderungszentrum Schlicherum e.V.", "BfZ Schlicherum", "e.V.", kommune, "Neuss"),
                traeger(ki, "Volkshochschule der Stadt Grevenbroich", "VHS Grevenbroich", null, kommune, "Grevenbroich"),
                traeger(ki, "Volkshochschule der Stadt Dormagen", "VHS Dormagen", null, kommune, "Dormagen"))
                .stream().collect(Collectors.toMap(x -> x.stamm().kurzname(), Traeger::id));
        Function<String, List<UUID>> orte = namen -> Arrays.stream(namen.split("/")).map(kommune::get).toList();

        geplant(ki, fb.get(1), t.get("AWO Berufshilfe"), orte.apply("Grevenbroich"), LocalDate.of(2020, 12, 1));
        geplant(ki, fb.get(1), t.get("AWO Berufshilfe"), orte.apply("Grevenbroich"), LocalDate.of(2021, 9, 1));
        geplant(ki, fb.get(1), t.get("Caritas"), orte.apply("Dormagen"), LocalDate.of(2020, 4, 1));
        geplant(ki, fb.get(1), t.get("Caritas"), orte.apply("Neuss/Kaarst"), LocalDate.of(2020, 4, 1));
        geplant(ki, fb.get(1), t.get("KJA"), orte.apply("Dormagen"), LocalDate.of(2020, 10, 1));
        geplant(ki, fb.get(1), t.get("KJA"), orte.apply("Grevenbroich"), LocalDate.of(2020, 10, 1));
        geplant(ki, fb.get(1), t.get("TZG"), orte.apply("Jüchen"), LocalDate.of(2020, 11, 20));
        geplant(ki, fb.get(1), t.get("TZG"), orte.apply("Korschenbroich"), LocalDate.of(2020, 11, 20));
        geplant(ki, fb.get(1), t.get("TZG"), orte.apply("Meerbusch"), LocalDate.of(2020, 11, 1));
        geplant(ki, fb.get(1), t.get("TZG"), orte.apply("Meerbusch"), LocalDate.of(2020, 6, 1));
        geplant(ki, fb.get(1), t.get("TZG"), orte.apply("Rommerskirchen"), LocalDate.of(2021, 1, 1));
        geplant(ki, fb.get(2), t.get("BfZ Schlicherum"), orte.apply("Neuss"), LocalDate.of(2021, 5, 3));
        geplant(ki, fb.get(2), t.get("KJA"), orte.apply("Dormagen"), LocalDate.of(2020, 11, 1));
        geplant(ki, fb.get(2), t.get("KJA"), orte.apply("Grevenbroich"), LocalDate.of(2020, 11, 1));
        geplant(ki, fb.get(2), t.get("KJA"), orte.apply("Neuss"), LocalDate.of(2020, 11, 1));
        for (String ort : List.of("Jüchen", "Korschenbroich", "Meerbusch")) {
            anlegen(ki, daten(fb.get(2), t.get("TZG"), orte.apply(ort), null, "Voraussichtlich Mitte Juni 2021", null),
                    new Statuswechsel(Status.GEPLANT, PLANUNG, null));
        }
        MassnahmeAnsicht hauptschule = anlegen(ki, daten(fb.get(3), t.get("VHS Grevenbroich"),
                orte.apply("Grevenbroich"), LocalDate.of(2020, 11, 9), null, null),
                new Statuswechsel(Status.LAUFEND, LocalDate.of(2020, 11, 9), null));
        hauptschule = massnahmen.statusAendern(ki, hauptschule.massnahme().id(), hauptschule.massnahme().version(),
                new Statuswechsel(Status.UNTERBROCHEN, LocalDate.of(2020, 12, 16),
                        "coronabedingt (Tag der Unterbrechung nicht im Bericht; angenommen: Beginn des Lockdowns)"));
        massnahmen.statusAendern(ki, hauptschule.massnahme().id(), hauptschule.massnahme().version(),
                new Statuswechsel(Status.LAUFEND, LocalDate.of(2021, 3, 1), null));
        anlegen(ki, daten(fb.get(4), t.get("AWO Berufshilfe"), orte.apply("Grevenbroich"), LocalDate.of(2021, 4, 1),
                null, "FB 4 bei der AWO Berufshilfe ab 01.04.2021 ist nicht zustande gekommen, da bisher aufgrund der"
                        + " besonderen Ausrichtung auf das Friseurhandwerk nicht genügend TN gefunden werden konnten."),
                new Statuswechsel(Status.ABGESAGT, LocalDate.of(2021, 3, 31), NICHT_GENUEGEND_TN));
        geplant(ki, fb.get(4), t.get("BfZ Schlicherum"), orte.apply("Neuss"), LocalDate.of(2021, 5, 3));
        geplant(ki, fb.get(4), t.get("VHS Dormagen"), orte.apply("Dormagen"), LocalDate.of(2021, 9, 1));
        anlegen(ki, daten(fb.get(4), t.get("VHS Dormagen"), orte.apply("Dormagen"), LocalDate.of(2021, 4, 1), null,
                "Die VHS Dormagen sieht zurzeit noch keine Perspektive für einen Kursstart im FB 4"
                        + " „Vorbereitungskurs Lager-Logistik“."),
                new Statuswechsel(Status.ABGESAGT, LocalDate.of(2021, 3, 31), NICHT_GENUEGEND_TN));
        geplant(ki, fb.get(4), t.get("KJA"), orte.apply("Neuss"), LocalDate.of(2021, 5, 1));
    }

    private Traeger traeger(Nutzer ki, String name, String kurz, String rechtsform, Map<String, UUID> kommune,
                            String... orte) {
        return traeger.anlegen(ki, new TraegerDaten(name, kurz, rechtsform, null, List.of(),
                Arrays.stream(orte).map(kommune::get).collect(Collectors.toSet())));
    }

    private void geplant(Nutzer ki, UUID baustein, UUID traeger, List<UUID> orte, LocalDate start) {
        anlegen(ki, daten(baustein, traeger, orte, start, null, null), new Statuswechsel(Status.GEPLANT, PLANUNG, null));
    }

    private MassnahmeAnsicht anlegen(Nutzer ki, MassnahmeDaten daten, Statuswechsel anfang) {
        return massnahmen.anlegen(ki, daten, anfang);
    }

    private static MassnahmeDaten daten(UUID baustein, UUID traeger, List<UUID> orte, LocalDate start, String hinweis,
                                        String bemerkung) {
        return new MassnahmeDaten(baustein, traeger, orte, null, start, hinweis, null, bemerkung);
    }

}
