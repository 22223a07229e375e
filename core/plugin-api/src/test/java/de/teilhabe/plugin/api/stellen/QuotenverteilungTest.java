package de.teilhabe.plugin.api.stellen;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QuotenverteilungTest {

    private static Map<String, BigDecimal> gewichte(Object... paare) {
        Map<String, BigDecimal> m = new LinkedHashMap<>();
        for (int i = 0; i < paare.length; i += 2) {
            m.put((String) paare[i], new BigDecimal(paare[i + 1].toString()));
        }
        return m;
    }

    private static BigDecimal summe(Map<String, BigDecimal> teile) {
        return teile.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @Test
    void dreiGleicheTeileSummierenGenauAufEins() {
        Map<String, BigDecimal> teile = Quotenverteilung.verteile(BigDecimal.ONE, gewichte("A", 1, "B", 1, "C", 1), 2);

        // 0.333… each: floors 0.33 ×3 = 0.99, the missing 0.01 goes to the first in input order (tie)
        assertThat(teile).containsExactly(Map.entry("A", new BigDecimal("0.34")), Map.entry("B", new BigDecimal("0.33")),
                Map.entry("C", new BigDecimal("0.33")));
        assertThat(summe(teile)).isEqualByComparingTo("1.00");
    }

    @Test
    void groessterRestBekommtDieFehlendeEinheit() {
        // quotas: 7 × 2/7 = 2.0, 7 × 3/7 = 3.0, 7 × 2/7 = 2.0 → exact
        assertThat(Quotenverteilung.verteile(new BigDecimal("7"), gewichte("A", 2, "B", 3, "C", 2), 2).values())
                .containsExactly(new BigDecimal("2.00"), new BigDecimal("3.00"), new BigDecimal("2.00"));
        // quotas 1 × 0.555/1.0 … : A 0.555 → 0.55 rest .005; B 0.445 → 0.44 rest .005 → tie → larger weight A
        Map<String, BigDecimal> teile = Quotenverteilung.verteile(BigDecimal.ONE, gewichte("B", 445, "A", 555), 2);
        assertThat(teile).containsEntry("A", new BigDecimal("0.56")).containsEntry("B", new BigDecimal("0.44"));
    }

    @Test
    void nullGewichteBekommenNichts() {
        Map<String, BigDecimal> teile = Quotenverteilung.verteile(new BigDecimal("2.5"), gewichte("A", 0, "B", 5), 2);
        assertThat(teile).containsEntry("A", new BigDecimal("0.00")).containsEntry("B", new BigDecimal("2.50"));
    }

    @Test
    void unzulaessigeEingabenWerdenAbgelehnt() {
        assertThatThrownBy(() -> Quotenverteilung.verteile(BigDecimal.ONE, gewichte("A", 0), 2))
                .hasMessageContaining("Summe der Gewichte ist 0");
        assertThatThrownBy(() -> Quotenverteilung.verteile(new BigDecimal("1.005"), gewichte("A", 1), 2))
                .hasMessageContaining("mehr als 2 Nachkommastellen");
        assertThatThrownBy(() -> Quotenverteilung.verteile(BigDecimal.ONE, gewichte("A", -1, "B", 2), 2))
                .hasMessageContaining("negativ");
    }
}
