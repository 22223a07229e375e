package de.teilhabe.platform.finanzierung;

import static de.teilhabe.platform.finanzierung.Programmumgebung.DURCHSTARTEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import de.teilhabe.platform.baustein.Baustein;
import de.teilhabe.platform.baustein.Bausteine;
import de.teilhabe.platform.sicherheit.Nutzer;
import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The demo funding, entered twice to prove it is idempotent: Kreis Coesfeld's own share of ca. 13.500 € (2020) and
 * ca. 102.900 € (2021) from the Integrationspauschale (seed 003); Kreis Steinfurt's 1.170.000,00 € for FB 1–4
 * (seed 002).
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FinanzierungDemoTest implements TestPropertyProvider {

    @Inject ApplicationContext ctx;
    @Inject FinanzierungDemo demo;
    @Inject Finanzuebersicht uebersicht;
    @Inject Eigenanteile eigenanteile;
    @Inject Zuwendungsbescheide bescheide;

    @Override
    public Map<String, String> getProperties() {
        return Map.of("teilhabe.plugins.verzeichnis", Programmumgebung.pluginVerzeichnis());
    }

    @Test
    void coesfeld() {
        Nutzer admin = Programmumgebung.kreisMit(ctx, "demo-coe", List.of("Coesfeld", "Dülmen"), DURCHSTARTEN);
        demo.coesfeld(admin.kreisSlug());
        demo.coesfeld(admin.kreisSlug());
        assertThat(eigenanteile.liste(admin, DURCHSTARTEN)).extracting(Eigenanteil::jahr, Eigenanteil::betrag,
                Eigenanteil::quelle, Eigenanteil::bausteinId).containsExactly(
                tuple(2020, new BigDecimal("13500.00"), "Integrationspauschale (§ 14c TIntG)", null),
                tuple(2021, new BigDecimal("102900.00"), "Integrationspauschale (§ 14c TIntG)", null));
        Finanzstand stand = uebersicht.stand(admin, DURCHSTARTEN);
        assertThat(stand.eigenanteil()).isEqualTo("116400.00");
        assertThat(stand.warnungen()).isEmpty();
    }

    @Test
    void steinfurt() {
        Nutzer admin = Programmumgebung.kreisMit(ctx, "demo-st", List.of("Rheine", "Steinfurt"), DURCHSTARTEN);
        demo.steinfurt(admin.kreisSlug());
        demo.steinfurt(admin.kreisSlug());
        List<Baustein> fb = ctx.getBean(Bausteine.class).liste(admin, DURCHSTARTEN);
        assertThat(fb).extracting(Baustein::nummer).containsExactly(1, 2, 3, 4);
        assertThat(fb).allSatisfy(b -> assertThat(b.ende()).isEqualTo(LocalDate.of(2022, 6, 30)));
        assertThat(bescheide.liste(admin, DURCHSTARTEN)).singleElement().satisfies(b -> {
            assertThat(b.stamm().art()).isEqualTo(Finanzierungsart.MITTELRAHMEN);
            assertThat(b.stamm().betrag()).isEqualTo("1170000.00");
            assertThat(b.bausteine()).containsExactlyElementsOf(fb.stream().map(Baustein::id).toList());
        });
        Finanzstand stand = uebersicht.stand(admin, DURCHSTARTEN);
        assertThat(stand.zugesagt()).isEqualTo("1170000.00");
        assertThat(stand.nichtAufgeteilt()).isEqualTo("1170000.00");
    }

    @Test
    void ohneAktivesProgrammUndFuerAndereKreiseNichts() {
        Nutzer admin = Programmumgebung.kreisMit(ctx, "demo-leer", List.of("Rheine"));
        demo.steinfurt(admin.kreisSlug());
        demo.anlegen(admin.kreisSlug());
        assertThat(ctx.getBean(Bausteine.class).liste(admin)).isEmpty();
    }
}
