package de.teilhabe.plugin.api.zielgruppe;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ZielgruppenurteilTest {

    private static final Begruendung GRUND = new Begruendung("test.grund", "Ein Grund.");

    @Test
    void ausnahmeNurBeiNichtZielgruppe() {
        assertThatThrownBy(() -> new Zielgruppenurteil(Einstufung.PRIMAER, List.of(GRUND), true, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(Zielgruppenurteil.nichtZielgruppeMitAusnahme(GRUND).ausnahmeZulaessig()).isTrue();
    }

    @Test
    void ohneBegruendungKeinUrteil() {
        assertThatThrownBy(() -> Zielgruppenurteil.nichtEntscheidbar(List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Begründung");
    }

    @Test
    void umstufenBehaeltAlleGruendeUndHinweise() {
        Begruendung hinweis = new Begruendung("test.hinweis", "Ein Hinweis.");
        Begruendung nachrang = new Begruendung("test.nachrang", "Nachrangig.");
        Zielgruppenurteil u = Zielgruppenurteil.primaer(GRUND).mitHinweis(hinweis)
                .umgestuft(Einstufung.SEKUNDAER, nachrang);

        assertThat(u.einstufung()).isEqualTo(Einstufung.SEKUNDAER);
        assertThat(u.begruendungen()).containsExactly(GRUND, nachrang);
        assertThat(u.hinweise()).containsExactly(hinweis);
        assertThat(u.istZielgruppe()).isTrue();
        assertThat(u.enthaeltCode("test.hinweis")).isTrue();
        assertThat(u.enthaeltCode("test.anderes")).isFalse();
    }

    @Test
    void begruendungscodesSindGegliedert() {
        assertThatThrownBy(() -> new Begruendung("OhnePunkt", "x")).isInstanceOf(IllegalArgumentException.class);
        assertThat(new Begruendung("gemeinsam-klappts.status.duldung", "x").code()).contains(".");
    }
}
