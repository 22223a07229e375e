package de.teilhabe.platform.gremium;

import static de.teilhabe.platform.gremium.GremienDemo.tag;

import de.teilhabe.platform.sicherheit.Nutzer;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Demo meetings of the Rhein-Kreis Neuss: the Lenkungsgruppe's constituting meeting of 17.03.2021 (seed 004),
 * the second Bündniskerngruppe meeting of 29.01.2020 (seed 001), and an invented example Anliegen that runs
 * through the KIM structure as seed 004 describes it: AG Fallebene → AG Strukturebene → Lenkungsgruppe →
 * tasks back to the working groups.
 */
@Singleton
class DemoAnliegen {

    static final String TITEL = "Integrationskurse mit Kinderbetreuung fehlen im Süden des Kreises";

    private final GremienDienst gremien;
    private final AnliegenDienst anliegen;
    private final SitzungenDienst sitzungen;
    private final BeschluesseDienst beschluesse;
    private final AuftraegeDienst auftraege;

    DemoAnliegen(GremienDienst gremien, AnliegenDienst anliegen, SitzungenDienst sitzungen,
                 BeschluesseDienst beschluesse, AuftraegeDienst auftraege) {
        this.gremien = gremien;
        this.anliegen = anliegen;
        this.sitzungen = sitzungen;
        this.beschluesse = beschluesse;
        this.auftraege = auftraege;
    }

    void anlegen(Nutzer demo, Person ki) {
        if (anliegen.liste(demo).stream().anyMatch(a -> a.titel().equals(TITEL))) {
            return;
        }
        Map<String, Gremium> nachVorlage = gremien.liste(demo, null).stream().filter(g -> g.vorlage() != null)
                .collect(Collectors.toMap(Gremium::vorlage, Function.identity()));
        Gremium lg = nachVorlage.get("kim.lenkungsgruppe");
        Gremium struktur = nachVorlage.get("kim.ag-strukturebene");
        Gremium fall = nachVorlage.get("kim.ag-fallebene");
        if (lg == null || struktur == null || fall == null) {
            return;
        }
        Gremium kerngruppe = nachVorlage.get("durchstarten.buendniskerngruppe");
        if (kerngruppe != null) {
            sitzung(demo, kerngruppe, tag(2020, 1, 29), "Zweite Bündniskerngruppensitzung", List.of(
                    punkt("Rückmeldungen der Kommunen und Akteure: Bedarfe vor Ort und erste Maßnahmenideen", null),
                    punkt("Ergebnisse der Angebots- und Bedarfsanalyse des KI", null),
                    punkt("Gesammelter Antrag für die Förderbausteine 1–4", null)));
        }
        SitzungAnsicht konstituierung = sitzung(demo, lg, tag(2021, 3, 17), "Konstituierende Sitzung", List.of(
                punkt("Begrüßung durch Kreisdirektor Dirk Brügge", null),
                punkt("Konzept zur Umsetzung von KIM im Rhein-Kreis Neuss", null),
                punkt("Arbeitsebene unterhalb der Lenkungsgruppe: Struktur- und Fallebene", null)));
        beschluesse.anlegen(demo, konstituierung.sitzung().id(), new BeschlussDaten("Unterhalb der Lenkungsgruppe "
                + "werden eine Arbeitsgruppe auf Strukturebene und eine auf Fallebene eingerichtet; die "
                + "koordinierenden Stellen im KI setzen sie fall- und themenspezifisch zusammen.", null));

        Anliegen luecke = anliegen.melden(new Nutzer(UUID.randomUUID(), demo.benutzername(),
                "Case-Management Stadt Dormagen (Demo)", demo.kreisSlug(), demo.kreisName(), demo.rollen()),
                new AnliegenDaten(TITEL, "Beispiel: Mehrere Alleinerziehende der Zielgruppe können keinen "
                        + "Integrationskurs besuchen, weil es kein Angebot mit Kinderbetreuung gibt.",
                        Anliegenart.VERSORGUNGSLUECKE, fall.id(), tag(2021, 9, 14)));
        sitzung(demo, fall, tag(2021, 9, 14), "Fallbesprechung", List.of(
                punkt("Versorgungslücke: Integrationskurse mit Kinderbetreuung", luecke.id())));
        sitzung(demo, struktur, tag(2021, 10, 5), "Vorbereitung Lenkungsgruppe", List.of(new SitzungDaten.Punkt(
                "Versorgungslücke: Integrationskurse mit Kinderbetreuung", luecke.id(), "Empfehlung an die "
                + "Lenkungsgruppe: mit Kursträgern und Jobcenter ein Kursangebot mit Kinderbetreuung abstimmen")));
        SitzungAnsicht entscheidung = sitzung(demo, lg, tag(2021, 11, 10), "Zweite Sitzung", List.of(
                punkt("Bericht der koordinierenden Stellen", null),
                punkt("Versorgungslücke: Integrationskurse mit Kinderbetreuung", luecke.id())));
        UUID sitzung = entscheidung.sitzung().id();
        Beschluss beschluss = beschluesse.anlegen(demo, sitzung, new BeschlussDaten("Die Lenkungsgruppe folgt der "
                + "Empfehlung der Arbeitsgruppe Strukturebene und beauftragt die Arbeitsgruppen, ein Kursangebot mit "
                + "Kinderbetreuung vorzubereiten.", luecke.id()));
        auftrag(demo, sitzung, beschluss, "Mit Kursträgern und Jobcenter ein Angebot mit Kinderbetreuung abstimmen",
                struktur.id(), null, tag(2022, 3, 31), Auftragsstatus.ERLEDIGT);
        auftrag(demo, sitzung, beschluss, "Bedarf je Kommune über das Case-Management erheben", fall.id(), null,
                tag(2022, 1, 31), Auftragsstatus.ERLEDIGT);
        auftrag(demo, sitzung, beschluss, "Bericht an die Lenkungsgruppe in ihrer nächsten Sitzung", null, ki.id(),
                tag(2022, 5, 31), Auftragsstatus.IN_ARBEIT);
    }

    private SitzungAnsicht sitzung(Nutzer demo, Gremium g, LocalDate datum, String titel,
                                   List<SitzungDaten.Punkt> punkte) {
        return sitzungen.anlegen(demo, g.id(), new SitzungDaten(datum, null, "Kreishaus Neuss", titel, punkte,
                List.of(), null));
    }

    private void auftrag(Nutzer demo, UUID sitzung, Beschluss b, String text, UUID gremium, UUID person,
                         LocalDate faellig, Auftragsstatus status) {
        auftraege.anlegen(demo, sitzung, new AuftragDaten(text, b.id(), gremium, person, faellig, status));
    }

    private static SitzungDaten.Punkt punkt(String titel, UUID anliegenId) {
        return new SitzungDaten.Punkt(titel, anliegenId, null);
    }
}
