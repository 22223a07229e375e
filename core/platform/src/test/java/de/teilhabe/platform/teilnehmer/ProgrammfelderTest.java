package de.teilhabe.platform.teilnehmer;

import static de.teilhabe.platform.finanzierung.Programmumgebung.GEMEINSAM_KLAPPTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.teilhabe.platform.fehler.FachlicherFehler;
import de.teilhabe.platform.finanzierung.Programmumgebung;
import de.teilhabe.platform.kommune.Kommune;
import de.teilhabe.platform.kommune.KommunenDienst;
import de.teilhabe.platform.mandant.Mandanten;
import de.teilhabe.platform.sicherheit.Nutzer;
import de.teilhabe.platform.sicherheit.Rolle;
import de.teilhabe.platform.testing.Datenbank;
import de.teilhabe.plugin.api.zielgruppe.Aufenthaltsstatus;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The extra case fields of „Gemeinsam klappt’s“ (ABH clearance at intake …): declared by the plugin, validated by
 * the plugin before anything is stored, read back with the participant, erased with the person.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Property(name = "teilhabe.plugins.verzeichnis", value = "${teilhabe.test.plugins}")
class ProgrammfelderTest {

    @Inject ApplicationContext ctx;
    @Inject TeilnehmerDienst dienst;
    @Inject TeilnehmerAufnahme aufnahmedienst;
    @Inject Programmfelder felder;

    Nutzer admin;
    Nutzer cm;
    UUID person;

    @BeforeAll
    void kreis() {
        admin = Programmumgebung.kreisMit(ctx, "pfeld", GEMEINSAM_KLAPPTS);
        cm = new Nutzer(UUID.randomUUID(), "test.cm", "CM", admin.kreisSlug(), admin.kreisName(),
                Set.of(Rolle.CASE_MANAGEMENT));
        UUID neuss = ctx.getBean(KommunenDienst.class).liste(admin).stream().filter(k -> k.name().equals("Neuss"))
                .map(Kommune::id).findFirst().orElseThrow();
        person = aufnahmedienst.aufnehmen(cm, new AufnahmeAntrag(new TeilnehmerDaten("Amina", "Feld", LocalDate.of(2000, 4, 12),
                neuss, null, null), new AufenthaltDaten(Aufenthaltsstatus.DULDUNG, LocalDate.of(2019, 6, 1), null),
                GEMEINSAM_KLAPPTS, LocalDate.of(2021, 3, 31), null, null, null, null, List.of())).teilnehmer().id();
    }

    @Test
    void felderDesPluginsMitPruefungUndWerten() {
        List<Programmfeld> leer = felder.felder(cm, person).get(GEMEINSAM_KLAPPTS);
        assertThat(leer).extracting(Programmfeld::schluessel).contains("abh-freigabe.status", "abh-freigabe.datum");
        assertThat(leer).allSatisfy(f -> assertThat(f.wert()).isNull());

        assertThatThrownBy(() -> felder.speichern(cm, person, GEMEINSAM_KLAPPTS, Map.of("abh-freigabe.status", "erteilt",
                "einwilligung.gib-datenbank", "ja"))).isInstanceOfSatisfying(FachlicherFehler.class, f ->
                assertThat(f.feldfehler()).anySatisfy(e -> assertThat(e.feld()).isEqualTo("abh-freigabe.datum")));
        assertThat(felder.felder(cm, person).get(GEMEINSAM_KLAPPTS)).allSatisfy(f -> assertThat(f.wert()).isNull());

        Map<String, List<Programmfeld>> gespeichert = felder.speichern(cm, person, GEMEINSAM_KLAPPTS, Map.of(
                "abh-freigabe.status", "erteilt", "abh-freigabe.datum", "2021-04-20", "einwilligung.gib-datenbank", "ja"));
        assertThat(gespeichert.get(GEMEINSAM_KLAPPTS)).filteredOn(f -> f.schluessel().equals("abh-freigabe.datum"))
                .singleElement().satisfies(f -> assertThat(f.wert()).isEqualTo("2021-04-20"));
        assertThat(felder.felder(admin, person).get(GEMEINSAM_KLAPPTS)).filteredOn(f -> f.wert() != null).hasSize(3);

        String schema = ctx.getBean(Mandanten.class).schema(admin.kreisSlug()).schema();
        List<String> eintraege = new Datenbank(ctx).spalte("select benutzer || ' ' || aktion || ' ' || aenderung from "
                + schema + ".audit_log where objekt_id = '" + person + "' order by id");
        assertThat(eintraege).anySatisfy(e -> assertThat(e).isEqualTo("test.cm GELESEN {\"felder\":[\"programmfelder\"]}"))
                .anySatisfy(e -> assertThat(e).startsWith("test.cm PROGRAMMFELDER_GEAENDERT")
                        .contains("abh-freigabe.datum").doesNotContain("2021-04-20"));
    }

    @Test
    void nurProgrammeDerPersonUndNurFallarbeitendeSchreiben() {
        assertThatThrownBy(() -> felder.speichern(cm, person, "kim", Map.of())).isInstanceOfSatisfying(
                FachlicherFehler.class, f -> assertThat(f.feldfehler()).anySatisfy(e -> assertThat(e.code())
                        .isEqualTo("teilnehmer.programmfeld.programm")));
        assertThatThrownBy(() -> felder.speichern(admin, person, GEMEINSAM_KLAPPTS, Map.of()))
                .isInstanceOf(FachlicherFehler.class);
        Nutzer traeger = new Nutzer(UUID.randomUUID(), "test.traeger", "T", admin.kreisSlug(), admin.kreisName(),
                Set.of(Rolle.MASSNAHMETRAEGER));
        assertThatThrownBy(() -> felder.felder(traeger, person)).isInstanceOf(FachlicherFehler.class);
    }
}
