package de.teilhabe.plugin.api.migration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MigrationsquelleTest {

    @Test
    void konventionLeitetOrtUndTabelleAusDerPluginIdAb() {
        Migrationsquelle q = Migrationsquelle.fuerPlugin("gemeinsam-klappts");

        assertThat(q.speicherort()).isEqualTo("classpath:db/plugins/gemeinsam-klappts");
        assertThat(q.klassenpfadOrdner()).isEqualTo("db/plugins/gemeinsam-klappts");
        assertThat(q.historientabelle()).isEqualTo("plugin_gemeinsam_klappts_schema_history");
    }

    @Test
    void kernTabelleUndUngueltigeAngabenWerdenAbgelehnt() {
        assertThatThrownBy(() -> new Migrationsquelle("classpath:db/x", "flyway_schema_history"))
                .hasMessageContaining("gehört dem Kern");
        assertThatThrownBy(() -> new Migrationsquelle("filesystem:/tmp/x", "plugin_x_history"))
                .hasMessageContaining("classpath:");
        assertThatThrownBy(() -> new Migrationsquelle("classpath:db/x", "Plugin-X"))
                .hasMessageContaining("Kleinbuchstaben");
    }
}
