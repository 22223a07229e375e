package de.teilhabe.plugin.api.kompatibilitaet;

import de.teilhabe.plugin.api.PluginApi;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ApiKompatibilitaetTest {

    @Test
    void pluginGebautFuerDieseApiWirdAngenommen() {
        Kompatibilitaet k = ApiKompatibilitaet.pruefe("kim", PluginApi.EMPFOHLENE_ANFORDERUNG);

        assertThat(k.kompatibel()).isTrue();
        assertThat(k.apiVersion()).isEqualTo(PluginApi.VERSION);
        assertThat(k.meldung()).contains("„kim“", "verträglich", PluginApi.VERSION);
    }

    @Test
    void pluginGebautFuerEineAndereHauptversionWirdMitKlarerMeldungAbgelehnt() {
        Kompatibilitaet k = ApiKompatibilitaet.pruefe("durchstarten", ">=2.0.0 & <3.0.0", "1.0.0");

        assertThat(k.kompatibel()).isFalse();
        assertThat(k.meldung()).isEqualTo("Plugin „durchstarten“ wurde nicht geladen: Es wurde für die Plugin-API "
                + "„>=2.0.0 & <3.0.0“ gebaut, die Plattform stellt aber die Plugin-API 1.0.0 bereit. "
                + "Bitte eine zur Plattform passende Version des Plugins einspielen (oder die Plattform aktualisieren).");
    }

    @Test
    void altesPluginWirdVonNeuerHauptversionDerPlattformAbgelehnt() {
        Kompatibilitaet k = ApiKompatibilitaet.pruefe("kim", ">=1.0.0 & <2.0.0", "2.0.0");

        assertThat(k.kompatibel()).isFalse();
        assertThat(k.meldung()).contains("„kim“", "„>=1.0.0 & <2.0.0“", "Plugin-API 2.0.0");
    }

    @Test
    void pluginDasEineNeuereNebenversionBrauchtWirdAbgelehnt() {
        assertThat(ApiKompatibilitaet.pruefe("x", ">=1.2.0 & <2.0.0", "1.1.9").kompatibel()).isFalse();
        assertThat(ApiKompatibilitaet.pruefe("x", ">=1.2.0 & <2.0.0", "1.2.0").kompatibel()).isTrue();
        assertThat(ApiKompatibilitaet.pruefe("x", ">=1.2.0 & <2.0.0", "1.9.3").kompatibel()).isTrue();
    }

    @Test
    void nackteVersionBedeutetCaretBereich() {
        assertThat(ApiKompatibilitaet.pruefe("x", "1.0.0", "1.4.2").kompatibel()).isTrue();
        assertThat(ApiKompatibilitaet.pruefe("x", "1.0.0", "2.0.0").kompatibel()).isFalse();
        assertThat(ApiKompatibilitaet.pruefe("x", "^1.3.0", "1.2.9").kompatibel()).isFalse();
        assertThat(ApiKompatibilitaet.pruefe("x", "0.3.0", "0.3.5").kompatibel()).isTrue();
        assertThat(ApiKompatibilitaet.pruefe("x", "0.3.0", "0.4.0").kompatibel()).isFalse();
    }

    @Test
    void fehlendeOderBeliebigeAnforderungWirdAbgelehnt() {
        for (String wert : new String[] {null, "", "  ", "*"}) {
            Kompatibilitaet k = ApiKompatibilitaet.pruefe("ohne-angabe", wert);
            assertThat(k.kompatibel()).as("Anforderung %s", wert).isFalse();
            assertThat(k.meldung()).contains("„ohne-angabe“", "fehlt die Angabe „Plugin-Requires“",
                    PluginApi.EMPFOHLENE_ANFORDERUNG);
        }
    }

    @Test
    void unlesbareAnforderungWirdMitGrundAbgelehnt() {
        Kompatibilitaet k = ApiKompatibilitaet.pruefe("kaputt", ">=eins");

        assertThat(k.kompatibel()).isFalse();
        assertThat(k.meldung()).contains("nicht lesbar", "„eins“");
    }

    @Test
    void gleichheitUndStrengeVergleiche() {
        assertThat(ApiKompatibilitaet.pruefe("x", "=1.0.0", "1.0.0").kompatibel()).isTrue();
        assertThat(ApiKompatibilitaet.pruefe("x", "=1.0.0", "1.0.1").kompatibel()).isFalse();
        assertThat(ApiKompatibilitaet.pruefe("x", ">1.0.0 & <=1.5.0", "1.0.0").kompatibel()).isFalse();
        assertThat(ApiKompatibilitaet.pruefe("x", ">1.0.0 & <=1.5.0", "1.5.0").kompatibel()).isTrue();
        assertThat(ApiKompatibilitaet.pruefe("x", ">=1.10.0", "1.9.0").kompatibel())
                .as("numerisch, nicht lexikografisch").isFalse();
    }
}
