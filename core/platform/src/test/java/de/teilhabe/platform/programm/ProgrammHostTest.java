package de.teilhabe.platform.programm;

import static org.assertj.core.api.Assertions.assertThat;

import de.teilhabe.plugin.api.kompatibilitaet.ApiKompatibilitaet;
import de.teilhabe.plugin.api.programm.Foerdergeber;
import de.teilhabe.plugin.api.programm.Programmdeskriptor;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Loading at start: the real program plugins start with their descriptors; an archive built for another
 * plugin API is refused with the API's message; archives that cannot be loaded, whose start or whose
 * extensions throw are marked failed with the reason — and all of them side by side in one directory,
 * so none of them keeps the others from starting.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProgrammHostTest {

    Path ordner;
    ProgrammHost host;
    Map<String, Programm> programme;

    @BeforeAll
    void laden() throws Exception {
        List<String> archive = new ArrayList<>(Pluginordner.PROGRAMME);
        archive.addAll(List.of("broken-example", "broken-example-api-2"));
        ordner = Pluginordner.mit(archive);
        Testplugins.startWirft().bauen(ordner);
        Testplugins.konstruktorWirft().bauen(ordner);
        Testplugins.klasseFehltImArchiv().bauen(ordner);
        Testplugins.falscheId().bauen(ordner);
        Testplugin.mitBeschreibung("ohne-anforderung").requires(null).bauen(ordner);
        Testplugin.mitBeschreibung("api-zwei").requires(">=2.0.0").bauen(ordner);
        java.nio.file.Files.write(ordner.resolve("kein-archiv.jar"), new byte[] {1, 2, 3});
        host = new ProgrammHost(ordner.toString());
        host.laden();
        programme = host.programme().stream().collect(Collectors.toMap(Programm::id, Function.identity()));
    }

    @AfterAll
    void beenden() {
        host.beenden();
    }

    @Test
    void dieVierProgrammeStartenMitIhremDeskriptor() {
        assertThat(Pluginordner.PROGRAMME).allSatisfy(id -> {
            Programm p = programme.get(id);
            assertThat(p.zustand()).as(id + ": " + p.grund()).isEqualTo(Programmzustand.GESTARTET);
            assertThat(p.grund()).isEmpty();
            assertThat(p.version()).isEqualTo("0.1.0-SNAPSHOT");
            assertThat(p.deskriptor()).get().extracting(Programmdeskriptor::id).isEqualTo(id);
            assertThat(p.deskriptor().get().foerdergeber()).contains(Foerdergeber.MKFFI);
        });
        assertThat(programme.get("gemeinsam-klappts").name()).startsWith("Gemeinsam klappt’s");
        assertThat(programme.get("durchstarten").name()).isEqualTo("Durchstarten in Ausbildung und Arbeit");
        assertThat(programme.get("kim").name()).isEqualTo("Kommunales Integrationsmanagement (KIM)");
        assertThat(programme.get("komm-an").name()).isEqualTo("KOMM-AN NRW");
        assertThat(host.geladen("komm-an").orElseThrow().migrationen()).isEmpty();
        assertThat(host.geladen("kim").orElseThrow().migrationen()).get()
                .satisfies(m -> assertThat(m.historientabelle()).isEqualTo("plugin_kim_schema_history"));
    }

    @Test
    void einDefektesProgrammStartetTrotzdem() {
        assertThat(programme.get("broken-example").zustand()).isEqualTo(Programmzustand.GESTARTET);
    }

    @Test
    void andereApiVersionWirdMitDerMeldungDerApiAbgelehnt() {
        Programm api2 = programme.get("broken-api-version");
        assertThat(api2.zustand()).isEqualTo(Programmzustand.ABGELEHNT);
        assertThat(api2.grund()).contains(ApiKompatibilitaet.pruefe("broken-api-version", ">=2.0.0 & <3.0.0").meldung());
        assertThat(api2.grund().orElseThrow()).contains("wurde nicht geladen", ">=2.0.0", "Plugin-API " + de.teilhabe.plugin.api.PluginApi.VERSION);
        assertThat(programme.get("api-zwei").grund().orElseThrow())
                .contains("Plugin „api-zwei“ wurde nicht geladen", "„>=2.0.0“");
        assertThat(programme.get("ohne-anforderung").zustand()).isEqualTo(Programmzustand.ABGELEHNT);
        assertThat(programme.get("ohne-anforderung").grund().orElseThrow()).contains("Plugin-Requires");
    }

    @Test
    void startFehlerMarkiertFehlgeschlagen() {
        Programm p = programme.get("start-wirft");
        assertThat(p.zustand()).isEqualTo(Programmzustand.FEHLGESCHLAGEN);
        assertThat(p.grund().orElseThrow()).isEqualTo("Das Plugin „start-wirft“ wurde nicht gestartet: der Start "
                + "des Plugins warf IllegalStateException: Datenquelle fehlt");
    }

    @Test
    void erweiterungDieBeimErzeugenWirftMarkiertFehlgeschlagen() {
        assertThat(programme.get("konstruktor-wirft").grund().orElseThrow())
                .contains("Erzeugen der Erweiterung KaputterKatalog warf", "UnsupportedOperationException: kaputt");
        assertThat(programme.get("klasse-fehlt").grund().orElseThrow())
                .contains("Laden der Erweiterungsklasse de.teilhabe.testplugin.Verschwunden warf NoClassDefFoundError");
        assertThat(programme.get("falsche-id").grund().orElseThrow())
                .contains("Programm-Id „anders“ der Programmbeschreibung passt nicht zur Plugin-Id");
    }

    @Test
    void unlesbaresArchivMarkiertFehlgeschlagen() {
        Programm p = programme.get("kein-archiv");
        assertThat(p.zustand()).isEqualTo(Programmzustand.FEHLGESCHLAGEN);
        assertThat(p.datei()).isEqualTo("kein-archiv.jar");
        assertThat(p.grund().orElseThrow()).startsWith("Das Plugin-Archiv „kein-archiv.jar“ ließ sich nicht laden: ");
    }

    @Test
    void nurGestarteteHabenEinenDeskriptor() {
        assertThat(programme.values()).allSatisfy(p ->
                assertThat(p.deskriptor().isPresent()).as(p.id()).isEqualTo(p.istGestartet()));
        assertThat(programme).hasSize(13);
    }

    @Test
    void pf4jSchreibtNichtsInsPluginVerzeichnis() {
        assertThat(Pluginordner.inhalt(ordner)).allSatisfy(n -> assertThat(n).endsWith(".jar")).hasSize(13);
    }

    @Test
    void einZweitesLadenAendertNichts() {
        host.laden();
        assertThat(host.programme()).hasSize(13);
    }
}
