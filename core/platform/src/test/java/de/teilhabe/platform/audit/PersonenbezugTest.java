package de.teilhabe.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** ADR 0003's one rule: entries about a person take field names and counts, and nothing that looks like a value. */
@MicronautTest(transactional = false)
class PersonenbezugTest {

    @Inject AuditProtokoll audit;

    @Test
    void feldnamenUndZahlen() {
        assertThat(Personenbezug.felder(List.of("nachname", "geburtsdatum", "nachname", "aufnahme.schulabschluss",
                "vorgang.UMZUG", "teilnahme.abgemeldetAm")))
                .isEqualTo(Map.of("felder", List.of("nachname", "geburtsdatum", "aufnahme.schulabschluss",
                        "vorgang.UMZUG", "teilnahme.abgemeldetAm")));
        assertThat(Personenbezug.eintrag(List.of("suche"), Map.of("treffer", 12, "seite", 0L)))
                .containsExactly(Map.entry("felder", List.of("suche")), Map.entry("seite", 0L),
                        Map.entry("treffer", 12));
        assertThat(Personenbezug.felder(List.of())).isEmpty();
    }

    @Test
    void wasNachEinemWertAussiehtIstKeinFeldname() {
        for (String wert : List.of("Müller", "Erika Mustermann", "1990-01-01", "01.01.1990", "12", "a b", "",
                "x".repeat(101), "felder", "Ziel: Deutschkurs")) {
            assertThatThrownBy(() -> Personenbezug.felder(List.of("nachname", wert))).as(wert)
                    .isInstanceOf(IllegalArgumentException.class).hasMessage("Audit: kein Feldname");
        }
        assertThatThrownBy(() -> Personenbezug.felder(java.util.Arrays.asList((String) null)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Personenbezug.eintrag(List.of(), Map.of("betrag", 1.5)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ganze Zahlen");
        assertThatThrownBy(() -> Personenbezug.eintrag(List.of(), Map.of("Müller", 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("Audit: kein Feldname");
    }

    @Test
    void wertePaareNurFuerObjekteOhnePersonenbezug() {
        assertThat(Personenbezug.betrifftPerson("Teilnehmer")).isTrue();
        assertThat(Personenbezug.betrifftPerson("Person")).isTrue();
        assertThat(Personenbezug.betrifftPerson("Kommune")).isFalse();
        UUID id = UUID.randomUUID();
        assertThatThrownBy(() -> audit.kreis("ki", "GEAENDERT", "Teilnehmer", id,
                Map.of("nachname", List.of("Alt", "Neu")))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> audit.kreis("ki", "GEAENDERT", "Person", id, Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> audit.plattform("betrieb", "GEAENDERT", "Teilnehmer", id, Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> audit.person("ki", "GELESEN", "Teilnehmer", (Object) null, List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Id");
    }

    @Test
    void lesbarFuerDieDatenauskunft() {
        assertThat(audit.lesbar("{\"felder\":[\"vorname\",\"nachname\"]}")).isEqualTo("vorname, nachname");
        assertThat(audit.lesbar("{\"felder\":[\"suche\"],\"treffer\":3}")).isEqualTo("suche; treffer: 3");
        assertThat(audit.lesbar("{\"name\":[null,\"Neudorf\"]}")).isEqualTo("name: – → Neudorf");
        assertThat(audit.lesbar(null)).isEmpty();
        assertThat(audit.lesbar("kein json")).isEqualTo("kein json");
    }
}
