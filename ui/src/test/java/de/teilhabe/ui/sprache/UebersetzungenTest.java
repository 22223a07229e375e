package de.teilhabe.ui.sprache;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

class UebersetzungenTest {
    private final Uebersetzungen texte = new Uebersetzungen();

    private static Properties laden(String sprache) throws IOException {
        Properties p = new Properties();
        try (InputStream in = UebersetzungenTest.class.getResourceAsStream("/de/teilhabe/ui/texte_" + sprache + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void beideSprachenHabenDieselbenSchluessel() throws IOException {
        assertThat(laden("en").keySet()).containsExactlyInAnyOrderElementsOf(laden("de").keySet());
    }

    @Test
    void deutschIstStandard() {
        assertThat(texte.getTranslation("anmeldung.titel", Locale.FRENCH)).isEqualTo("Anmeldung");
        assertThat(texte.getTranslation("anmeldung.titel", Locale.US)).isEqualTo("Sign in");
        assertThat(texte.getTranslation("kommune.abh.lang", Locale.GERMANY)).isEqualTo("Eigene Ausländerbehörde");
    }

    @Test
    void parameterUndFehlendeSchluessel() {
        assertThat(texte.getTranslation("kommunen.gespeichert", Locale.GERMAN, "Neuss")).isEqualTo("Kommune „Neuss“ gespeichert.");
        assertThat(texte.getTranslation("gibt.es.nicht", Locale.GERMAN)).isEqualTo("!gibt.es.nicht!");
    }

    @Test
    void datumWieInDenAemtern() {
        Instant stichtag = Instant.parse("2021-03-31T10:00:00Z");
        assertThat(Formate.datum(stichtag, Locale.GERMAN)).isEqualTo("31.03.2021");
        assertThat(Formate.zeitpunkt(stichtag, Locale.GERMAN)).isEqualTo("31.03.2021 12:00:00");
        assertThat(Formate.datum(stichtag, Locale.ENGLISH)).isEqualTo("31/03/2021");
    }
}
