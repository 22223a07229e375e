package de.teilhabe.platform.gremium;

import de.teilhabe.platform.sicherheit.Nutzer;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The Rhein-Kreis Neuss's demo Gremien: the Lenkungsgruppe as composed in seed 004 (3.2), Kreisdirektor Dirk
 * Brügge also leading the Bündniskerngruppe (seed 001), and a demo Anliegen through the KIM structure. The seeds
 * name functions, not people: seats are held by their organisations („N. N.“) except the chair.
 */
@Singleton
class DemoRkn {

    static final String KREIS = "Rhein-Kreis Neuss";
    private static final Map<String, String> MITGLIEDER = Map.of(
            "Dezernent/in für Schule, Kultur und Jugend des Kreises",
            "Rhein-Kreis Neuss, Dezernat Schule, Kultur und Jugend",
            "Dezernent/in der Ausländerbehörde des Kreises", "Ausländerbehörde Rhein-Kreis Neuss",
            "Leitung Jobcenter", "Jobcenter Rhein-Kreis Neuss",
            "Leitung Agentur für Arbeit", "Agentur für Arbeit",
            "Leitung Außenstelle des BAMF", "Bundesamt für Migration und Flüchtlinge, Außenstelle Düsseldorf",
            "Sprecher/in der Wohlfahrtsverbände", "Wohlfahrtsverbände im Rhein-Kreis Neuss",
            "Vertretung der Wirtschaft/Unternehmerschaft", "Wirtschaft/Unternehmerschaft im Rhein-Kreis Neuss");

    private final MitgliedschaftenDienst mitgliedschaften;
    private final PersonenDienst personen;
    private final DemoAnliegen anliegen;

    DemoRkn(MitgliedschaftenDienst mitgliedschaften, PersonenDienst personen, DemoAnliegen anliegen) {
        this.mitgliedschaften = mitgliedschaften;
        this.personen = personen;
        this.anliegen = anliegen;
    }

    void besetzen(Nutzer demo, String programm, Gremium g, List<SitzAnsicht> sitze) {
        if (g.typ() == GremiumTyp.LENKUNGSGRUPPE || g.typ() == GremiumTyp.BUENDNISKERNGRUPPE) {
            Person bruegge = personen.liste(demo).stream().filter(p -> p.name().equals("Dirk Brügge")).findFirst()
                    .orElseGet(() -> personen.anlegen(demo, new PersonDaten("Dirk Brügge", null, null, null)));
            for (SitzAnsicht s : sitze) {
                if (s.rolle() == Mitgliedsrolle.VORSITZ) {
                    mitglied(demo, g, s, bruegge.id(), "Kreisdirektor", KREIS, Organisationsart.KREISVERWALTUNG);
                } else if (s.funktion().contains(" – ")) {
                    String kommune = s.funktion().substring(s.funktion().lastIndexOf(" – ") + 3);
                    String name = ("Rommerskirchen".equals(kommune) ? "Gemeinde " : "Stadt ") + kommune;
                    mitglied(demo, g, s, null, s.funktion().substring(0, s.funktion().lastIndexOf(" – ")), name,
                            Organisationsart.KOMMUNE);
                } else if (MITGLIEDER.containsKey(s.funktion())) {
                    String org = MITGLIEDER.get(s.funktion());
                    mitglied(demo, g, s, null, s.funktion(), org, art(org));
                }
            }
        } else if ("kim.ag-strukturebene".equals(g.vorlage())) {
            mitglied(demo, g, null, null, "Fachbereich Integration", "Stadt Neuss", Organisationsart.KOMMUNE);
            mitglied(demo, g, null, null, "Sachgebietsleitung", "Jobcenter Rhein-Kreis Neuss",
                    Organisationsart.BEHOERDE);
            mitglied(demo, g, null, null, "Sachgebietsleitung", "Ausländerbehörde Rhein-Kreis Neuss",
                    Organisationsart.BEHOERDE);
        } else if ("kim.ag-fallebene".equals(g.vorlage())) {
            mitglied(demo, g, null, null, "Case-Management (Baustein 2)", "Stadt Dormagen", Organisationsart.KOMMUNE);
            mitglied(demo, g, null, null, "Migrationsberatung", "Wohlfahrtsverbände im Rhein-Kreis Neuss",
                    Organisationsart.WOHLFAHRTSVERBAND);
        } else if ("kim.koordinierende-stellen".equals(g.vorlage())) {
            mitglied(demo, g, null, null, "Koordinierende Stelle (Anstellungsträger Stadt Neuss)", "Stadt Neuss",
                    Organisationsart.KOMMUNE);
            mitglied(demo, g, null, null, "Koordinierende Stelle (Anstellungsträger Stadt Dormagen)",
                    "Stadt Dormagen", Organisationsart.KOMMUNE);
        }
    }

    void anliegenVerlauf(Nutzer demo, Person ki) {
        anliegen.anlegen(demo, ki);
    }

    private void mitglied(Nutzer demo, Gremium g, SitzAnsicht sitz, UUID person, String funktion, String organisation,
                          Organisationsart art) {
        mitgliedschaften.anlegen(demo, g.id(), new MitgliedschaftDaten(person, sitz == null ? null : sitz.id(),
                sitz == null ? Mitgliedsrolle.MITGLIED : sitz.rolle(), funktion, organisation, art, null,
                g.konstituiertAm(), null));
    }

    private static Organisationsart art(String organisation) {
        if (organisation.startsWith("Wohlfahrt")) {
            return Organisationsart.WOHLFAHRTSVERBAND;
        }
        if (organisation.startsWith("Wirtschaft")) {
            return Organisationsart.WIRTSCHAFT;
        }
        return organisation.startsWith("Rhein-Kreis") ? Organisationsart.KREISVERWALTUNG : Organisationsart.BEHOERDE;
    }
}
