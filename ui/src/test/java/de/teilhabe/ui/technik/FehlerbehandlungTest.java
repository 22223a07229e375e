package de.teilhabe.ui.technik;

import de.teilhabe.platform.fehler.FachlicherFehler;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FehlerbehandlungTest {
    @Test
    void findetDenFachlichenFehlerInDerKette() {
        FachlicherFehler f = FachlicherFehler.veraltet();
        assertThat(Fehlerbehandlung.fachlich(new RuntimeException("Hülle", f))).isSameAs(f);
        assertThat(Fehlerbehandlung.fachlich(new IllegalStateException("anderes"))).isNull();
    }
}
