package de.teilhabe.plugins.kim;

import de.teilhabe.plugin.api.gremium.Gremienebene;
import de.teilhabe.plugin.api.gremium.GremienVorlagen;
import de.teilhabe.plugin.api.gremium.Gremiumvorlage;
import de.teilhabe.plugin.api.gremium.Rollenvorlage;
import de.teilhabe.plugin.api.gremium.Sitzungsrhythmus;
import org.pf4j.Extension;

import java.util.List;
import java.util.Optional;

/**
 * KIM steering structure after the RKN concept (seed 004, 3.2–3.5): the Lenkungsgruppe decides; the
 * coordinating posts of Baustein 1 exchange every 14 days at first; the working group on the structure level
 * sits below the Lenkungsgruppe, the one on the case level below the unit of the strategic posts. Flow: case
 * level finds needs → structure level prepares → Lenkungsgruppe decides → tasks back to the groups.
 */
@Extension
public class KimGremien implements GremienVorlagen {

    public static final String LENKUNGSGRUPPE = "kim.lenkungsgruppe";
    public static final String KOORDINIERENDE_STELLEN = "kim.koordinierende-stellen";
    public static final String AG_STRUKTUR = "kim.ag-strukturebene";
    public static final String AG_FALL = "kim.ag-fallebene";
    private static final String KI = "Kommunales Integrationszentrum (koordinierende Stelle)";

    @Override
    public List<Gremiumvorlage> gremien() {
        return List.of(lenkungsgruppe(), koordinierendeStellen(), strukturebene(), fallebene());
    }

    private static Gremiumvorlage lenkungsgruppe() {
        return new Gremiumvorlage(LENKUNGSGRUPPE, "Lenkungsgruppe", Gremienebene.STEUERUNG, Optional.empty(),
                List.of("Strategische Steuerung von KIM gewährleisten",
                        "Kreisweites Handlungskonzept weiterentwickeln",
                        "Über weitere Akteure der Arbeitsgruppen entscheiden",
                        "Über Vorschläge aus den Arbeitsgruppen entscheiden",
                        "Rückkopplung an Arbeitsgruppen und koordinierende Stelle, Aufträge formulieren",
                        "Integrierte kreisweite Steuerung der Integration aufbauen"),
                List.of(Rollenvorlage.vorsitz("Kreisdirektor/in"),
                        Rollenvorlage.geschaeftsfuehrung(KI),
                        Rollenvorlage.mitgliedJeKommune("Dezernent/in der kreisangehörigen Kommune (Integration und/oder Jugend)"),
                        Rollenvorlage.mitglied("Dezernent/in für Schule, Kultur und Jugend des Kreises"),
                        Rollenvorlage.mitglied("Dezernent/in der Ausländerbehörde des Kreises"),
                        Rollenvorlage.mitglied("Leitung Jobcenter"),
                        Rollenvorlage.mitglied("Leitung Agentur für Arbeit"),
                        Rollenvorlage.mitglied("Leitung Außenstelle des BAMF"),
                        Rollenvorlage.mitglied("Sprecher/in der Wohlfahrtsverbände"),
                        Rollenvorlage.mitglied("Vertretung der Wirtschaft/Unternehmerschaft")),
                Sitzungsrhythmus.proJahrUndNachBedarf(2, "ca. zweimal im Jahr sowie nach Bedarf"));
    }

    private static Gremiumvorlage koordinierendeStellen() {
        return new Gremiumvorlage(KOORDINIERENDE_STELLEN, "Austausch der koordinierenden Stellen (Baustein 1)",
                Gremienebene.KOORDINATION, Optional.of(LENKUNGSGRUPPE),
                List.of("Als organisatorische Einheit handeln: fortlaufende Abstimmung mit der strategischen Steuerung im KI",
                        "Ideen, Maßnahmen und Entscheidungen in die Ebenen tragen und ihre Umsetzung begleiten"),
                List.of(Rollenvorlage.geschaeftsfuehrung(KI),
                        Rollenvorlage.mitgliederNachThema("Strategische Koordinierungsstellen im KI"),
                        Rollenvorlage.mitgliederNachThema("Koordinierende Stellen der Kommunen mit eigener Stelle")),
                Sitzungsrhythmus.alleTage(14, "zu Beginn alle 14 Tage, danach in bedarfsgerechten Abständen"));
    }

    private static Gremiumvorlage strukturebene() {
        return new Gremiumvorlage(AG_STRUKTUR, "Arbeitsgruppe Strukturebene", Gremienebene.STRUKTUR,
                Optional.of(LENKUNGSGRUPPE),
                List.of("Lücken und Bedarfe in Verfahrensabläufen identifizieren",
                        "Ansätze zur Optimierung der Verfahrens- und Verwaltungsabläufe entwickeln",
                        "Entscheidungen für die Lenkungsgruppe vorbereiten"),
                List.of(Rollenvorlage.geschaeftsfuehrung(KI + " – setzt die Mitglieder fall- und themenspezifisch zusammen"),
                        Rollenvorlage.mitgliederNachThema("Fachbereiche Integration der kreisangehörigen Kommunen"),
                        Rollenvorlage.mitgliederNachThema("Jobcenter"),
                        Rollenvorlage.mitgliederNachThema("Ausländerbehörden")),
                Sitzungsrhythmus.nachBedarf("nach Bedarf, themenbezogen"));
    }

    private static Gremiumvorlage fallebene() {
        return new Gremiumvorlage(AG_FALL, "Arbeitsgruppe Fallebene", Gremienebene.FALL, Optional.of(KOORDINIERENDE_STELLEN),
                List.of("Bedarfe der Zielgruppe identifizieren",
                        "Unterstützungsangebote entwickeln und bereitstellen",
                        "Lösungsvorschläge erarbeiten",
                        "Einzelfälle besprechen",
                        "Themen für die Strukturebene oder Entscheidungen für die Lenkungsgruppe vorbereiten"),
                List.of(Rollenvorlage.geschaeftsfuehrung(KI + " – setzt die Mitglieder fall- und themenspezifisch zusammen"),
                        Rollenvorlage.mitgliederNachThema("Vertretungen der kreisangehörigen Kommunen"),
                        Rollenvorlage.mitgliederNachThema("Wohlfahrtsverbände/Träger"),
                        Rollenvorlage.mitgliederNachThema("Case-Management"),
                        Rollenvorlage.mitgliederNachThema("Akteure aus Arbeit, Beschäftigung und Wirtschaft"),
                        Rollenvorlage.mitgliederNachThema("Ausländerbehörde"),
                        Rollenvorlage.mitgliederNachThema("Vertretung der Zielgruppe und des bürgerschaftlichen Engagements")),
                Sitzungsrhythmus.nachBedarf("nach Bedarf, fallbezogen"));
    }
}
