package de.teilhabe.ui.technik;

import de.teilhabe.platform.fehler.FachlicherFehler;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

import static org.assertj.core.api.Assertions.assertThat;

class FehlerbehandlungTest {
    @Test
    void findetDenFachlichenFehlerInDerKette() {
        FachlicherFehler f = FachlicherFehler.veraltet();
        assertThat(Fehlerbehandlung.fachlich(new RuntimeException("Hülle", f))).isSameAs(f);
        assertThat(Fehlerbehandlung.fachlich(new IllegalStateException("anderes"))).isNull();
    }

    @Test
    void einDoppelterEintragDerDatenbankIstFachlich() {
        FachlicherFehler f = Fehlerbehandlung.fachlich(new RuntimeException("jOOQ", new SQLException("dup", "23505")));
        assertThat(f.code()).isEqualTo("konflikt.doppelt");
        assertThat(f.text(java.util.Locale.GERMAN)).isEqualTo("Einen solchen Eintrag gibt es schon.");
    }

    @Test
    void jedeAnfrageDerOberflaecheHatEineKennungImProtokoll() {
        UiAnfragekennung kennung = new UiAnfragekennung();
        kennung.requestStart(null, null);
        String id = UiAnfragekennung.aktuelle();
        assertThat(id).startsWith("ui-").isEqualTo(MDC.get("requestId"));
        kennung.requestEnd(null, null, null);
        assertThat(MDC.get("requestId")).isNull();
        assertThat(UiAnfragekennung.aktuelle()).isEqualTo("–");
    }
}
