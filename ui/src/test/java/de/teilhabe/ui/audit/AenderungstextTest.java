package de.teilhabe.ui.audit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AenderungstextTest {
    @Test
    void altUndNeu() {
        assertThat(Aenderungstext.lesbar("{\"name\":[null,\"Neudorf\"],\"integrationsrat\":[false,true]}"))
                .isEqualTo("name: – → Neudorf; integrationsrat: false → true");
    }

    @Test
    void eintraegeZuPersonenNennenNurFelder() {
        assertThat(Aenderungstext.lesbar("{\"felder\":[\"nachname\",\"geburtsdatum\"]}"))
                .isEqualTo("nachname, geburtsdatum");
        assertThat(Aenderungstext.lesbar("{\"felder\":[\"suche\"],\"seite\":0,\"treffer\":12}"))
                .isEqualTo("suche; seite: 0; treffer: 12");
        // two names are no [old, new] pair
        assertThat(Aenderungstext.lesbar("{\"felder\":[\"vorname\",\"nachname\"]}")).doesNotContain("→");
    }

    @Test
    void andereFormenBleibenWieSieSind() {
        assertThat(Aenderungstext.lesbar("{\"slug\":\"neuss\"}")).isEqualTo("slug: neuss");
        assertThat(Aenderungstext.lesbar("[1,2]")).isEqualTo("[1,2]");
        assertThat(Aenderungstext.lesbar("kein json")).isEqualTo("kein json");
        assertThat(Aenderungstext.lesbar(null)).isEmpty();
    }
}
