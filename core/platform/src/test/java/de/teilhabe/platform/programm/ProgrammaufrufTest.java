package de.teilhabe.platform.programm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.teilhabe.platform.fehler.Art;
import de.teilhabe.platform.fehler.FachlicherFehler;
import de.teilhabe.platform.fehler.Feldfehler;
import de.teilhabe.plugin.api.stellen.Stelleneingabe;
import de.teilhabe.plugin.api.stellen.Stellenschluessel;
import de.teilhabe.plugin.api.zielgruppe.Aufenthaltsstatus;
import de.teilhabe.plugin.api.zielgruppe.Einstufung;
import de.teilhabe.plugin.api.zielgruppe.Personenangaben;
import de.teilhabe.plugin.api.zielgruppe.Pruefanfrage;
import de.teilhabe.plugin.api.zielgruppe.Zielgruppenregel;
import de.teilhabe.plugin.api.zielgruppe.Zielgruppenurteil;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Run-time isolation: whatever a plugin throws ends as a clear {@link FachlicherFehler} naming the program;
 * the other programs keep answering, even in the same request.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProgrammaufrufTest {

    static final Pruefanfrage ANFRAGE = new Pruefanfrage(Personenangaben.von(LocalDate.of(2000, 3, 1),
            Aufenthaltsstatus.DULDUNG, Set.of(), Set.of()), LocalDate.of(2020, 6, 1));
    static final Function<List<Zielgruppenregel>, List<Zielgruppenurteil>> PRUEFEN =
            regeln -> regeln.stream().map(r -> r.pruefe(ANFRAGE)).toList();

    ProgrammHost host;
    Programmaufruf aufruf;

    @BeforeAll
    void laden() {
        Path ordner = Pluginordner.mit(List.of("gemeinsam-klappts", "broken-example", "broken-example-api-2"));
        Testplugins.fehltZurLaufzeit().bauen(ordner);
        host = new ProgrammHost(ordner.toString());
        aufruf = new Programmaufruf(host);
    }

    @AfterAll
    void beenden() {
        host.beenden();
    }

    @Test
    void einGesundesProgrammAntwortet() {
        List<Zielgruppenurteil> urteile = aufruf.rufe("gemeinsam-klappts", Zielgruppenregel.class, PRUEFEN);
        assertThat(urteile).singleElement().extracting(Zielgruppenurteil::einstufung).isEqualTo(Einstufung.PRIMAER);
    }

    @Test
    void eineAusnahmeWirdZumFachlichenFehlerMitDemProgrammnamen() {
        assertThatThrownBy(() -> aufruf.rufe("broken-example", Zielgruppenregel.class, PRUEFEN))
                .isInstanceOfSatisfying(FachlicherFehler.class, f -> {
                    assertThat(f.code()).isEqualTo("programm.fehler");
                    assertThat(f.art()).isEqualTo(Art.KONFLIKT);
                    assertThat(f.text(Locale.GERMAN)).startsWith(
                            "Im Programm „Defektes Testprogramm (nur für Tests)“ ist ein Fehler aufgetreten "
                                    + "(Der Aufruf von Zielgruppenregel warf IllegalStateException: Absichtlicher Fehler")
                            .contains("die Plattform und die übrigen Programme arbeiten weiter");
                    assertThat(f.text(Locale.ENGLISH)).startsWith(
                            "An error occurred in the program \"Defektes Testprogramm (nur für Tests)\"");
                });
        // a thrown exception spoils only that call: the program stays started, the others answer
        assertThat(host.programm("broken-example").orElseThrow().zustand()).isEqualTo(Programmzustand.GESTARTET);
        assertThat(aufruf.rufe("gemeinsam-klappts", Zielgruppenregel.class, PRUEFEN)).hasSize(1);
        assertThatThrownBy(() -> aufruf.rufe("broken-example", Stellenschluessel.class,
                s -> s.get(0).berechne(Stelleneingabe.leer().mit("anzahl", 1L))))
                .hasMessageContaining("ArithmeticException");
    }

    @Test
    void fuerJedesProgrammEinErgebnisAuchWennEinesWirft() {
        List<Programmergebnis<List<Zielgruppenurteil>>> ergebnisse = aufruf.fuerJedes(
                List.of("gemeinsam-klappts", "broken-example", "broken-api-version", "gibt-es-nicht"),
                Zielgruppenregel.class, PRUEFEN);
        assertThat(ergebnisse).extracting(Programmergebnis::ok).containsExactly(true, false, false, false);
        assertThat(ergebnisse.get(0).wert()).get().asList().hasSize(1);
        assertThat(ergebnisse.get(1).fehler().orElseThrow().code()).isEqualTo("programm.fehler");
        assertThat(ergebnisse.get(2).fehler().orElseThrow().code()).isEqualTo("programm.nicht.verfuegbar");
        assertThat(ergebnisse.get(2).fehler().orElseThrow().getMessage())
                .startsWith("Das Programm „broken-api-version“ steht derzeit nicht zur Verfügung. "
                        + "Plugin „broken-api-version“ wurde nicht geladen:");
        assertThat(ergebnisse.get(3).fehler().orElseThrow().code()).isEqualTo("programm.unbekannt");
        assertThat(ergebnisse.get(3).fehler().orElseThrow().art()).isEqualTo(Art.NICHT_GEFUNDEN);
    }

    @Test
    void ungueltigeEingabeIstKeinProgrammfehler() {
        assertThatThrownBy(() -> aufruf.rufe("fehlt-zur-laufzeit", Stellenschluessel.class,
                s -> s.get(0).berechne(Stelleneingabe.leer())))
                .isInstanceOfSatisfying(FachlicherFehler.class, f -> {
                    assertThat(f.code()).isEqualTo("eingabe.ungueltig");
                    assertThat(f.feldfehler()).extracting(Feldfehler::feld).containsExactly("anzahl");
                    assertThat(f.feldfehler().get(0).text(Locale.GERMAN)).isEqualTo("Die Anzahl darf nicht negativ sein.");
                });
        assertThat(host.programm("fehlt-zur-laufzeit").orElseThrow().istGestartet()).isTrue();
    }

    @Test
    void eineFehlendeKlasseHaeltDasProgrammAn() {
        assertThatThrownBy(() -> aufruf.rufe("fehlt-zur-laufzeit", Zielgruppenregel.class, PRUEFEN))
                .isInstanceOfSatisfying(FachlicherFehler.class, f -> assertThat(f.getMessage())
                        .contains("NoClassDefFoundError", "de/teilhabe/testplugin/Helfer"));
        Programm danach = host.programm("fehlt-zur-laufzeit").orElseThrow();
        assertThat(danach.zustand()).isEqualTo(Programmzustand.FEHLGESCHLAGEN);
        assertThat(danach.grund().orElseThrow()).startsWith("Das Programm wurde wegen eines Fehlers angehalten:");
        assertThatThrownBy(() -> aufruf.rufe("fehlt-zur-laufzeit", Stellenschluessel.class, s -> s.size()))
                .isInstanceOfSatisfying(FachlicherFehler.class,
                        f -> assertThat(f.code()).isEqualTo("programm.nicht.verfuegbar"));
        assertThat(aufruf.rufe("gemeinsam-klappts", Zielgruppenregel.class, PRUEFEN)).hasSize(1);
    }
}
