package de.teilhabe.platform.sicherheit;

import io.micronaut.context.exceptions.ConfigurationException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Issue 14: without a configured JWT secret the server used to draw a random one silently; now it refuses to start. */
class JwtGeheimnisTest {

    @Test
    void ohneGeheimnisVerweigertDerServerDenStart() {
        assertThatThrownBy(() -> JwtGeheimnis.waehlen(null, false))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("Kein JWT-Geheimnis konfiguriert: Start verweigert")
                .hasMessageContaining("TEILHABE_JWT_SECRET");
        assertThatThrownBy(() -> JwtGeheimnis.waehlen("", false)).isInstanceOf(ConfigurationException.class);
        assertThatThrownBy(() -> JwtGeheimnis.waehlen("   ", false)).isInstanceOf(ConfigurationException.class);
    }

    @Test
    void einZuKurzesGeheimnisReichtNicht() {
        assertThatThrownBy(() -> JwtGeheimnis.waehlen("kurz-kurz-kurz-kurz-kurz-kurz-1", false))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("kürzer als 32 Zeichen");
    }

    @Test
    void einKonfiguriertesGeheimnisGiltUnveraendert() {
        String geheimnis = "ein-geheimnis-mit-mindestens-32-zeichen";
        assertThat(JwtGeheimnis.waehlen(geheimnis, false)).isEqualTo(geheimnis);
        assertThat(JwtGeheimnis.waehlen(geheimnis, true)).isEqualTo(geheimnis);
    }

    @Test
    void imDemoModusGiltEinZufaelligesGeheimnis() {
        String eins = JwtGeheimnis.waehlen(null, true);
        String zwei = JwtGeheimnis.waehlen("", true);
        assertThat(eins).hasSizeGreaterThanOrEqualTo(JwtGeheimnis.MINDESTLAENGE).isNotEqualTo(zwei);
    }
}
