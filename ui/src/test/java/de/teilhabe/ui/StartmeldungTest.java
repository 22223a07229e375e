package de.teilhabe.ui;

import de.teilhabe.platform.demo.DemoZugang;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class StartmeldungTest {
    @Test
    void adressenUndDemoZugaenge() {
        String text = Startmeldung.text("http://localhost:8081", "http://localhost:8080", "teilhabe-api-1.yml",
                List.of(new DemoZugang("rkn.admin", "geheim", "KREIS_ADMIN", "Rhein-Kreis Neuss")), 1234);
        assertThat(text).contains("bereit nach 1234 ms", "UI       http://localhost:8081",
                "OpenAPI  http://localhost:8080/swagger/teilhabe-api-1.yml", "rkn.admin", "geheim", "Rhein-Kreis Neuss");
    }

    @Test
    void openApiDateiDerPlattformWirdGefunden() {
        assertThat(OpenApiDatei.finden()).hasValueSatisfying(n -> assertThat(n).startsWith("teilhabe-api").endsWith(".yml"));
    }
}
