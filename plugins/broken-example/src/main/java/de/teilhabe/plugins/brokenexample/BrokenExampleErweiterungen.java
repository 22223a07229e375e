package de.teilhabe.plugins.brokenexample;

import de.teilhabe.plugin.api.programm.Foerdergeber;
import de.teilhabe.plugin.api.programm.Programmbeschreibung;
import de.teilhabe.plugin.api.programm.Programmdeskriptor;
import de.teilhabe.plugin.api.stellen.Eingabegroesse;
import de.teilhabe.plugin.api.stellen.Stelleneingabe;
import de.teilhabe.plugin.api.stellen.Stellenergebnis;
import de.teilhabe.plugin.api.stellen.Stellenschluessel;
import de.teilhabe.plugin.api.zielgruppe.Pruefanfrage;
import de.teilhabe.plugin.api.zielgruppe.Zielgruppenregel;
import de.teilhabe.plugin.api.zielgruppe.Zielgruppenurteil;
import org.pf4j.Extension;

import java.util.List;
import java.util.Optional;

/** TEST FIXTURE extensions: a valid descriptor, and a rule and a formula that always throw. */
final class BrokenExampleErweiterungen {

    private BrokenExampleErweiterungen() {
    }

    @Extension
    public static class Beschreibung implements Programmbeschreibung {
        @Override
        public Programmdeskriptor programm() {
            return Programmdeskriptor.von(BrokenExamplePlugin.ID, "Defektes Testprogramm (nur für Tests)",
                    "Test-Fixture: Regel und Stellenformel werfen absichtlich Ausnahmen.", List.of(Foerdergeber.MKFFI),
                    null);
        }
    }

    @Extension
    public static class KaputteRegel implements Zielgruppenregel {
        @Override
        public String id() {
            return "broken-example.zielgruppe";
        }

        @Override
        public String bezeichnung() {
            return "Defekte Zielgruppenregel";
        }

        @Override
        public Zielgruppenurteil pruefe(Pruefanfrage anfrage) {
            throw new IllegalStateException(BrokenExamplePlugin.FEHLERTEXT + " (Zielgruppenregel)");
        }
    }

    @Extension
    public static class KaputteFormel implements Stellenschluessel {
        @Override
        public String id() {
            return "broken-example.stellen";
        }

        @Override
        public String bezeichnung() {
            return "Defekte Stellenformel";
        }

        @Override
        public Optional<Integer> baustein() {
            return Optional.empty();
        }

        @Override
        public List<Eingabegroesse> eingaben() {
            return List.of(Eingabegroesse.anzahl("anzahl", "Anzahl", ""));
        }

        @Override
        public String rundungsregel() {
            return "keine (wirft immer)";
        }

        @Override
        public Stellenergebnis berechne(Stelleneingabe eingabe) {
            throw new ArithmeticException(BrokenExamplePlugin.FEHLERTEXT + " (Stellenformel)");
        }
    }
}
