package de.teilhabe.plugins.durchstarten;

import de.teilhabe.plugin.api.baustein.Antragsteller;
import de.teilhabe.plugin.api.baustein.Foerderbaustein;
import de.teilhabe.plugin.api.baustein.FoerderbausteinKatalog;
import de.teilhabe.plugin.api.baustein.Foerderquote;
import de.teilhabe.plugin.api.baustein.Wettbewerb;
import org.pf4j.Extension;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Förderbausteine 1–5 (names as listed in seed 001 and the domain digest; descriptions after seed 003).
 * All as Anteilsfinanzierung: up to 80 % state, at least 20 % own share (seed 001). The Kreis applies for
 * 1–4 in one collected application and may forward funds to providers (seeds 001, 002); Kommunen may apply
 * for 5 (seed 002; 6 is the separate plugin „gemeinsam-klappts“). Baustein 5 is a competition with the
 * deadline 31.03.2020 (seed 003). Whether a Kreis may also apply for 5 is not stated in the seeds.
 */
@Extension
public class Foerderbausteine implements FoerderbausteinKatalog {

    static final LocalDate INNOVATIONSFONDS_STICHTAG = LocalDate.of(2020, 3, 31);

    @Override
    public List<Foerderbaustein> bausteine() {
        return List.of(
                kreis(1, "Coaching", "Niederschwellige, individuelle Beratung und Betreuung vor, während und im "
                        + "Anschluss an Fördermaßnahmen, um Maßnahme-, Ausbildungs- und Beschäftigungsabbrüche zu verhindern."),
                kreis(2, "Berufsbegleitende Qualifizierung und/oder Sprachförderung", "Berufsbegleitende "
                        + "Qualifizierung und Weiterbildung sowie berufsbezogene Sprachförderung über den Arbeitgeber "
                        + "während einer Ausbildung oder sozialversicherungspflichtigen Beschäftigung."),
                kreis(3, "Nachträglicher Erwerb des Hauptschulabschlusses", "Hauptschulabschluss (Klasse 9/10A) mit "
                        + "integrierter Sprachförderung und Kursen „Lernen lernen“ für Menschen ohne Zugang zur Regelschule."),
                kreis(4, "Schul-, ausbildungs- und berufsvorbereitende Kurse / Jugendintegrationskurse",
                        "Schul-, ausbildungs- und berufsvorbereitende Kurse sowie Teilnahme an Jugendintegrationskursen: "
                                + "neue niederschwellige Kurse mit Deutschförderung und beruflicher Orientierung oder "
                                + "BAMF-Jugendintegrationskurse, die der Zielgruppe sonst nicht zugänglich sind."),
                new Foerderbaustein(5, "Innovationsfonds", "Innovationsfonds für innovative Maßnahmen und Projekte: "
                        + "kreative Projektideen und modellhafte Einzelvorhaben, die Geflüchtete in Ausbildung und Arbeit "
                        + "bringen und Betriebe unterstützen.", Optional.of(Foerderquote.prozent(80)),
                        Set.of(Antragsteller.KOMMUNE), Optional.of(new Wettbewerb(INNOVATIONSFONDS_STICHTAG,
                        "Als Wettbewerb ausgeschrieben; besonders gefragt sind Impulse, die Frauen mit "
                                + "Fluchterfahrung den Einstieg in den Beruf erleichtern."))));
    }

    private static Foerderbaustein kreis(int nummer, String name, String beschreibung) {
        return new Foerderbaustein(nummer, name, beschreibung, Optional.of(Foerderquote.prozent(80)),
                Set.of(Antragsteller.KREIS), Optional.empty());
    }
}
